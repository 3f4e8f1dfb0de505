namespace OpenData.Site.Import;

/// <summary>A table drawn with ruling lines: its rows (bands between horizontal rules) and cells (merged where a rule is missing).</summary>
/// <remarks>
/// Each row finds its own column boundaries from the vertical rules crossing it, so rows of one table may be cut differently
/// (as Word tables often are). A cell with no rule below it continues into the row beneath (a vertically merged cell).
/// </remarks>
internal sealed class PdfTableGrid
{
    private readonly List<double> _ys;
    private readonly List<List<Cell>> _bands;

    private PdfTableGrid(List<double> ys, List<List<Cell>> bands, double left, double right)
    {
        _ys = ys;
        _bands = bands;
        Left = left;
        Right = right;
    }

    public double Left { get; }

    public double Right { get; }

    public double Top => _ys[0];

    public double Bottom => _ys[^1];

    public bool Contains(PdfGlyph glyph) =>
        glyph.Center >= Left - 1 && glyph.Center <= Right + 1 && glyph.Middle <= Top + 1 && glyph.Middle >= Bottom - 1;

    /// <summary>The grid of connected rules, or <see langword="null"/> when they do not enclose any cell (an underline, a lone frame).</summary>
    public static PdfTableGrid? From(List<PdfRule> rules)
    {
        var ys = Cluster(rules.Where(r => r.IsHorizontal).Select(r => r.At)).OrderByDescending(y => y).ToList();
        var xs = Cluster(rules.Where(r => !r.IsHorizontal).Select(r => r.At)).OrderBy(x => x).ToList();
        if (ys.Count < 2 || xs.Count < 2)
        {
            return null;
        }

        var bands = new List<List<Cell>>();
        for (var r = 0; r + 1 < ys.Count; r++)
        {
            var middle = (ys[r] + ys[r + 1]) / 2;
            var edges = xs.Where(x => rules.Any(v => !v.IsHorizontal && Math.Abs(v.At - x) <= PdfRule.Tolerance && v.Covers(middle))).ToList();
            var band = new List<Cell>();
            for (var i = 0; i + 1 < edges.Count; i++)
            {
                var (left, right) = (edges[i], edges[i + 1]);
                var above = r > 0 ? bands[r - 1].FirstOrDefault(c => Math.Abs(c.Left - left) < 0.5 && Math.Abs(c.Right - right) < 0.5) : null;
                var ruled = rules.Any(h => h.IsHorizontal && Math.Abs(h.At - ys[r]) <= PdfRule.Tolerance && h.Covers((left + right) / 2));
                band.Add(above is not null && !ruled ? above with { IsContinuation = true } : new Cell(left, right, []));
            }

            bands.Add(band);
        }

        return bands.Any(b => b.Count > 0) ? new PdfTableGrid(ys, bands, xs[0], xs[^1]) : null;
    }

    /// <summary>The table's rows top to bottom, each with its cells left to right; a row made only of merged cells from above is no row.</summary>
    public List<(double Top, List<PdfCell> Cells)> Rows(IEnumerable<PdfGlyph> glyphs)
    {
        // A merged cell's continuations share its glyph list (records copied with `with`), so a glyph is added once.
        foreach (var glyph in glyphs)
        {
            for (var r = 0; r < _bands.Count; r++)
            {
                if (glyph.Middle > _ys[r] + 1 || glyph.Middle < _ys[r + 1] - 1)
                {
                    continue;
                }

                if (_bands[r].FirstOrDefault(c => glyph.Center >= c.Left && glyph.Center <= c.Right) is { } cell)
                {
                    cell.Glyphs.Add(glyph);
                    break;
                }
            }
        }

        var rows = new List<(double Top, List<PdfCell> Cells)>();
        for (var r = 0; r < _bands.Count; r++)
        {
            if (_bands[r].Count == 0 || _bands[r].All(c => c.IsContinuation))
            {
                continue;
            }

            rows.Add((_ys[r], [.. _bands[r].Select(c => new PdfCell(c.Left, c.Right, TextOf(c.Glyphs), c.IsContinuation))]));
        }

        return rows;
    }

    private static string TextOf(List<PdfGlyph> glyphs) => PdfText.JoinLines(PdfText.Lines(glyphs).Select(l => l.Text));

    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var clusters = new List<List<double>>();
        foreach (var position in positions.OrderBy(p => p))
        {
            if (clusters.Count > 0 && position - clusters[^1][^1] <= PdfRule.Tolerance)
            {
                clusters[^1].Add(position);
            }
            else
            {
                clusters.Add([position]);
            }
        }

        return [.. clusters.Select(c => c.Average())];
    }

    private sealed record Cell(double Left, double Right, List<PdfGlyph> Glyphs, bool IsContinuation = false);
}
