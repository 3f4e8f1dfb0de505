using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Finds tables printed without rules among a page's text lines, and reads their rows from where the glyphs stand.</summary>
/// <remarks>
/// A line is a table row when wide gaps split it into cells and a cell after the first is a number (or when it is a form's
/// header). The value columns are where the numbers stand; a header or a blank column is placed by the gaps between them. A
/// wrapped row label (a line with no values above or below a row) joins the row it belongs to: the one whose label it completes
/// into a form's row label, else a row printed without a label of its own, else the nearest. A form's row label standing alone
/// in the table is a row whose cells are all blank. Rows that go on from a table (on the next page without a header, or
/// after a wide gap) are read under that table's columns (<see cref="PdfOpenTable"/>).
/// </remarks>
internal static partial class PdfUnruledTables
{
    /// <summary>The lines, with each unruled table's lines replaced by its rows.</summary>
    /// <param name="page">The page's number.</param>
    /// <param name="lines">The page's text lines, top to bottom, without its running header and footer.</param>
    /// <param name="table">The lines of a table the page before ended with (its header, and its rows if any were printed
    /// there), or <see langword="null"/>.</param>
    /// <returns>The page's items, and the lines of a table the page ends with.</returns>
    /// <remarks>A table that opens the page without a header of its own goes on from the table the page before ended
    /// with; one that follows another table with nothing between (its rows set further apart than a table's lines
    /// usually are) goes on from that one. Its columns are found with that table's header and rows, so a column that
    /// every row here left blank keeps its place.</remarks>
    public static (List<PdfItem> Items, PdfOpenTable? Open) Read(int page, List<PdfTextLine> lines, PdfOpenTable? table)
    {
        var items = new List<PdfItem>();
        // The last table read, and the line after it: a table starting there goes on from it.
        var (previous, after) = (table, 0);
        var kinds = lines.Select(Kind).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && (end == i ? IsTableLine(lines, kinds, end)
                : (Close(lines[end - 1], lines[end]) || RowFollows(lines, kinds, end))
                    // A piece of a merged heading beside the rows (（三）, 三、本 / 年度办 / 理结果) goes on with them.
                    && (IsTableLine(lines, kinds, end) || IsWrappedLabel(lines, kinds, i, end) || ImportLayout.IsHeadingText(lines[end].Text) || SpellsRowLabel(lines, kinds, end)
                        || StartsRowLabel(lines, kinds, end))))
            {
                end++;
            }

            // Short lines after the last row belong to it only while they follow it closely.
            var last = Enumerable.Range(i, end - i).LastOrDefault(n => kinds[n] is LineKind.Data or LineKind.KnownLabel, -1);
            while (last >= 0 && end - 1 > last && kinds[end - 1] == LineKind.Text && !Close(lines[last], lines[end - 1]))
            {
                end--;
            }

            // A section heading after the table's last row opens the next part of the report (四、… above section 四's table).
            while (end > i && kinds[end - 1] != LineKind.Data && SectionHeading().IsMatch(lines[end - 1].Text) && kinds[i..end].Contains(LineKind.Data))
            {
                end--;
            }

            var block = Enumerable.Range(i, end - i).ToList();
            if (block.Count > 0 && IsTable(lines, kinds, block))
            {
                // A header with a single column wraps into lines of one piece each (本年收费金额（单位：万 / 信息内容 / 元）):
                // short lines just above a table that starts without a header line belong to it.
                var start = i;
                while (kinds[i] is LineKind.Data or LineKind.Text && start > 0 && kinds[start - 1] == LineKind.Text && items.Count > 0 && items[^1].Line == lines[start - 1]
                    && Close(lines[start - 1], lines[start]) && lines[start - 1].Text.Length <= 30
                    && !Caption().IsMatch(lines[start - 1].Text) && !SectionHeading().IsMatch(lines[start - 1].Text) && !lines[start - 1].Text.Contains('。', StringComparison.Ordinal))
                {
                    start--;
                    items.RemoveAt(items.Count - 1);
                }

                block = [.. Enumerable.Range(start, end - start)];
                var tableLines = block.Select(b => lines[b]).ToList();
                var tableKinds = block.Select(b => kinds[b]).ToList();
                var open = start == after ? previous : null;
                items.AddRange(ReadTable(page, tableLines, tableKinds, ref open));
                (previous, after) = (open, end);
                i = end;
            }
            else
            {
                items.Add(PdfItem.Of(page, lines[i]));
                i++;
            }
        }

        return (items, after == lines.Count ? previous : null);
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
        // A row whose label wrapped above and below it may print only its values, or only its unit (万元) when the value is blank.
        if (chunks.Count >= 2 && chunks.Skip(1).Any(c => PdfCellKinds.IsNumber(c.Text)) && !line.Text.Contains('。', StringComparison.Ordinal)
            || chunks.All(c => PdfCellKinds.IsValueColumnText(c.Text)) && chunks.Any(c => CellText.Parse(c.Text).Value is not { IsBlank: true }))
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
        !(kinds[i] is LineKind.Text or LineKind.KnownLabel && SectionHeading().IsMatch(lines[i].Text) && (i + 1 == lines.Count || kinds[i + 1] is not (LineKind.Data or LineKind.KnownLabel)
            && !(kinds[i + 1] == LineKind.Cells && IsBlankRow(lines[i + 1]))
            && !(kinds[i + 1] == LineKind.Text && i + 2 < lines.Count && kinds[i + 2] == LineKind.Data && Near(lines[i + 1], lines[i + 2]))))
        && kinds[i] switch
        {
            LineKind.Text => !lines[i].Text.Contains('。', StringComparison.Ordinal) && !Caption().IsMatch(lines[i].Text)
                && (i > 0 && kinds[i - 1] == LineKind.Data && Near(lines[i - 1], lines[i]) || i + 1 < lines.Count && kinds[i + 1] == LineKind.Data && Near(lines[i], lines[i + 1])),
            _ => true,
        };

    // A row whose values were left blank but whose unit is printed: （一）收到申请数 | 件 | (blank).
    private static bool IsBlankRow(PdfTextLine line) =>
        ImportLayout.IsKnownRowLabel(line.Chunks[0].Text) && line.Chunks.Skip(1).All(c => PdfCellKinds.IsValueColumnText(c.Text));

    // A label wrapped over many lines continues under the row's label column, closely, without a full stop.
    private static bool IsWrappedLabel(List<PdfTextLine> lines, List<LineKind> kinds, int start, int i) =>
        kinds[i] == LineKind.Text && Near(lines[i - 1], lines[i]) && Math.Abs(lines[i].Left - lines[start].Left) < 2 * lines[i].Size
        && !lines[i].Text.Contains('。', StringComparison.Ordinal) && !Caption().IsMatch(lines[i].Text) && !SectionHeading().IsMatch(lines[i].Text);

    // A table needs evidence: a form's header, a data row a form knows, a row of several numbers, or two data rows.
    private static bool IsTable(List<PdfTextLine> lines, List<LineKind> kinds, List<int> block)
    {
        var data = block.Where(b => kinds[b] == LineKind.Data).ToList();
        return block.Any(b => kinds[b] == LineKind.Header)
            || data.Count >= 2
            || data.Any(b => ImportLayout.IsKnownRowLabel(lines[b].Chunks[0].Text) || lines[b].Chunks.Count(c => PdfCellKinds.IsNumber(c.Text)) >= 3);
    }

    // Rows set far apart (27.5 pt under 9 pt text: tall rows) still follow each other: a row, or a wrapped label's line
    // printed just above its row's values, up to 4.5 em under the line before.
    private static bool RowFollows(List<PdfTextLine> lines, List<LineKind> kinds, int i) =>
        lines[i - 1].Baseline - lines[i].Baseline <= 4.5 * Math.Max(lines[i - 1].Size, lines[i].Size)
        && kinds[i - 1] is LineKind.Data or LineKind.KnownLabel or LineKind.Text
        && (kinds[i] is LineKind.Data or LineKind.KnownLabel || kinds[i] == LineKind.Text && i + 1 < lines.Count && kinds[i + 1] == LineKind.Data && Near(lines[i], lines[i + 1])
            || SpellsRowLabel(lines, kinds, i));

    // A row printed blank with its label wrapped: the line and the next, or the line before and this one, spell a form's
    // row label (5.要求行政机关确认或重新出具 / 已获取信息).
    private static bool SpellsRowLabel(List<PdfTextLine> lines, List<LineKind> kinds, int i)
    {
        return Spell(i, i + 1) || Spell(i - 1, i);

        bool Spell(int first, int second) => first >= 0 && second < lines.Count && kinds[first] == LineKind.Text && kinds[second] == LineKind.Text
            && Near(lines[first], lines[second]) && ImportLayout.IsKnownRowLabel(PdfText.JoinLines([lines[first].Text, lines[second].Text]));
    }

    // A row whose label wraps over several lines above its values (一、本年新收 / 政府信息公开 / 申请数量 151 …): the lines
    // from this one down to the row's own spell a form's row label with the row's label piece.
    private static bool StartsRowLabel(List<PdfTextLine> lines, List<LineKind> kinds, int i)
    {
        var parts = new List<string>();
        for (var k = i; k < lines.Count && k < i + 6; k++)
        {
            if (kinds[k] == LineKind.Data)
            {
                return k > i && ImportLayout.IsKnownRowLabel(PdfText.JoinLines([.. parts, lines[k].Chunks[0].Text]));
            }

            if (kinds[k] != LineKind.Text || k + 1 >= lines.Count || !Near(lines[k], lines[k + 1]))
            {
                return false;
            }

            parts.Add(lines[k].Text);
        }

        return false;
    }

    private static bool Close(PdfTextLine above, PdfTextLine below) => above.Baseline - below.Baseline <= 3 * Math.Max(above.Size, below.Size);

    private static bool Near(PdfTextLine above, PdfTextLine below) => above.Baseline - below.Baseline <= 1.6 * Math.Max(above.Size, below.Size);

    // table: the table these lines go on from, if they have no header of their own; on return, the table so far.
    private static List<PdfItem> ReadTable(int page, List<PdfTextLine> lines, List<LineKind> kinds, ref PdfOpenTable? table)
    {
        // A table's columns are where its header and its rows print, as if a page break or a wide gap did not part them.
        var goesOn = table is not null && kinds.TakeWhile(k => k != LineKind.Data).All(k => k == LineKind.Text) && kinds.Contains(LineKind.Data);
        var isData = kinds.Select(k => k == LineKind.Data).ToList();
        table = goesOn ? new PdfOpenTable([.. table!.Lines, .. lines], [.. table.IsData, .. isData]) : new PdfOpenTable(lines, isData);
        return [.. ReadRows(page, lines, kinds, PdfColumns.Find([.. table.Lines], [.. table.IsData]))];
    }

    private static IEnumerable<PdfItem> ReadRows(int page, List<PdfTextLine> lines, List<LineKind> kinds, PdfColumns columns)
    {
        var split = lines.Select(columns.Split).ToList();
        var rows = new List<Row>();
        var first = 0;
        // The header: the lines before the first row, or (a header of one column) the short lines before the first data row.
        while (first < lines.Count && (kinds[first] == LineKind.Header || kinds[first] == LineKind.Cells && !IsBlankRow(lines[first])))
        {
            first++;
        }

        if (first == 0)
        {
            while (first < lines.Count && kinds[first] == LineKind.Text)
            {
                first++;
            }

            // …and only when they print over the value columns: lines only in the label column are the first row's wrapped label.
            first = first < lines.Count && kinds[first] == LineKind.Data && split.Take(first).Any(s => s.Cells.Any(c => c.Length > 0)) ? first : 0;
        }

        if (first > 0)
        {
            // A header wrapped over several lines is one row: each column's pieces joined top to bottom.
            var header = new Row(lines[0].Top, false);
            header.Labels.AddRange(split.Take(first).Select((s, n) => (n, s.Label)));
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
                rows[^1].Labels.Add((i, label));
            }
            else if (ImportLayout.IsKnownRowLabel(label) && !(i + 1 < lines.Count && kinds[i + 1] == LineKind.Data && split[i + 1].Label.Length == 0 && Near(lines[i], lines[i + 1])))
            {
                rows.Add(new Row(lines[i].Top, false, i) { Columns = [.. cells.Select(_ => "")] });
                rows[^1].Labels.Add((i, label));
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
                    row.Labels.AddRange(run);
                    rows.Insert(rows.FindIndex(r => r.Line > row.Line) is var at and >= 0 ? at : rows.Count, row);
                    fragments.RemoveRange(f, run.Count);
                    f--;
                    break;
                }
            }
        }

        AttachRuns(rows, fragments);
        foreach (var (line, text) in fragments)
        {
            Attach(rows, lines, line, text);
        }

        foreach (var row in rows)
        {
            var label = row.Label;
            var cells = row.Columns;
            yield return columns.HasLabels || cells.Count == 0
                ? PdfItem.Row(page, row.Top, label, cells)
                : PdfItem.Row(page, row.Top, cells[0], cells[1..]);
        }
    }

    // A label wrapped over several lines between two rows ((二)部分公 / 开（区分处理 / … above 他情形） 38, its values on its
    // last line): the run of lines is cut where the pieces above complete the row above, and the rest the row below, into
    // form's row labels. Runs that no cut makes into row labels are left to Attach, line by line.
    private static void AttachRuns(List<Row> rows, List<(int Line, string Text)> fragments)
    {
        var runs = new List<List<(int Line, string Text)>>();
        foreach (var fragment in fragments)
        {
            if (runs.Count == 0 || runs[^1][^1].Line + 1 != fragment.Line)
            {
                runs.Add([]);
            }

            runs[^1].Add(fragment);
        }

        foreach (var run in runs.Where(r => r.Count >= 2))
        {
            var above = rows.LastOrDefault(r => r.Line < run[0].Line && r.Line >= 0) is { IsData: true } a ? a : null;
            var below = rows.FirstOrDefault(r => r.Line > run[^1].Line) is { IsData: true } b ? b : null;
            for (var cut = 0; cut <= run.Count; cut++)
            {
                var (up, down) = (run[..cut], run[cut..]);
                if ((up.Count == 0 || above is not null && ImportLayout.IsKnownRowLabel(above.With(up)))
                    && (down.Count == 0 || below is not null && ImportLayout.IsKnownRowLabel(below.With(down))))
                {
                    above?.Labels.AddRange(up);
                    below?.Labels.AddRange(down);
                    fragments.RemoveAll(run.Contains);
                    break;
                }
            }
        }
    }

    private static void Attach(List<Row> rows, List<PdfTextLine> lines, int line, string text)
    {
        var above = rows.LastOrDefault(r => r.Line < line && r.Line >= 0);
        var below = rows.FirstOrDefault(r => r.Line > line);
        above = above is { IsData: true } ? above : null;
        below = below is { IsData: true } ? below : null;
        Row? target;
        if (above is not null && ImportLayout.IsKnownRowLabel(above.With(line, text)))
        {
            target = above;
        }
        else if (below is not null && ImportLayout.IsKnownRowLabel(below.With(line, text)))
        {
            target = below;
        }
        else if (ImportLayout.IsHeadingText(text))
        {
            // A piece of a merged heading beside the rows (年度办 of 三、本年度办理结果, 供 of （四）无法提供) names no row.
            return;
        }
        else if (below is not null && below.Labels.All(l => l.Text.Length == 0))
        {
            target = below;
        }
        else if (above is not null && above.Labels.All(l => l.Text.Length == 0))
        {
            target = above;
        }
        else
        {
            target = new[] { above, below }.OfType<Row>().OrderBy(r => Math.Abs(lines[r.Line].Baseline - lines[line].Baseline)).FirstOrDefault();
        }

        if (target is null)
        {
            target = new Row(lines[line].Top, false, line) { Columns = [.. Enumerable.Repeat("", rows.FirstOrDefault()?.Columns.Count ?? 0)] };
            rows.Insert(rows.FindIndex(r => r.Line > line) is var at and >= 0 ? at : rows.Count, target);
        }

        target.Labels.Add((line, text));
    }

    private sealed class Row(double top, bool isData, int line = -1)
    {
        public double Top { get; } = top;

        public bool IsData { get; } = isData;

        public int Line { get; } = line;

        /// <summary>The pieces of the row's label with the line each is printed on.</summary>
        public List<(int Line, string Text)> Labels { get; } = [];

        public string Label => PdfText.JoinPaths(Labels.OrderBy(l => l.Line).Select(l => l.Text));

        public string With(int line, string text) => With([(line, text)]);

        public string With(IEnumerable<(int Line, string Text)> pieces) => PdfText.JoinPaths(Labels.Concat(pieces).OrderBy(l => l.Line).Select(l => l.Text));

        public List<string> Columns { get; set; } = [];
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十百\d]+条", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}[、.．]", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}
