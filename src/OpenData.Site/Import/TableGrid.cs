namespace OpenData.Site.Import;

/// <summary>Turns a printed table (rows of cells with row and column spans) into source rows, the same way for HTML, Word and Excel.</summary>
/// <remarks>
/// Spans are expanded into a grid, so a spanning header or label repeats in every cell it covers; the label columns (as wide as
/// the first cell of the first row with several cells) become a label path joined by " / "; a caption spanning the whole table
/// is one cell. Cells are placed as HTML places them: each after the columns a span from above already fills.
/// </remarks>
internal static class TableGrid
{
    /// <summary>One source line per printed row that holds any text: a caption as a row of one cell, any other row as label path and value cells.</summary>
    /// <remarks>Tables set one under another in the grid are read apart, each on its own columns (<see cref="StackedTables"/>).</remarks>
    public static IEnumerable<SourceLine> ToLines(IReadOnlyList<GridRow> rows) => Lines(Place(rows));

    /// <summary>The source lines of rows whose cells are already placed (a sheet's merged ranges).</summary>
    public static IEnumerable<SourceLine> Lines(IReadOnlyList<PlacedRow> rows) =>
        StackedTables.Split(rows).SelectMany(table => Emit(StackedTables.OnOwnColumns(table)));

    // Each cell after the columns a span from above already fills, as HTML places them.
    private static List<PlacedRow> Place(IReadOnlyList<GridRow> rows)
    {
        var taken = new HashSet<(int Row, int Column)>();
        var cells = rows.Select(_ => new List<PlacedCell>()).ToList();
        var width = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (taken.Contains((r, column)))
                {
                    column++;
                }

                var rowSpan = Math.Clamp(cell.RowSpan, 1, rows.Count - r);
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, 100);
                var placed = new PlacedCell(column, column + columnSpan - 1, cell.Text, r, rowSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    cells[r + dr].Add(placed);
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        taken.Add((r + dr, column + dc));
                    }
                }

                column += columnSpan;
                width = Math.Max(width, column);
            }
        }

        return [.. rows.Select((row, r) => PlacedRow.Of(r, row.Line, [.. cells[r].OrderBy(c => c.Start)], 0, width - 1))];
    }

    private static IEnumerable<SourceLine> Emit(List<GridRow> rows)
    {
        // Every column of every row holds the text of the cell covering it (the later one where two overlap).
        var placed = Place(rows);
        var width = placed.SelectMany(r => r.Cells).Select(c => c.End + 1).DefaultIfEmpty(0).Max();
        var gridRows = placed.Select(r => Enumerable.Range(0, width).Select(c => r.Cells.LastOrDefault(cell => cell.Start <= c && c <= cell.End)?.Text ?? "").ToList()).ToList();

        // The label columns are as wide as the top-left header cell (a caption spanning the whole table does not count);
        // a table whose numbers start in the first column (平潭's section 四) has no label column at all.
        var hasLabels = gridRows.Any(cells => cells.Skip(1).Any(IsNumber) && cells[0].Length > 0 && !IsNumber(cells[0]));
        var first = rows.FirstOrDefault(r => r.Cells.Count > 1)?.Cells[0];
        var labelWidth = hasLabels && first is not null ? Math.Clamp(first.ColumnSpan, 1, width) : 1;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = gridRows[r];
            var line = rows[r].Line;
            var filled = cells.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            // A caption spanning the whole table (第二十条第（一）项) is one cell, not a row of repeated values; a row of one
            // number repeated (平潭 2020 prints section 四 as fifteen zeros) is values.
            if (filled.Count == 1 && !IsNumber(filled[0]) && cells.All(c => c.Length == 0 || c == filled[0]) && cells.Count(c => c.Length > 0) > 1)
            {
                yield return new SourceLine(line, filled[0], new SourceRow(line, filled[0], []));
                continue;
            }

            var labelParts = new List<string>();
            foreach (var part in cells.Take(labelWidth).Where(c => c.Length > 0))
            {
                if (labelParts.Count == 0 || labelParts[^1] != part)
                {
                    labelParts.Add(part);
                }
            }

            var label = string.Join(" / ", labelParts);
            var values = cells.Skip(labelWidth).ToList();
            yield return new SourceLine(line, string.Join(" | ", [label, .. values]), new SourceRow(line, label, values));
        }
    }

    private static bool IsNumber(string text) => CellText.Parse(text).Value is { IsBlank: false };
}
