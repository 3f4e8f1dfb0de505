namespace OpenData.Site.Import;

/// <summary>A cell of a table where it stands: from its first column to its last, and the row it starts in.</summary>
/// <param name="Start">The first column it covers.</param>
/// <param name="End">The last column it covers.</param>
/// <param name="Text">Its text; <c>""</c> for a blank cell.</param>
/// <param name="Top">The index of the row it starts in: a cell spanning rows is printed once, there, and covers the rows below.</param>
/// <param name="RowSpan">The rows it covers.</param>
internal sealed record PlacedCell(int Start, int End, string Text, int Top, int RowSpan)
{
    public bool IsNumber { get; } = CellText.Parse(Text).Value is { IsBlank: false };

    /// <summary>A number or a blank: where a table's values stand (its labels and headings are text).</summary>
    public bool IsValue => IsNumber || Text.Length == 0;
}
