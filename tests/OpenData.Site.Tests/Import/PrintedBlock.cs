using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A piece of a report as a test prints it into a Word or Excel file: a paragraph of text, or a table.</summary>
/// <param name="Text">The paragraph's text, or <see langword="null"/> for a table.</param>
/// <param name="Rows">The table's rows, each listing the cells that start in it (HTML style: a cell covered by a span from above is left out); a <c>\n</c> in a cell wraps it.</param>
internal sealed record PrintedBlock(string? Text, IReadOnlyList<IReadOnlyList<GridCell>>? Rows = null)
{
    public static PrintedBlock Paragraph(string text) => new(text);

    public static PrintedBlock Table(params IReadOnlyList<GridCell>[] rows) => new(null, rows);

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
