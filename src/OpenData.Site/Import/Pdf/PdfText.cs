using System.Text;

namespace OpenData.Site.Import;

/// <summary>Turns positioned glyphs back into text: which glyphs share a line, and where a space belongs.</summary>
/// <remarks>
/// Chinese is written without spaces, so a space is kept only where the page prints a space glyph, or between two Latin letters
/// or digits set apart by a gap (a PDF may position words instead of printing spaces). The small gap a word processor leaves
/// between 2019 and 年 is not a space.
/// </remarks>
internal static class PdfText
{
    /// <summary>Groups glyphs into lines, top to bottom, each line's glyphs left to right.</summary>
    public static List<PdfTextLine> Lines(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<List<PdfGlyph>>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is null || Math.Abs(current[0].Baseline - glyph.Baseline) > Math.Max(1.5, 0.3 * Math.Min(current[0].Size, glyph.Size)))
            {
                lines.Add([glyph]);
            }
            else
            {
                current.Add(glyph);
            }
        }

        return [.. lines.Select(l => new PdfTextLine([.. l.OrderBy(g => g.Left)])).Where(l => l.Text.Length > 0)];
    }

    /// <summary>The text of glyphs on one line, in order, with spaces where the page shows them.</summary>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        var sawSpace = false;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                sawSpace = previous is not null;
                continue;
            }

            if (previous is { } p && (sawSpace || IsWordChar(p.Text) && IsWordChar(glyph.Text) && glyph.Left - p.Right > 0.2 * Math.Max(p.Size, glyph.Size)))
            {
                text.Append(' ');
            }

            text.Append(glyph.Text);
            previous = glyph;
            sawSpace = false;
        }

        return text.ToString().Trim();
    }

    /// <summary>Joins the lines of one cell or paragraph: directly, except for a space after a Latin word.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            // A number is never broken at a space, so digits run on; Latin words are.
            if (text.Length > 0 && char.IsAsciiLetter(text[^1]) && char.IsAsciiLetterOrDigit(line[0]))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    /// <summary>Joins the lines of a wrapped label path (<c>其他处 / 2.申请人逾期未按收费通知要求</c> over
    /// <c>理 / 缴纳费用…</c>): each label cell's pieces top to bottom. A line with fewer cells prints the last ones (the
    /// row's own label is the rightmost cell; the headings beside it stop wrapping first or are left out).</summary>
    public static string JoinPaths(IEnumerable<string> lines)
    {
        var paths = lines.Select(l => l.Split(" / ")).Where(p => p.Any(s => s.Trim().Length > 0)).ToList();
        var width = paths.Count == 0 ? 0 : paths.Max(p => p.Length);
        if (width <= 1)
        {
            return JoinLines(paths.Select(p => p[0]));
        }

        return string.Join(" / ", Enumerable.Range(0, width)
            .Select(cell => JoinLines(paths.Select(p => cell - (width - p.Length) is var at && at >= 0 ? p[at] : "")))
            .Where(t => t.Length > 0));
    }

    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F';

    private static bool IsWordChar(string text) => text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]);
}
