namespace OpenData.Site.Import;

/// <summary>A row of the form found in a flattened text: its codes, the digits printed after its label, and every reading of them.</summary>
/// <param name="Label">The row's label as the form prints it (for section 四, the table's title).</param>
/// <param name="Codes">The row's indicator codes, in column order.</param>
/// <param name="Digits">The digits (with spaces, points and minus signs) printed after the label.</param>
/// <param name="Line">The source line the digits are on.</param>
/// <param name="Readings">The cuts of <paramref name="Digits"/> into the row's cells that fit the rules within the row, or <see langword="null"/> when there were too many to list.</param>
/// <param name="Printed">The one cut of <paramref name="Digits"/> when they can be cut only one way (as many digits as cells, or cells kept apart by spaces): what the row printed, whether or not it fits the rules.</param>
internal sealed record FlatRow(string Label, IReadOnlyList<string> Codes, string Digits, int Line, List<decimal[]>? Readings, decimal[]? Printed);
