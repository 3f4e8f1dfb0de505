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

        return Distributed(chunks);
    }

    // A label set in distributed alignment (分散对齐: its characters spread evenly across the cell, 行   政   处   罚) comes apart
    // into a chunk a character: three or more one-glyph chunks at equal gaps that spell (a part of) a label of the forms are one
    // label, and two that spell a whole one (总   计, 规   章). A row of one-digit values is not, nor is a header's first
    // character in each of its columns (结 结 其 尚 总), nor the pieces of two merged headings beside a row's label (办 不).
    private static List<PdfTextLine> Distributed(List<PdfTextLine> chunks)
    {
        if (chunks.Count(c => c.Ink.Count == 1) < 2)
        {
            return chunks;
        }

        var merged = new List<PdfTextLine>();
        var run = new List<PdfTextLine>();
        void Close(int keep)
        {
            var closed = run.Take(run.Count - keep).ToList();
            var glyphs = closed.SelectMany(c => c.Glyphs).ToList();
            var text = PdfText.Join(glyphs);
            if (closed.Count >= 3 && ImportLayout.IsPartOfLabel(text) || closed.Count == 2 && (ImportLayout.IsKnownColumnLabel(text) || ImportLayout.IsKnownDataRowLabel(text)))
            {
                merged.Add(new PdfTextLine(glyphs));
            }
            else
            {
                merged.AddRange(closed);
            }

            run = [.. run.Skip(run.Count - keep)];
        }

        foreach (var chunk in chunks)
        {
            if (chunk.Ink.Count != 1)
            {
                Close(0);
                merged.Add(chunk);
                continue;
            }

            if (run.Count >= 2 && !EvenlySpaced(run[^2], run[^1], chunk))
            {
                // Two glyphs alone do not make a run: the second may start one with this glyph.
                Close(run.Count == 2 ? 1 : 0);
            }

            run.Add(chunk);
        }

        Close(0);
        return merged;
    }

    // The gap before c equals the gap before b, within a tenth of an em or a fifth.
    private static bool EvenlySpaced(PdfTextLine a, PdfTextLine b, PdfTextLine c)
    {
        var (first, second) = (b.Left - a.Right, c.Left - b.Right);
        return Math.Abs(first - second) <= Math.Max(0.1 * b.Size, 0.2 * Math.Max(first, second));
    }
}
