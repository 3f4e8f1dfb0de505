using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Import;

/// <summary>Reads an HTML page of a report with AngleSharp: headings and paragraphs as text, each <c>&lt;table&gt;</c> as rows.</summary>
/// <remarks>
/// <c>rowspan</c>/<c>colspan</c> are expanded into a grid (<see cref="TableGrid"/>), so a spanning header or label repeats in every cell it covers; the
/// label columns (as wide as the top-left header cell) become a label path. <c>&amp;nbsp;</c> cells are blanks.
/// </remarks>
internal static class HtmlSourceReader
{
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<table", StringComparison.OrdinalIgnoreCase) && text.Contains("</td>", StringComparison.OrdinalIgnoreCase);
    }

    public static ImportSource Read(string file, string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var lines = new List<SourceLine>();
        var headings = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6");
        if (headings.Length == 0 && Clean(document.Title) is { Length: > 0 } title)
        {
            lines.Add(new SourceLine(LineOf(document.Head), title));
        }

        foreach (var element in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, table"))
        {
            if (element is IHtmlTableElement table)
            {
                if (table.ParentElement?.Closest("table") is null)
                {
                    ReadTable(table, lines);
                }
            }
            else if (element.Closest("table") is null && Clean(element.TextContent) is { Length: > 0 } text)
            {
                lines.Add(new SourceLine(LineOf(element), text));
            }
        }

        return new ImportSource(file, ProvenanceMethod.ImportedHtml, [], lines, []);
    }

    private static void ReadTable(IHtmlTableElement table, List<SourceLine> lines)
    {
        var rows = table.Rows
            .Select(row => new GridRow(LineOf(row), [.. row.Cells.Select(cell => new GridCell(Clean(cell.TextContent), Span(cell, "rowspan"), Span(cell, "colspan")))]))
            .ToList();
        lines.AddRange(TableGrid.ToLines(rows));
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) ? span : 1;

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;

    private static string Clean(string? text) => WrappedText.Clean(text);
}
