namespace OpenData.Site.Tests.Import;

/// <summary>The line of a wrapped row label that carries its numbers.</summary>
internal enum NumbersLine
{
    First,
    Middle,
    Last,

    /// <summary>A line of numbers alone under the label's lines (a PDF's text in the order it was written).</summary>
    Below,
}
