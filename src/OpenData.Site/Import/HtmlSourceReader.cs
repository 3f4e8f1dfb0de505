using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Import;

/// <summary>Reads an HTML page of a report with AngleSharp: headings and paragraphs as text, each data table (one holding no other table) as rows; a table that lays out the page is read as text.</summary>
/// <remarks>
/// <c>rowspan</c>/<c>colspan</c> are expanded into a grid, so a spanning header or label repeats in every cell it covers; the
/// label columns (as wide as the top-left header cell) become a label path. <c>&amp;nbsp;</c> cells are blanks.
/// </remarks>
internal static partial class HtmlSourceReader
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

        // Many sites lay out the whole page in a table: a table holding other tables is layout, and its text is text.
        foreach (var element in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, td, th, table"))
        {
            var dataTable = element is IHtmlTableElement ? null : DataTableOf(element);
            if (element is IHtmlTableElement table)
            {
                if (IsDataTable(table))
                {
                    ReadTable(table, lines);
                }
            }
            else if (element.LocalName is "td" or "th")
            {
                // A layout cell's own text (a heading or paragraph written without <p>) is text; a data table's cells are read with it.
                if (dataTable is null && element.QuerySelector("h1, h2, h3, h4, h5, h6, p, li, table, div") is null && Clean(element.TextContent) is { Length: > 0 } cellText)
                {
                    lines.Add(new SourceLine(LineOf(element), cellText));
                }
            }
            else if (dataTable is null && element.ParentElement?.Closest("p, li") is null && Clean(element.TextContent) is { Length: > 0 } text)
            {
                lines.Add(new SourceLine(LineOf(element), text));
            }
        }

        return new ImportSource(file, ProvenanceMethod.ImportedHtml, [], lines, []);
    }

    // A data table holds no other table; the one it sits in, if any, is layout.
    private static bool IsDataTable(IElement table) => table.QuerySelector("table") is null;

    private static IElement? DataTableOf(IElement element) => element.Closest("table") is { } table && IsDataTable(table) ? table : null;

    private static void ReadTable(IHtmlTableElement table, List<SourceLine> lines)
    {
        var rows = table.Rows.ToList();
        var grid = new Dictionary<(int Row, int Column), string>();
        var width = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (grid.ContainsKey((r, column)))
                {
                    column++;
                }

                var text = Clean(cell.TextContent);
                var rowSpan = Math.Clamp(Span(cell, "rowspan"), 1, rows.Count - r);
                var columnSpan = Math.Clamp(Span(cell, "colspan"), 1, 100);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        grid[(r + dr, column + dc)] = text;
                    }
                }

                column += columnSpan;
                width = Math.Max(width, column);
            }
        }

        var gridRows = Enumerable.Range(0, rows.Count).Select(r => Enumerable.Range(0, width).Select(c => grid.GetValueOrDefault((r, c), "")).ToList()).ToList();

        // The label columns are as wide as the top-left header cell (a caption spanning the whole table does not count);
        // a table whose numbers start in the first column (平潭's section 四) has no label column at all.
        var hasLabels = gridRows.Any(cells => cells.Skip(1).Any(IsNumber) && cells[0].Length > 0 && !IsNumber(cells[0]));
        var first = rows.FirstOrDefault(r => r.Cells.Length > 1)?.Cells[0];
        var labelWidth = hasLabels && first is not null ? Math.Clamp(Span(first, "colspan"), 1, width) : 1;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = gridRows[r];
            var line = LineOf(rows[r]);
            var filled = cells.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            // A caption spanning the whole table (第二十条第（一）项) is one cell, not a row of repeated values; a row of
            // cells that only happen to be equal (section 四 all 0) is data.
            if (filled.Count == 1 && rows[r].Cells.Length == 1 && cells.Count(c => c.Length > 0) > 1)
            {
                lines.Add(new SourceLine(line, filled[0], new SourceRow(line, filled[0], [])));
                continue;
            }

            var labelParts = new List<string>();
            foreach (var part in cells.Take(labelWidth).Where(c => c.Length > 0))
            {
                if (labelParts.Count == 0 || labelParts[^1] != part)
                {
                    labelParts.Add(part);
                }
            }

            var label = string.Join(" / ", labelParts);
            var values = cells.Skip(labelWidth).ToList();
            lines.Add(new SourceLine(line, string.Join(" | ", [label, .. values]), new SourceRow(line, label, values)));
        }
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) ? span : 1;

    private static bool IsNumber(string text) => CellText.Parse(text).Value is { IsBlank: false };

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;

    private static string Clean(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
