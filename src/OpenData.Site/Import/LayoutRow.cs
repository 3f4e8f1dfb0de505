namespace OpenData.Site.Import;

/// <summary>A row of a <see cref="LayoutTable"/>: the label it is printed with, its match keys and its indicator codes.</summary>
/// <param name="Order">The row's position among all rows of the form, for matching repeated labels in printed order.</param>
/// <param name="Label">The label as the form prints it.</param>
/// <param name="Codes">The indicator of each column; empty for a heading row.</param>
/// <param name="Table">The table the row belongs to.</param>
internal sealed record LayoutRow(int Order, string Label, IReadOnlyList<string> Codes, LayoutTable Table)
{
    public bool IsHeader => Codes.Count == 0;
}
