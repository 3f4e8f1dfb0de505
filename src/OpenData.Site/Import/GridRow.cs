namespace OpenData.Site.Import;

/// <summary>One row of a table as printed: its line in the source and the cells that start in it, left to right.</summary>
/// <param name="Line">The 1-based line of the source (HTML line, Word paragraph/row number, sheet row number).</param>
/// <param name="Cells">The cells starting in this row; cells covered by a span from a row above are left out.</param>
internal sealed record GridRow(int Line, IReadOnlyList<GridCell> Cells);
