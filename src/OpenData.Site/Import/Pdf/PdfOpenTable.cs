namespace OpenData.Site.Import;

/// <summary>The lines of a table printed without rules, read so far: its header and rows, where the page printed them. Rows
/// that go on from it (on the next page, or after a wide gap) stand under its columns.</summary>
/// <param name="Lines">The table's lines, top to bottom.</param>
/// <param name="IsData">Whether each line is a row of values (the others are its header and wrapped labels).</param>
internal sealed record PdfOpenTable(IReadOnlyList<PdfTextLine> Lines, IReadOnlyList<bool> IsData);
