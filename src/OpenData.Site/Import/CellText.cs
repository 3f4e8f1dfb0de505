using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Reads one printed cell into a value: blank, a number (full-width digits and thousands separators allowed), or a number with its unit inline.</summary>
/// <remarks>A blank cell is <see cref="ReportValue.Blank"/>, never 0. A negative number is kept as published; validation judges it.</remarks>
internal static partial class CellText
{
    /// <summary>The value, or <see langword="null"/> with the reason when the text is not a number.</summary>
    public static (ReportValue? Value, string? Problem) Parse(string text)
    {
        // A footnote mark (3①, 5²) is a digit only to compatibility normalisation, which would read 3① as 31.
        if (text.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber))
        {
            return (null, $"“{text}”带有圈码或上下标等记号，不是数值");
        }

        var cell = Labels.CompatibilityForm(text).Trim().Trim('\u00A0').Trim();
        if (cell.Length == 0 || cell is "-" or "—" or "——" or "－" or "/")
        {
            return (ReportValue.Blank, null);
        }

        var match = Number().Match(cell);
        if (!match.Success)
        {
            return (null, $"“{text}”不是数值");
        }

        var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return (null, $"“{text}”不是数值");
        }

        var unit = match.Groups["unit"].Value;
        return unit.Length == 0 ? (ReportValue.Of(number), null) : (new ReportValue(number, unit, text.Trim()), null);
    }

    [GeneratedRegex(@"^(?<number>[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?<unit>万元|元|件|条|个|项|人次|次|人|篇|起|笔|份|宗|批次|户|家)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
