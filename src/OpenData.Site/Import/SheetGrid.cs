namespace OpenData.Site.Import;

/// <summary>One worksheet as a grid of cell texts with its merged ranges, turned into text lines and table rows.</summary>
/// <remarks>
/// <para>
/// Blank rows split a sheet into blocks; the rows at the top of a block that hold a single text (a title, a heading, a
/// caption) are text lines.
/// </para>
/// <para>
/// A sheet often sets several tables one under another on one fine grid of narrow columns, each table's cells merged
/// across as many of them as its layout needs (a workbook saved from a web page, or a form drawn in Excel). A table's
/// columns are where its cells start, not the sheet's columns, so a value merged across six sheet columns is one value;
/// and a row whose numbers stand across the edges of the numbers above it (or the other way round) starts another table,
/// taking with it the rows without numbers (its header) that came after the last numbers of the one before.
/// </para>
/// </remarks>
internal sealed class SheetGrid
{
    private readonly Dictionary<(int Row, int Column), string> _cells;
    private readonly List<Range> _merges;

    /// <summary>A sheet from its non-blank cells (1-based rows and columns) and its merged ranges.</summary>
    public SheetGrid(Dictionary<(int Row, int Column), string> cells, IEnumerable<(int Top, int Left, int Bottom, int Right)> merges)
    {
        _cells = cells;
        if (cells.Count == 0)
        {
            _merges = [];
            return;
        }

        // A range reaching past the last row or column with text prints nothing there (and a damaged file's may cover
        // the whole sheet): each is cut to the cells' extent.
        var (bottom, right) = (cells.Keys.Max(k => k.Row), cells.Keys.Max(k => k.Column));
        _merges = [.. merges
            .Select(m => new Range(Math.Max(m.Top, 1), Math.Max(m.Left, 1), Math.Min(m.Bottom, bottom), Math.Min(m.Right, right)))
            .Where(m => m.Top <= m.Bottom && m.Left <= m.Right && (m.Bottom > m.Top || m.Right > m.Left))];
    }

    /// <summary>Text lines and table rows, block by block (blocks are separated by blank rows).</summary>
    public IEnumerable<SourceLine> Lines()
    {
        var shown = Expand();
        if (shown.Count == 0)
        {
            yield break;
        }

        var rows = shown.Keys.Select(k => k.Row).Distinct().Order().ToList();
        var block = new List<int>();
        foreach (var row in rows.Append(int.MaxValue))
        {
            if (block.Count > 0 && row != block[^1] + 1)
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

    // Every cell as printed: a merged range's text in each cell it covers.
    private Dictionary<(int Row, int Column), string> Expand()
    {
        var shown = new Dictionary<(int Row, int Column), string>(_cells);
        foreach (var merge in _merges)
        {
            var text = _cells.GetValueOrDefault((merge.Top, merge.Left), "");
            for (var r = merge.Top; r <= merge.Bottom; r++)
            {
                for (var c = merge.Left; c <= merge.Right; c++)
                {
                    if (text.Length > 0)
                    {
                        shown[(r, c)] = text;
                    }
                    else
                    {
                        shown.Remove((r, c));
                    }
                }
            }
        }

        return shown;
    }

    private IEnumerable<SourceLine> BlockLines(List<int> block, Dictionary<(int Row, int Column), string> shown)
    {
        var start = 0;
        while (start < block.Count && RowTexts(block[start], shown) is [var only] && CellText.Parse(only).Value is null)
        {
            yield return new SourceLine(block[start], only);
            start++;
        }

        if (start == block.Count)
        {
            yield break;
        }

        var first = block[start];
        var columns = shown.Keys.Where(k => k.Row >= first && k.Row <= block[^1]).Select(k => k.Column).ToList();
        var (left, right) = (columns.Min(), columns.Max());
        var rows = block.Skip(start).Select(r => Row(r, first, left, right)).ToList();

        // A caption starts a piece; a piece laid out on the columns of the table before it goes on with that table.
        var tables = new List<List<SheetRow>>();
        foreach (var piece in Pieces(rows))
        {
            var parts = SplitWhereColumnsCross(piece);
            if (tables.Count > 0 && !tables[^1].Any(r => parts[0].Any(r.Crosses)))
            {
                tables[^1].AddRange(parts[0]);
            }
            else
            {
                tables.Add(parts[0]);
            }

            tables.AddRange(parts.Skip(1));
        }

        foreach (var table in tables)
        {
            foreach (var line in TableLines(table))
            {
                yield return line;
            }
        }
    }

    // The block's rows cut before each caption (a single text merged across the whole block).
    private static List<List<SheetRow>> Pieces(List<SheetRow> rows)
    {
        var pieces = new List<List<SheetRow>>();
        foreach (var row in rows)
        {
            if (pieces.Count == 0 || row.IsCaption)
            {
                pieces.Add([]);
            }

            pieces[^1].Add(row);
        }

        return pieces;
    }

    // A row whose numbers stand across the edges of the numbers above it (or the other way round) starts another table,
    // taking with it the rows after the last numbers that are laid out on its columns (the new table's header); a row of
    // blanks on the old columns stays behind.
    private static List<List<SheetRow>> SplitWhereColumnsCross(List<SheetRow> rows)
    {
        var tables = new List<List<SheetRow>> { new() };
        foreach (var row in rows)
        {
            var table = tables[^1];
            if (row.HasNumbers && table.Any(r => r.HasNumbers && r.Crosses(row)))
            {
                var lastNumbers = table.FindLastIndex(r => r.HasNumbers);
                var split = table.Count;
                while (split > lastNumbers + 1 && !table[split - 1].StartsInsideCellsOf(row))
                {
                    split--;
                }

                tables.Add(table[split..]);
                table.RemoveRange(split, table.Count - split);
            }

            tables[^1].Add(row);
        }

        return tables;
    }

    // The row's cells: a merged range starting in it is one cell; one covering it from a row above is part of the table
    // if it starts in the block (below its leading text lines) and left of the block, and printed as plain cells if not.
    private SheetRow Row(int row, int firstRow, int left, int right)
    {
        var cells = new List<SheetCell>();
        for (var column = left; column <= right; column++)
        {
            var merge = _merges.Find(m => m.Top <= row && row <= m.Bottom && m.Left <= column && column <= m.Right);
            if (merge is null || merge.Top < firstRow || merge.Left < left)
            {
                if (_cells.TryGetValue((row, column), out var text) || (merge is not null && _cells.TryGetValue((merge.Top, merge.Left), out text)))
                {
                    cells.Add(new SheetCell(column, column, text, row, 1));
                }

                continue;
            }

            var end = Math.Min(merge.Right, right);
            cells.Add(new SheetCell(column, end, _cells.GetValueOrDefault((merge.Top, merge.Left), ""), merge.Top, merge.Bottom - merge.Top + 1));
            column = end;
        }

        // A caption: the one text merged across the whole width of the block, and nothing else.
        var isCaption = right > left && cells is [{ IsNumber: false, Text.Length: > 0 } only] && only.Start == left && only.End == right;
        return new SheetRow(row, cells, isCaption);
    }

    // A table's columns are where its cells start; a cell spans the columns that start within it.
    private static IEnumerable<SourceLine> TableLines(List<SheetRow> table)
    {
        if (table.Count == 0)
        {
            return [];
        }

        var starts = table.SelectMany(r => r.Cells).Select(c => c.Start).Distinct().Order().ToList();
        var gridRows = new List<GridRow>();
        foreach (var row in table)
        {
            var cells = new List<GridCell>();
            var at = 0;
            while (at < starts.Count)
            {
                var cell = row.Cells.FirstOrDefault(c => c.Start == starts[at]);
                var span = cell is null ? 1 : starts.Count(s => s >= cell.Start && s <= cell.End);
                if (cell is null)
                {
                    cells.Add(new GridCell(""));
                }
                else if (cell.Top == row.Number)
                {
                    cells.Add(new GridCell(cell.Text, cell.RowSpan, span));
                }
                else if (cell.Top < table[0].Number)
                {
                    // A range that started in the table before this one is printed in each of its rows here.
                    cells.Add(new GridCell(cell.Text, 1, span));
                }

                at += span;
            }

            gridRows.Add(new GridRow(row.Number, cells));
        }

        return TableGrid.ToLines(gridRows);
    }

    private static List<string> RowTexts(int row, Dictionary<(int Row, int Column), string> shown) =>
        [.. shown.Where(p => p.Key.Row == row).OrderBy(p => p.Key.Column).Select(p => p.Value).Distinct(StringComparer.Ordinal)];

    private sealed record Range(int Top, int Left, int Bottom, int Right);

    // A cell of a row: a plain cell or a merged range, from its first column to its last, and the row it starts in (a
    // range is printed once, in its first row, and covers the rows below it).
    private sealed record SheetCell(int Start, int End, string Text, int Top, int RowSpan)
    {
        public bool IsNumber { get; } = CellText.Parse(Text).Value is { IsBlank: false };

        // A number or a blank: where a table's values stand (its labels and headings are text).
        public bool IsValue => IsNumber || Text.Length == 0;
    }

    private sealed record SheetRow(int Number, List<SheetCell> Cells, bool IsCaption)
    {
        public bool HasNumbers { get; } = Cells.Any(c => c.IsNumber);

        // The row's values (numbers and blanks), and its label (or top-left heading) unless it is a caption.
        private IEnumerable<SheetCell> Values => Cells.Where(c => c.IsValue);

        private IEnumerable<SheetCell> Label => IsCaption || Cells.Count == 0 ? [] : [Cells[0]];

        // Whether the two rows are laid out on different columns: a cell of one starts inside a value of the other, or a
        // value of one inside the other's label (a label may hold the shorter labels of rows in a group, and a heading
        // over several columns the cells below it, but not where another row has a value).
        public bool Crosses(SheetRow other) =>
            StartsInside(Cells, other.Values) || StartsInside(other.Cells, Values) || StartsInside(Values, other.Label) || StartsInside(other.Values, Label);

        // Whether a cell of this row starts inside any cell of the other: this row is not on the other's columns.
        public bool StartsInsideCellsOf(SheetRow other) => StartsInside(Cells, other.Cells);

        private static bool StartsInside(IEnumerable<SheetCell> cells, IEnumerable<SheetCell> others) =>
            cells.Any(c => others.Any(o => o.Start < c.Start && c.Start <= o.End));
    }
}
