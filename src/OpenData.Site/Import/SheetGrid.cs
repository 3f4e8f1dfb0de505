namespace OpenData.Site.Import;

/// <summary>One worksheet as a grid of cell texts with its merged ranges, turned into text lines and table rows.</summary>
/// <remarks>
/// Blank rows split a sheet into blocks; the rows at the top of a block that hold a single text (a title, a heading, a
/// caption) are text lines, the rest of the block is table rows, a merged range one cell. The tables a sheet sets one under
/// another on one grid of narrow columns are read apart, each on its own columns (<see cref="StackedTables"/>).
/// </remarks>
internal sealed class SheetGrid
{
    // Each row's non-blank cells by column, and the merged ranges covering each row.
    private readonly Dictionary<int, SortedList<int, string>> _cells;
    private readonly Dictionary<int, List<Range>> _merges = [];
    private readonly IReadOnlySet<int> _hiddenRows;

    /// <summary>A sheet from its non-blank cells (1-based rows and columns) and its merged ranges.</summary>
    /// <param name="cells">The non-blank cells.</param>
    /// <param name="merges">The merged ranges.</param>
    /// <param name="hiddenRows">Rows the sheet hides: left out, they part no block (the rows around them are adjacent).</param>
    /// <param name="hiddenColumns">Columns the sheet hides: left out, the columns right of them moved left.</param>
    /// <remarks>Hidden rows and columns are not printed, so they are not read: a hidden helper column of last year's figures
    /// beside the labels would otherwise stand where the form's first column is.</remarks>
    public SheetGrid(Dictionary<(int Row, int Column), string> cells, IEnumerable<(int Top, int Left, int Bottom, int Right)> merges, IReadOnlySet<int>? hiddenRows = null, IReadOnlySet<int>? hiddenColumns = null)
    {
        _hiddenRows = hiddenRows ?? new HashSet<int>();
        if (_hiddenRows.Count > 0 || hiddenColumns is { Count: > 0 })
        {
            var hidden = hiddenColumns?.Order().ToList() ?? [];
            int Shown(int column) => column - (hidden.BinarySearch(column) is var at && at >= 0 ? at : ~at);
            cells = cells.Where(p => !_hiddenRows.Contains(p.Key.Row) && hidden.BinarySearch(p.Key.Column) < 0).ToDictionary(p => (p.Key.Row, Shown(p.Key.Column)), p => p.Value);
            merges = [.. merges.Select(m => (m.Top, Shown(m.Left), m.Bottom, Shown(m.Right)))];
        }

        _cells = cells.GroupBy(p => p.Key.Row).ToDictionary(g => g.Key, g => new SortedList<int, string>(g.ToDictionary(p => p.Key.Column, p => p.Value)));
        if (cells.Count == 0)
        {
            return;
        }

        // A range reaching past the last row or column with text prints nothing there (and a damaged file's may cover
        // the whole sheet): each is cut to the cells' extent.
        var (bottom, right) = (cells.Keys.Max(k => k.Row), cells.Keys.Max(k => k.Column));
        foreach (var (top, left, end, last) in merges)
        {
            var range = new Range(Math.Max(top, 1), Math.Max(left, 1), Math.Min(end, bottom), Math.Min(last, right), "");
            if (range.Top > range.Bottom || range.Left > range.Right || (range.Bottom == range.Top && range.Right == range.Left))
            {
                continue;
            }

            range = range with { Text = cells.GetValueOrDefault((range.Top, range.Left), "") };
            for (var row = range.Top; row <= range.Bottom; row++)
            {
                if (!_merges.TryGetValue(row, out var covering))
                {
                    _merges[row] = covering = [];
                }

                covering.Add(range);
            }
        }
    }

    /// <summary>Text lines and table rows, block by block (blocks are separated by blank rows).</summary>
    public IEnumerable<SourceLine> Lines()
    {
        // Each row's printed cells, worked out once: blocks, leading lines and table rows all read them.
        var shown = _cells.Keys.Concat(_merges.Keys).Distinct().ToDictionary(r => r, Shown);
        var rows = shown.Where(p => p.Value.Any(e => e.Text.Length > 0)).Select(p => p.Key).Order().ToList();
        var block = new List<int>();
        foreach (var row in rows.Append(int.MaxValue))
        {
            if (block.Count > 0 && (row == int.MaxValue || !Adjacent(block[^1], row)))
            {
                foreach (var line in BlockLines(block, shown))
                {
                    yield return line;
                }

                block.Clear();
            }

            block.Add(row);
        }
    }

    // Two rows with text are adjacent when only hidden rows stand between them.
    private bool Adjacent(int above, int below) =>
        below == above + 1 || (_hiddenRows.Count > 0 && below - above <= _hiddenRows.Count + 1 && Enumerable.Range(above + 1, below - above - 1).All(_hiddenRows.Contains));

    // What a row prints, left to right: each merged range covering it once (its text, or blank), then its other cells (a
    // cell under a range is hidden by it).
    private List<(int Start, int End, string Text, Range? Merge)> Shown(int row)
    {
        var merges = _merges.GetValueOrDefault(row) ?? [];
        var shown = merges.Select(m => (m.Left, m.Right, m.Text, (Range?)m)).ToList();
        foreach (var (column, text) in _cells.GetValueOrDefault(row) ?? [])
        {
            if (!merges.Any(m => m.Left <= column && column <= m.Right))
            {
                shown.Add((column, column, text, null));
            }
        }

        return [.. shown.OrderBy(e => e.Left)];
    }

    private static IEnumerable<SourceLine> BlockLines(List<int> block, Dictionary<int, List<(int Start, int End, string Text, Range? Merge)>> shown)
    {
        var start = 0;
        while (start < block.Count && shown[block[start]].Where(e => e.Text.Length > 0).Select(e => e.Text).Distinct(StringComparer.Ordinal).ToList() is [var only]
            && CellText.Parse(only).Value is null)
        {
            yield return new SourceLine(block[start], only);
            start++;
        }

        if (start == block.Count)
        {
            yield break;
        }

        var first = block[start];
        var printed = block.Skip(start).SelectMany(r => shown[r]).Where(e => e.Text.Length > 0).ToList();
        var (left, right) = (printed.Min(e => e.Start), printed.Max(e => e.End));
        foreach (var line in TableGrid.Lines([.. block.Skip(start).Select(r => Row(r, shown[r], first, left, right))]))
        {
            yield return line;
        }
    }

    // The row's cells: a merged range is one cell, from the row it starts in; one that starts above the table (in its
    // leading text lines) or left of it is printed here as plain cells.
    private static PlacedRow Row(int row, List<(int Start, int End, string Text, Range? Merge)> shown, int firstRow, int left, int right)
    {
        var cells = new List<PlacedCell>();
        foreach (var (start, end, text, merge) in shown)
        {
            if (end < left || start > right)
            {
                continue;
            }

            if (merge is null || merge.Top < firstRow || merge.Left < left)
            {
                for (var column = Math.Max(start, left); column <= Math.Min(end, right) && text.Length > 0; column++)
                {
                    cells.Add(new PlacedCell(column, column, text, row - firstRow, 1));
                }

                continue;
            }

            cells.Add(new PlacedCell(start, Math.Min(end, right), text, merge.Top - firstRow, merge.Bottom - merge.Top + 1));
        }

        return PlacedRow.Of(row - firstRow, row, cells, left, right);
    }

    private sealed record Range(int Top, int Left, int Bottom, int Right, string Text);
}
