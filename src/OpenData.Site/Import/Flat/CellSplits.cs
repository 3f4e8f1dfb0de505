using System.Buffers;
using System.Globalization;

namespace OpenData.Site.Import;

/// <summary>Every way a run of digits printed without cell separators can be cut into a row's cells.</summary>
/// <remarks>
/// A cell is <c>0</c> or a number without a leading zero; only an amount may hold a decimal point, and only a signed change
/// a leading minus. A space, and a minus before a signed change, are certain boundaries. The enumeration stops at
/// <see cref="MostSplits"/>: a row with more readings than that is not read.
/// </remarks>
internal static class CellSplits
{
    public const int MostSplits = 20_000;

    // No count in a report reaches ten digits (the validator says the same of a billion), so longer cells are not tried.
    private const int MostDigits = 9;

    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.");

    /// <summary>The readings of <paramref name="run"/> as one value for each kind, in order, or <see langword="null"/> when there are more than <see cref="MostSplits"/>.</summary>
    public static List<decimal[]>? Of(string run, IReadOnlyList<ValueKind> kinds)
    {
        var chunks = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var results = new List<decimal[]>();
        var cells = new decimal[kinds.Count];
        return Split(chunks, 0, 0, 0, kinds, cells, results) ? results : null;
    }

    // Fills cells[cell..] from chunks[chunk][at..] and the chunks after it; false when the cap was reached.
    private static bool Split(string[] chunks, int chunk, int at, int cell, IReadOnlyList<ValueKind> kinds, decimal[] cells, List<decimal[]> results)
    {
        if (chunk == chunks.Length)
        {
            if (cell == kinds.Count)
            {
                results.Add((decimal[])cells.Clone());
            }

            return results.Count < MostSplits;
        }

        if (cell == kinds.Count)
        {
            return true;
        }

        var text = chunks[chunk];
        for (var end = at + 1; end <= text.Length; end++)
        {
            if (Parse(text.AsSpan(at, end - at), kinds[cell]) is not { } value)
            {
                if (end - at > MostDigits + 2)
                {
                    break;
                }

                continue;
            }

            // The cell ends where its chunk ends, or inside it where the next cell can start (not before a decimal point).
            if (end < text.Length && (text[end] == '.' || text[end] == '-' && kinds.Count > cell + 1 && kinds[cell + 1] != ValueKind.SignedChange))
            {
                continue;
            }

            cells[cell] = value;
            var next = end == text.Length ? Split(chunks, chunk + 1, 0, cell + 1, kinds, cells, results) : Split(chunks, chunk, end, cell + 1, kinds, cells, results);
            if (!next)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal? Parse(ReadOnlySpan<char> text, ValueKind kind)
    {
        var digits = text;
        if (kind == ValueKind.SignedChange && digits.Length > 1 && digits[0] == '-')
        {
            digits = digits[1..];
        }

        var point = digits.IndexOf('.');
        if (point >= 0 && (kind != ValueKind.Amount || point == 0 || point == digits.Length - 1 || digits[(point + 1)..].Contains('.')))
        {
            return null;
        }

        var whole = point >= 0 ? digits[..point] : digits;
        if (whole.Length == 0 || whole.Length > MostDigits || whole.Length > 1 && whole[0] == '0' || digits.ContainsAnyExcept(NumberChars))
        {
            return null;
        }

        return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
