using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A piece of a report as a test prints it into a Word or Excel file: a paragraph of text, or a table.</summary>
/// <param name="Text">The paragraph's text, or <see langword="null"/> for a table.</param>
/// <param name="Rows">The table's rows, each listing the cells that start in it (HTML style: a cell covered by a span from above is left out); a <c>\n</c> in a cell wraps it.</param>
internal sealed record PrintedBlock(string? Text, IReadOnlyList<IReadOnlyList<GridCell>>? Rows = null)
{
    public static PrintedBlock Paragraph(string text) => new(text);

    public static PrintedBlock Table(params IReadOnlyList<GridCell>[] rows) => new(null, rows);

    /// <summary>
    /// The blocks as a report laid out in a spreadsheet prints them: the paragraphs before the first table as they are, and
    /// everything from the first table on as one table on a grid of <paramref name="width"/> narrow columns, one block
    /// under another with no gap — a paragraph one cell across the grid, each table's column edges falling where
    /// <paramref name="random"/> says, every cell (a blank one too) spanning the grid columns between its edges.
    /// </summary>
    public static List<PrintedBlock> OnGrid(IReadOnlyList<PrintedBlock> blocks, Random random, int width = 40)
    {
        var leading = blocks.TakeWhile(b => b.Rows is null).ToList();
        var rows = new List<IReadOnlyList<GridCell>>();
        foreach (var block in blocks.Skip(leading.Count))
        {
            if (block.Rows is null)
            {
                rows.Add([new GridCell(block.Text ?? "", 1, width)]);
                continue;
            }

            var (placed, tableWidth) = Place(block.Rows);
            int[] edges = [0, .. Enumerable.Range(1, width - 1).OrderBy(_ => random.Next()).Take(tableWidth - 1).Order(), width];
            for (var r = 0; r < block.Rows.Count; r++)
            {
                rows.Add([.. placed.Where(p => p.Row == r).OrderBy(p => p.Column)
                    .Select(p => p.Cell with { ColumnSpan = edges[p.Column + p.Cell.ColumnSpan] - edges[p.Column] })]);
            }
        }

        return rows.Count == 0 ? leading : [.. leading, new PrintedBlock(null, rows)];
    }

    /// <summary>Where each cell of a table sits: its row, its first column, and the table's width, placed as HTML places spans.</summary>
    public static (List<(int Row, int Column, GridCell Cell)> Cells, int Width) Place(IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        var taken = new HashSet<(int, int)>();
        var placed = new List<(int Row, int Column, GridCell Cell)>();
        var width = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r])
            {
                while (taken.Contains((r, column)))
                {
                    column++;
                }

                placed.Add((r, column, cell));
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        taken.Add((r + dr, column + dc));
                    }
                }

                column += cell.ColumnSpan;
                width = Math.Max(width, column);
            }
        }

        return (placed, width);
    }
}
