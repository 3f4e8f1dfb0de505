namespace OpenData.Site.Tests.Import;

/// <summary>How <see cref="LayoutCopy"/> prints a report's tables.</summary>
/// <param name="LabelWidth">The width a row label wraps at, in characters (0: never).</param>
/// <param name="HeadingWidth">The width of a merged heading's column, in characters.</param>
/// <param name="Numbers">Which line of a wrapped label carries the row's numbers.</param>
/// <param name="HeadingGap">What stands between a heading's piece and the row label on a line.</param>
/// <param name="CellGap">What stands between cells.</param>
internal sealed record LayoutStyle(int LabelWidth, int HeadingWidth, NumbersLine Numbers, string HeadingGap, string CellGap);
