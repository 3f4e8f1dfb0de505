namespace OpenData.Site.Import;

/// <summary>A piece of a PDF page in reading order: a line of text (a paragraph once joined), or a table row.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="Top">The top of the line or row, in points from the page's bottom.</param>
/// <param name="Text">The text; for a row, its label and cells joined by " | ".</param>
/// <param name="Line">The (first) printed line of a text item, or <see langword="null"/> for a table row.</param>
/// <param name="Label">The row's label path, for a table row.</param>
/// <param name="Cells">The row's value cells left to right, or <see langword="null"/> for text.</param>
internal sealed record PdfItem(int Page, double Top, string Text, PdfTextLine? Line, string Label, IReadOnlyList<string>? Cells)
{
    public static PdfItem Of(int page, PdfTextLine line) => new(page, line.Top, line.Text, line, "", null);

    public static PdfItem Row(int page, double top, string label, IReadOnlyList<string> cells) =>
        new(page, top, string.Join(" | ", [label, .. cells]), null, label, cells);
}
