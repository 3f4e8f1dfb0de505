namespace OpenData.Site.Import;

/// <summary>Tells apart the tables set one under another in one grid, and lays each out on its own columns.</summary>
/// <remarks>
/// <para>
/// A sheet, or a page saved from one, often sets a report's tables one under another on one fine grid of narrow columns,
/// each table's cells spanning as many of them as its layout needs: a value spanning six grid columns is one value. A
/// table's columns are where its cells start, not the grid's.
/// </para>
/// <para>
/// A caption (one text across the whole width) starts a piece; a piece laid out on the columns of the table before it
/// goes on with that table (a form's heading row inside section 三). Within a piece, a row whose numbers stand across
/// the edges of the numbers above it (or the other way round) starts another table, taking with it the rows after the
/// last numbers that are laid out on its columns (the new table's header); a row of blanks on the old columns stays
/// behind. A table whose cells all start on every column is one table, as before.
/// </para>
/// </remarks>
internal static class StackedTables
{
    /// <summary>The rows split into tables, in order.</summary>
    public static List<List<PlacedRow>> Split(IReadOnlyList<PlacedRow> rows)
    {
        var tables = new List<List<PlacedRow>>();
        foreach (var piece in Pieces(rows))
        {
            var parts = SplitWhereColumnsCross(piece);
            if (tables.Count > 0 && !Layouts(tables[^1]).Any(r => Layouts(parts[0]).Any(r.Crosses)))
            {
                tables[^1].AddRange(parts[0]);
            }
            else
            {
                tables.Add(parts[0]);
            }

            tables.AddRange(parts.Skip(1));
        }

        return tables;
    }

    /// <summary>
    /// A table's rows with its cells spanning its own columns (where its cells start); a cell that started in a table above
    /// is printed in each of its rows here.
    /// </summary>
    /// <remarks>
    /// A column that no text stands in, in any row but a caption, is left out when the table has a header (a spare grid
    /// column at the edge of a table pasted from a sheet); without one, a column blank in every row is still a column of
    /// the form.
    /// </remarks>
    public static List<GridRow> OnOwnColumns(List<PlacedRow> table)
    {
        var hasHeader = table.Any(r => !r.IsCaption && !r.HasNumbers && r.Cells.Count(c => c.Text.Length > 0) > 1);
        var starts = table.SelectMany(r => r.Cells).Select(c => c.Start).Distinct().Order()
            .Where(s => !hasHeader || table.Any(r => !r.IsCaption && r.Cells.Any(c => c.Start <= s && s <= c.End && c.Text.Length > 0)))
            .ToList();
        var gridRows = new List<GridRow>();
        foreach (var row in table)
        {
            var cells = new List<GridCell>();
            var at = 0;
            while (at < starts.Count)
            {
                var cell = row.Cells.FirstOrDefault(c => c.Start <= starts[at] && starts[at] <= c.End);
                var span = cell is null ? 1 : starts.Skip(at).Count(s => s <= cell.End);
                if (cell is null)
                {
                    cells.Add(new GridCell(""));
                }
                else if (cell.Top == row.Index)
                {
                    cells.Add(new GridCell(cell.Text, cell.RowSpan, span));
                }
                else if (cell.Top < table[0].Index)
                {
                    cells.Add(new GridCell(cell.Text, 1, span));
                }

                at += span;
            }

            gridRows.Add(new GridRow(row.Line, cells));
        }

        return gridRows;
    }

    private static List<List<PlacedRow>> Pieces(IReadOnlyList<PlacedRow> rows)
    {
        var pieces = new List<List<PlacedRow>>();
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

    private static List<List<PlacedRow>> SplitWhereColumnsCross(List<PlacedRow> rows)
    {
        var tables = new List<List<PlacedRow>> { new() };
        foreach (var row in rows)
        {
            var table = tables[^1];
            if (row.HasNumbers && Layouts(table.Where(r => r.HasNumbers)).Any(r => r.Crosses(row)))
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

    // One row of each layout: rows laid out alike cross the same rows (a long table's rows are checked once, not each).
    private static IEnumerable<PlacedRow> Layouts(IEnumerable<PlacedRow> rows) => rows.DistinctBy(r => r.Layout);
}
