namespace OpenData.Site.Import;

/// <summary>One printed cell of a table as a reader found it: its text and how many rows and columns it spans.</summary>
/// <param name="Text">The cell's text, whitespace collapsed; <c>""</c> for a blank cell.</param>
/// <param name="RowSpan">Rows covered (HTML <c>rowspan</c>, Word <c>vMerge</c>, a merged range in Excel); 1 for a plain cell.</param>
/// <param name="ColumnSpan">Columns covered (HTML <c>colspan</c>, Word <c>gridSpan</c>, a merged range in Excel); 1 for a plain cell.</param>
internal sealed record GridCell(string Text, int RowSpan = 1, int ColumnSpan = 1);
