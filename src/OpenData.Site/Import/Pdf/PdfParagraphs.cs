using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Joins the lines of a paragraph wrapped by the page (and carried over a page break) back into one line of text.</summary>
/// <remarks>
/// A line runs on into the next when it is full (reaches the right margin), the next line starts at the left margin (not
/// indented, as a new paragraph's first line is), has the same font size, follows closely, and does not open a heading.
/// </remarks>
internal static partial class PdfParagraphs
{
    public static List<PdfItem> Join(List<PdfItem> items)
    {
        var lines = items.Where(i => i.Line is not null).Select(i => i.Line!).ToList();
        if (lines.Count == 0)
        {
            return items;
        }

        var left = lines.GroupBy(l => Math.Round(l.Left / 3)).OrderByDescending(g => g.Count()).First().Min(l => l.Left);
        var rights = lines.Select(l => l.Right).OrderBy(r => r).ToList();
        var right = rights[(int)(rights.Count * 0.9)];
        var result = new List<PdfItem>();
        var parts = new List<PdfItem>();
        foreach (var item in items)
        {
            if (item.Line is { } line && parts.Count > 0 && RunsOn(parts[^1].Line!, line, parts[^1].Page == item.Page, left, right))
            {
                parts.Add(item);
                continue;
            }

            Flush();
            if (item.Line is not null)
            {
                parts.Add(item);
            }
            else
            {
                result.Add(item);
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (parts.Count > 0)
            {
                result.Add(parts[0] with { Text = PdfText.JoinLines(parts.Select(p => p.Text)) });
            }

            parts.Clear();
        }
    }

    private static bool RunsOn(PdfTextLine above, PdfTextLine below, bool samePage, double left, double right) =>
        above.Right >= right - 1.5 * above.Size
        && Math.Abs(below.Left - left) <= 0.5 * below.Size
        && Math.Abs(above.Size - below.Size) <= 0.5
        && (!samePage || above.Baseline - below.Baseline > 0 && above.Baseline - below.Baseline <= 2.2 * above.Size)
        && !Heading().IsMatch(below.Text);

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
