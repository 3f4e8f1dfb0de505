namespace OpenData.Site.Import;

/// <summary>A cell of a table row read from a PDF: where it is printed across the page and its text.</summary>
/// <param name="Left">The cell's left edge.</param>
/// <param name="Right">The cell's right edge.</param>
/// <param name="Text">The cell's lines joined.</param>
/// <param name="IsContinuation">Whether the cell spans down from the row above (a merged cell): its text belongs to that row.</param>
internal sealed record PdfCell(double Left, double Right, string Text, bool IsContinuation = false)
{
    public double Center => (Left + Right) / 2;
}
