using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Finds the running headers, footers and page numbers of a document: text of the page, not of the report.</summary>
/// <remarks>
/// A line near the top or bottom edge is furniture when the same text (digits aside) stands at the same height on at least half
/// the pages, or when it is a page number: <c>- 3 -</c>, <c>第3页 共10页</c>, <c>3/10</c>, or a lone number.
/// </remarks>
internal static partial class PdfPageFurniture
{
    // The outer band of the page where headers and footers stand, as a share of its height.
    private const double Margin = 0.12;

    /// <summary>Each page's lines without its furniture.</summary>
    public static List<List<PdfTextLine>> Remove(List<(double Height, List<PdfTextLine> Lines)> pages)
    {
        var keys = pages.Select(p => p.Lines.Where(l => IsInMargin(l, p.Height)).Select(Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var counts = keys.SelectMany(k => k).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var repeated = Math.Max(2, (pages.Count + 1) / 2);
        return [.. pages.Select(p =>
        {
            var edges = p.Lines.Count == 0 ? [] : new[] { p.Lines[0], p.Lines[^1] };
            return p.Lines.Where(l => !(IsInMargin(l, p.Height) && (counts.GetValueOrDefault(Key(l)) >= repeated || edges.Contains(l) && PageNumber().IsMatch(l.Text)))).ToList();
        })];
    }

    private static bool IsInMargin(PdfTextLine line, double height) => line.Top > height * (1 - Margin) || line.Baseline < height * Margin;

    private static string Key(PdfTextLine line) =>
        Digits().Replace(line.Text, "#") + "@" + Math.Round(line.Baseline / 4).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页\s*[,，/]?\s*(?:共\s*\d+\s*页)?|\d+\s*/\s*\d+|(?:Page|页码)\s*\d+(?:\s*(?:of|/)\s*\d+)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
