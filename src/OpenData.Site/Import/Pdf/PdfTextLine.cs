namespace OpenData.Site.Import;

/// <summary>Glyphs printed on one baseline, left to right, with the text they spell and the runs set apart by wide gaps.</summary>
internal sealed class PdfTextLine
{
    // A gap this many ems wide separates table cells; words of a sentence sit much closer.
    private const double ChunkGap = 0.8;

    // Chinese is set solid: an unspaced gap this wide next to a Chinese character is a cell's padding (a word processor leaves
    // about 0.2 em between 2019 and 年).
    private const double CjkChunkGap = 0.3;

    private IReadOnlyList<PdfTextLine>? _chunks;

    public PdfTextLine(IReadOnlyList<PdfGlyph> glyphs)
    {
        Glyphs = glyphs;
        Ink = [.. glyphs.Where(g => !g.IsSpace)];
        Text = PdfText.Join(glyphs);
        if (Ink.Count > 0)
        {
            Left = Ink[0].Left;
            Right = Ink.Max(g => g.Right);
            Baseline = Ink.Average(g => g.Baseline);
            Size = Ink.Select(g => g.Size).OrderBy(s => s).ElementAt(Ink.Count / 2);
        }
    }

    public IReadOnlyList<PdfGlyph> Glyphs { get; }

    /// <summary>The glyphs that print something (no spaces).</summary>
    public IReadOnlyList<PdfGlyph> Ink { get; }

    public string Text { get; }

    public double Left { get; }

    public double Right { get; }

    public double Baseline { get; }

    public double Size { get; }

    public double Top => Baseline + Size;

    /// <summary>Runs of glyphs separated by wide gaps: the cells of a table printed without rules.</summary>
    public IReadOnlyList<PdfTextLine> Chunks => _chunks ??= Split();

    private List<PdfTextLine> Split()
    {
        var chunks = new List<PdfTextLine>();
        var current = new List<PdfGlyph>();
        PdfGlyph? previous = null;
        var spaced = false;
        foreach (var glyph in Glyphs)
        {
            if (glyph.IsSpace)
            {
                current.Add(glyph);
                spaced = true;
                continue;
            }

            var gap = previous is { } p ? (glyph.Left - p.Right) / Math.Max(p.Size, glyph.Size) : 0;
            var isCjk = previous is { } q && (PdfText.IsCjk(q.Text[^1]) || PdfText.IsCjk(glyph.Text[0]));
            var split = gap > ChunkGap || gap > CjkChunkGap && isCjk && !spaced;
            spaced = false;
            if (split)
            {
                chunks.Add(new PdfTextLine(current));
                current = [];
            }

            current.Add(glyph);
            previous = glyph;
        }

        if (current.Any(g => !g.IsSpace))
        {
            chunks.Add(new PdfTextLine(current));
        }

        return chunks;
    }
}
