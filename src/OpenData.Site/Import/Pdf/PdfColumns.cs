namespace OpenData.Site.Import;

/// <summary>The columns of a table printed without rules: where the label column ends and where each value column begins.</summary>
/// <remarks>
/// Value columns are where the data rows' numbers (and units, and printed blanks) stand, widened to cover each other; a header
/// piece standing clear of all of them is a column no row filled. Between two columns the boundary is the widest strip no glyph
/// of the table crosses, so a header wider than its numbers (未经复 over 0) still falls in its own column.
/// </remarks>
internal sealed class PdfColumns
{
    private readonly double _start;
    private readonly List<double> _bounds;

    private PdfColumns(double start, List<double> bounds, bool hasLabels)
    {
        _start = start;
        _bounds = bounds;
        HasLabels = hasLabels;
    }

    public int Count => _bounds.Count;

    /// <summary>Whether the table has a label column (平潭's section 四 is a row of numbers only).</summary>
    public bool HasLabels { get; }

    public static PdfColumns Find(List<PdfTextLine> lines, List<bool> isData)
    {
        // A unit at the table's left edge is the end of a wrapped label (服务事 / 项), not the unit column.
        var left = lines.Min(l => l.Left);
        var values = lines.Where((_, i) => isData[i])
            .SelectMany(l => l.Chunks)
            .Where(c => PdfCellKinds.IsNumber(c.Text) || PdfCellKinds.IsValueColumnText(c.Text) && c.Left > left + 1)
            .ToList();
        var named = lines.Where((_, i) => !isData[i]).SelectMany(l => l.Chunks.Skip(1))
            .Where(c => !TableMapper.HeaderWords.Contains(Labels.Normalize(c.Text)) && ImportLayout.IsKnownColumnLabel(c.Text)).ToList();
        if (values.Count == 0)
        {
            // A table with no numbers at all (every cell blank): its header's pieces right of the label column are the columns.
            values = [.. lines.SelectMany(l => l.Chunks.Where(c => c.Left > left + 1))];
        }

        var start = values.Count > 0 ? values.Concat(named).Min(v => v.Left) - 0.5 : lines.Max(l => l.Right) + 1;
        if (values.Count > 0 && !lines.Where((_, i) => isData[i]).Any(l => l.Glyphs.Any(g => g.Center < start)))
        {
            // No row has a label (a row of numbers only): what the header prints left of the first number names columns that
            // every row left blank (行政复议 结果维持 and 结果纠正 over two blanks), not a label column.
            start = Math.Min(start, lines.Min(l => l.Left) - 0.5);
        }

        var spans = Merge(values.Select(v => (v.Left, v.Right)));
        var headers = lines.Where((_, i) => !isData[i]).SelectMany(l => l.Chunks.Where(c => c.Left >= start)).ToList();
        if (Merge(headers.Select(h => (h.Left, h.Right))).Count > spans.Count)
        {
            // The header, its wrapped pieces stacked, names more columns than hold numbers: the others are blank in every row.
            foreach (var piece in headers.Where(p => !spans.Any(s => p.Left <= s.Right && s.Left <= p.Right)))
            {
                spans = Merge([.. spans, (piece.Left, piece.Right)]);
            }
        }

        // Spaces count as covered: the space inside 起诉 结 is no gap between columns.
        var ink = lines.SelectMany(l => l.Glyphs).Where(g => g.Center >= start).Select(g => (g.Left, g.Right)).ToList();
        var bounds = new List<double> { start };
        for (var i = 1; i < spans.Count; i++)
        {
            bounds.Add(Boundary(spans[i - 1].Right, spans[i].Left, ink));
        }

        return new PdfColumns(start, spans.Count == 0 ? [] : bounds, start > left + 1);
    }

    /// <summary>The line's label (its glyphs left of the value columns) and its text in each column.</summary>
    public (string Label, List<string> Cells) Split(PdfTextLine line)
    {
        // Label cells side by side (a merged heading's piece beside the row's own label) are a label path.
        List<string> pieces = [.. line.Chunks.Where(c => c.Right < _start).Select(c => c.Text)
            .Append(PdfText.Join([.. line.Glyphs.Where(g => g.Center < _start && !line.Chunks.Any(c => c.Right < _start && c.Glyphs.Contains(g)))]))
            .Where(t => t.Length > 0)];
        // A short label spread across its cell (其   他, 规   章) or a closing quote set apart comes in pieces that are one
        // row's label only together.
        for (var k = 2; k <= pieces.Count && !ImportLayout.IsKnownRowLabel(pieces[^1]); k++)
        {
            if (ImportLayout.IsKnownRowLabel(string.Concat(pieces[^k..])))
            {
                pieces = [.. pieces[..^k], string.Concat(pieces[^k..])];
                break;
            }
        }

        var label = string.Join(" / ", pieces);
        var cells = new List<string>();
        for (var c = 0; c < _bounds.Count; c++)
        {
            var (from, to) = (_bounds[c], c + 1 < _bounds.Count ? _bounds[c + 1] : double.MaxValue);
            cells.Add(PdfText.Join([.. line.Glyphs.Where(g => g.Center >= from && g.Center < to)]));
        }

        return (label, cells);
    }

    private static List<(double Left, double Right)> Merge(IEnumerable<(double Left, double Right)> spans)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var span in spans.OrderBy(s => s.Left))
        {
            if (merged.Count > 0 && span.Left <= merged[^1].Right)
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, span.Right));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    // The middle of the widest strip between two columns that no glyph covers; the middle of the gap when glyphs cover it all.
    private static double Boundary(double from, double to, List<(double Left, double Right)> ink)
    {
        var covered = Merge(ink.Where(g => g.Right > from && g.Left < to));
        var best = (Width: -1.0, At: (from + to) / 2);
        var cursor = from;
        foreach (var (left, right) in covered.Append((to, to)))
        {
            if (left - cursor > best.Width)
            {
                best = (left - cursor, (cursor + Math.Min(left, to)) / 2);
            }

            cursor = Math.Max(cursor, right);
        }

        return best.At;
    }
}
