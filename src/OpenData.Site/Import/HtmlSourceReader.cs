using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Reads an HTML page of a report with AngleSharp: headings and paragraphs as text, each data table (one holding no other table) as rows; a table that lays out the page is read as text.</summary>
/// <remarks>
/// <c>rowspan</c>/<c>colspan</c> are expanded into a grid (<see cref="TableGrid"/>), so a spanning header or label repeats in every cell it covers; the
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
        var (hidden, hiddenLine) = HiddenText.Remove(document);
        var lines = new List<SourceLine>();
        var headings = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6");
        if (headings.Length == 0 && Clean(document.Title) is { Length: > 0 } title)
        {
            lines.Add(new SourceLine(LineOf(document.Head), title));
        }

        // Many sites lay out the whole page in a table: a table holding other tables is layout, and its text is text. Each
        // table is looked into once (a cell asks of its table, and a long table has tens of thousands of cells).
        var isDataTable = new Dictionary<IElement, bool>();
        bool IsData(IElement table) => isDataTable.TryGetValue(table, out var known) ? known : isDataTable[table] = IsDataTable(table);
        foreach (var element in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, td, th, table"))
        {
            var dataTable = element is IHtmlTableElement ? null : element.Closest("table") is { } around && IsData(around) ? around : null;
            if (element is IHtmlTableElement table)
            {
                if (IsData(table))
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

        return new ImportSource(file, ProvenanceMethod.ImportedHtml, [], lines, [])
        {
            Pictures = [.. document.Body?.QuerySelectorAll("img").Where(MayBeTable).Select(i => new PicturePlace(LineOf(i))) ?? []],
            Attachments = [.. document.Body?.QuerySelectorAll("a[href], iframe[src], embed[src], object[data]").Select(AttachmentOf).OfType<Attachment>() ?? []],
            Remarks = hidden == 0 ? [] :
            [
                new Finding("D-HIDDEN", Severity.Info,
                    $"页面中有 {hidden} 处隐藏的文字（display:none、visibility:hidden 等，浏览器不显示），未读取",
                    $"the page holds {hidden} piece(s) of hidden text (display:none, visibility:hidden …, not shown by a browser); not read")
                { File = file, Line = hiddenLine },
            ],
        };
    }

    // A link to a document or workbook (附件：2023年度报告.pdf), or a document shown in the page (an iframe, embed or object,
    // or a PDF viewer's ?file=…pdf), not in the page's header, navigation or footer.
    private static Attachment? AttachmentOf(IElement link)
    {
        if (link.Closest("header, nav, footer") is not null)
        {
            return null;
        }

        var url = link.GetAttribute(link.LocalName switch { "a" => "href", "object" => "data", _ => "src" }) ?? "";
        var path = url.Split('?', '#')[0];
        if (!IsAttachment(path))
        {
            path = ViewedFile().Match(url) is { Success: true } viewed ? Uri.UnescapeDataString(viewed.Groups["file"].Value).Split('?', '#')[0] : "";
            if (!IsAttachment(path))
            {
                return null;
            }
        }

        var name = link.LocalName == "a" && Clean(link.TextContent) is { Length: > 0 } text ? text : Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        return new Attachment(name, LineOf(link));
    }

    private static bool IsAttachment(string path) => AttachmentTypes.Any(t => path.EndsWith(t, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[?&]file=(?<file>[^&#]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ViewedFile();

    private static readonly string[] AttachmentTypes = [".pdf", ".doc", ".docx", ".wps", ".rtf", ".xls", ".xlsx", ".et"];

    // A picture a table could be printed as: not one of the page's header, navigation or footer, nor an icon or a logo (its
    // declared size under 200 × 60 pixels).
    private static bool MayBeTable(IElement image) =>
        image.Closest("header, nav, footer") is null && !(Pixels(image, "width") < 200 || Pixels(image, "height") < 60);

    // The size an attribute (width="640") or the inline style (width: 640px) declares, or null.
    private static double? Pixels(IElement image, string dimension)
    {
        var declared = image.GetAttribute(dimension)
            ?? PixelStyle().Matches(image.GetAttribute("style") ?? "").FirstOrDefault(m => m.Groups["name"].Value.Equals(dimension, StringComparison.OrdinalIgnoreCase))?.Groups["size"].Value;
        return double.TryParse(declared?.Trim().TrimEnd('x', 'p', 'X', 'P'), NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) ? pixels : null;
    }

    [GeneratedRegex(@"(?<![-\w])(?<name>width|height)\s*:\s*(?<size>[\d.]+)\s*px", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PixelStyle();

    // A data table holds no other table; the one it sits in, if any, is layout.
    private static bool IsDataTable(IElement table) => table.QuerySelector("table") is null;

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
