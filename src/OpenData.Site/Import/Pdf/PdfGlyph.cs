using UglyToad.PdfPig.Content;

namespace OpenData.Site.Import;

/// <summary>One printed character of a PDF page with its advance box: where it starts and ends on its baseline, in points (y up).</summary>
/// <param name="Text">The character as the font's Unicode map gives it; a space glyph is kept, as it tells words apart.</param>
/// <param name="Left">Where the glyph's advance starts.</param>
/// <param name="Right">Where the glyph's advance ends.</param>
/// <param name="Baseline">The baseline's height on the page.</param>
/// <param name="Size">The font size in points.</param>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    public double Center => (Left + Right) / 2;

    /// <summary>The height of the glyph's visual middle, which decides the table cell it is printed in.</summary>
    public double Middle => Baseline + Size * 0.35;

    // The advance box, not the ink box, measures gaps: the ink of "：" is a dot, its advance a full em. Read in the page's
    // upright frame (a sideways page's text runs left to right there).
    public static PdfGlyph From(Letter letter, PdfPageFrame frame)
    {
        var start = frame.Upright(letter.StartBaseLine);
        var end = frame.Upright(letter.EndBaseLine);
        var left = Math.Min(start.X, end.X);
        var right = Math.Max(start.X, end.X);
        var box = frame.Upright(letter.BoundingBox);
        if (right - left < 0.01)
        {
            left = box.Left;
            right = box.Right;
        }

        var size = letter.PointSize >= 2 ? letter.PointSize : Math.Max(box.Height, right - left);
        return new PdfGlyph(UnicodeText.WellFormed(letter.Value ?? ""), left, right, start.Y, size < 1 ? 10 : size);
    }
}
