using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Finds tables printed without rules among a page's text lines, and reads their rows from where the glyphs stand.</summary>
/// <remarks>
/// A line is a table row when wide gaps split it into cells and a cell after the first is a number (or when it is a form's
/// header). The value columns are where the numbers stand; a header or a blank column is placed by the gaps between them. A
/// wrapped row label (a line with no values above or below a row) joins the row it belongs to: the one whose label it completes
/// into a form's row label, else a row printed without a label of its own, else the nearest. A form's row label standing alone
/// in the table is a row whose cells are all blank.
/// </remarks>
internal static partial class PdfUnruledTables
{
    /// <summary>The lines, with each unruled table's lines replaced by its rows.</summary>
    public static List<PdfItem> Read(int page, List<PdfTextLine> lines)
    {
        var items = new List<PdfItem>();
        var kinds = lines.Select(Kind).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && IsTableLine(lines, kinds, end) && (end == i || Close(lines[end - 1], lines[end])))
            {
                end++;
            }

            // A section heading after the table's last row opens the next part of the report (四、… above section 四's table).
            while (end > i && kinds[end - 1] != LineKind.Data && SectionHeading().IsMatch(lines[end - 1].Text) && kinds[i..end].Contains(LineKind.Data))
            {
                end--;
            }

            var block = Enumerable.Range(i, end - i).ToList();
            if (block.Count > 0 && IsTable(lines, kinds, block))
            {
                items.AddRange(ReadTable(page, [.. block.Select(b => lines[b])], [.. block.Select(b => kinds[b])]));
                i = end;
            }
            else
            {
                items.Add(PdfItem.Of(page, lines[i]));
                i++;
            }
        }

        return items;
    }

    private enum LineKind
    {
        Text,
        Data,
        Header,
        Cells,
        KnownLabel,
    }

    private static LineKind Kind(PdfTextLine line)
    {
        var chunks = line.Chunks;
        if (chunks.Count >= 2 && chunks.Skip(1).Any(c => PdfCellKinds.IsNumber(c.Text)) && !line.Text.Contains('。', StringComparison.Ordinal))
        {
            return LineKind.Data;
        }

        if (chunks.Count >= 2 && (TableMapper.HeaderWords.Contains(Labels.Normalize(chunks[0].Text)) || chunks.Count(c => ImportLayout.IsKnownColumnLabel(c.Text)) >= 2))
        {
            return LineKind.Header;
        }

        if (chunks.Count >= 2 && !line.Text.Contains('。', StringComparison.Ordinal))
        {
            return LineKind.Cells;
        }

        return ImportLayout.IsKnownRowLabel(line.Text) ? LineKind.KnownLabel : LineKind.Text;
    }

    // A section heading opens the next part of the report unless a row of the table follows it (三、本年度办理结果 is a row).
    private static bool IsTableLine(List<PdfTextLine> lines, List<LineKind> kinds, int i) =>
        !(kinds[i] != LineKind.Data && SectionHeading().IsMatch(lines[i].Text) && (i + 1 == lines.Count || kinds[i + 1] is not (LineKind.Data or LineKind.KnownLabel)))
        && kinds[i] switch
    {
        LineKind.Text => !lines[i].Text.Contains('。', StringComparison.Ordinal) && !Caption().IsMatch(lines[i].Text)
            && (i > 0 && kinds[i - 1] == LineKind.Data && Near(lines[i - 1], lines[i]) || i + 1 < lines.Count && kinds[i + 1] == LineKind.Data && Near(lines[i], lines[i + 1])),
        _ => true,
    };

    // A table needs evidence: a form's header, a data row a form knows, a row of several numbers, or two data rows.
    private static bool IsTable(List<PdfTextLine> lines, List<LineKind> kinds, List<int> block)
    {
        var data = block.Where(b => kinds[b] == LineKind.Data).ToList();
        return block.Any(b => kinds[b] == LineKind.Header)
            || data.Count >= 2
            || data.Any(b => ImportLayout.IsKnownRowLabel(lines[b].Chunks[0].Text) || lines[b].Chunks.Count(c => PdfCellKinds.IsNumber(c.Text)) >= 3);
    }

    private static bool Close(PdfTextLine above, PdfTextLine below) => above.Baseline - below.Baseline <= 3 * Math.Max(above.Size, below.Size);

    private static bool Near(PdfTextLine above, PdfTextLine below) => above.Baseline - below.Baseline <= 1.6 * Math.Max(above.Size, below.Size);

    private static IEnumerable<PdfItem> ReadTable(int page, List<PdfTextLine> lines, List<LineKind> kinds)
    {
        var columns = PdfColumns.Find(lines, kinds.Select(k => k == LineKind.Data).ToList());
        var split = lines.Select(columns.Split).ToList();
        var rows = new List<Row>();
        var first = 0;
        while (first < lines.Count && kinds[first] is LineKind.Header or LineKind.Cells)
        {
            first++;
        }

        if (first > 0)
        {
            // A header wrapped over several lines is one row: each column's pieces joined top to bottom.
            var header = new Row(lines[0].Top, false);
            header.Labels.AddRange(split.Take(first).Select(s => s.Label));
            header.Columns = [.. Enumerable.Range(0, columns.Count).Select(c => PdfText.JoinLines(split.Take(first).Select(s => s.Cells[c])))];
            rows.Add(header);
        }

        var fragments = new List<(int Line, string Text)>();
        for (var i = first; i < lines.Count; i++)
        {
            var (label, cells) = split[i];
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(new Row(lines[i].Top, kinds[i] == LineKind.Data, i) { Columns = cells });
                rows[^1].Labels.Add(label);
            }
            else if (ImportLayout.IsKnownRowLabel(label))
            {
                rows.Add(new Row(lines[i].Top, false, i) { Columns = [.. cells.Select(_ => "")] });
                rows[^1].Labels.Add(label);
            }
            else
            {
                fragments.Add((i, label));
            }
        }

        // Wrapped lines that together spell a form's row label are that row, blank (its values were not reported).
        for (var f = 0; f < fragments.Count; f++)
        {
            for (var g = fragments.Count - 1; g > f; g--)
            {
                var run = fragments.GetRange(f, g - f + 1);
                if (run.Zip(run.Skip(1), (a, b) => b.Line == a.Line + 1).All(x => x) && ImportLayout.IsKnownRowLabel(PdfText.JoinLines(run.Select(r => r.Text))))
                {
                    var row = new Row(lines[run[0].Line].Top, false, run[0].Line) { Columns = [.. Enumerable.Repeat("", columns.Count)] };
                    row.Labels.AddRange(run.Select(r => r.Text));
                    rows.Insert(rows.FindIndex(r => r.Line > row.Line) is var at and >= 0 ? at : rows.Count, row);
                    fragments.RemoveRange(f, run.Count);
                    f--;
                    break;
                }
            }
        }

        foreach (var (line, text) in fragments)
        {
            Attach(rows, lines, line, text);
        }

        foreach (var row in rows)
        {
            var label = PdfText.JoinLines(row.Labels);
            var cells = row.Columns;
            yield return columns.HasLabels || cells.Count == 0
                ? PdfItem.Row(page, row.Top, label, cells)
                : PdfItem.Row(page, row.Top, cells[0], cells[1..]);
        }
    }

    private static void Attach(List<Row> rows, List<PdfTextLine> lines, int line, string text)
    {
        var above = rows.LastOrDefault(r => r.Line < line && r.Line >= 0);
        var below = rows.FirstOrDefault(r => r.Line > line);
        above = above is { IsData: true } ? above : null;
        below = below is { IsData: true } ? below : null;
        Row? target;
        if (above is not null && ImportLayout.IsKnownRowLabel(PdfText.JoinLines([.. above.Labels, text])))
        {
            target = above;
        }
        else if (below is not null && ImportLayout.IsKnownRowLabel(PdfText.JoinLines([text, .. below.Labels])))
        {
            target = below;
        }
        else if (below is not null && below.Labels.All(l => l.Length == 0))
        {
            target = below;
        }
        else if (above is not null && above.Labels.All(l => l.Length == 0))
        {
            target = above;
        }
        else
        {
            target = new[] { above, below }.OfType<Row>().OrderBy(r => Math.Abs(lines[r.Line].Baseline - lines[line].Baseline)).FirstOrDefault();
        }

        if (target is null)
        {
            var row = new Row(lines[line].Top, false, line) { Columns = [.. Enumerable.Repeat("", rows.FirstOrDefault()?.Columns.Count ?? 0)] };
            row.Labels.Add(text);
            rows.Insert(rows.FindIndex(r => r.Line > line) is var at and >= 0 ? at : rows.Count, row);
        }
        else if (target.Line > line)
        {
            target.Labels.Insert(target.Labels.FindIndex(l => l.Length > 0) is var at and >= 0 ? at : target.Labels.Count, text);
        }
        else
        {
            target.Labels.Add(text);
        }
    }

    private sealed class Row(double top, bool isData, int line = -1)
    {
        public double Top { get; } = top;

        public bool IsData { get; } = isData;

        public int Line { get; } = line;

        public List<string> Labels { get; } = [];

        public List<string> Columns { get; set; } = [];
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十百\d]+条", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}[、.．]", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}
