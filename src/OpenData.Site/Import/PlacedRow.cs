namespace OpenData.Site.Import;

/// <summary>A row of a table with its cells where they stand, those covering it from rows above included.</summary>
/// <param name="Index">The row's index in the table (or sheet block) it was read from.</param>
/// <param name="Line">The row's line in the source.</param>
/// <param name="Cells">Its cells left to right; a cell spanning rows appears in each row it covers.</param>
/// <param name="IsCaption">Whether the row is one text across the whole width of its table and nothing else (a caption or a heading).</param>
internal sealed record PlacedRow(int Index, int Line, List<PlacedCell> Cells, bool IsCaption)
{
    public bool HasNumbers { get; } = Cells.Any(c => c.IsNumber);

    /// <summary>Where the row's cells stand and which hold values: rows with one layout cross other rows alike.</summary>
    public string Layout { get; } = string.Join(' ', Cells.Select(c => $"{c.Start}-{c.End}{(c.IsValue ? 'v' : 't')}"));

    /// <summary>A row of <paramref name="cells"/> in a table from column <paramref name="left"/> to <paramref name="right"/>.</summary>
    public static PlacedRow Of(int index, int line, List<PlacedCell> cells, int left, int right) =>
        new(index, line, cells, right > left && cells is [{ IsNumber: false, Text.Length: > 0 } only] && only.Start <= left && only.End >= right);

    // The row's values (numbers and blanks), and its label (or top-left heading) unless it is a caption.
    private IEnumerable<PlacedCell> Values => Cells.Where(c => c.IsValue);

    private IEnumerable<PlacedCell> Label => IsCaption || Cells.Count == 0 ? [] : [Cells[0]];

    /// <summary>
    /// Whether the two rows are laid out on different columns: a cell of one starts inside a value of the other, or a value of
    /// one inside the other's label (a label may hold the shorter labels of the rows of its group, and a heading over several
    /// columns the cells below it, but not where another row has a value).
    /// </summary>
    public bool Crosses(PlacedRow other) =>
        StartsInside(Cells, other.Values) || StartsInside(other.Cells, Values) || StartsInside(Values, other.Label) || StartsInside(other.Values, Label);

    /// <summary>Whether a cell of this row starts inside any cell of the other: this row is not on the other's columns.</summary>
    public bool StartsInsideCellsOf(PlacedRow other) => StartsInside(Cells, other.Cells);

    private static bool StartsInside(IEnumerable<PlacedCell> cells, IEnumerable<PlacedCell> others) =>
        cells.Any(c => others.Any(o => o.Start < c.Start && c.Start <= o.End));
}
