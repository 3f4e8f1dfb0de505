namespace OpenData.Site.Tests.Import;

/// <summary>The line of a wrapped row label that carries its numbers.</summary>
internal enum NumbersLine
{
    First,
    Middle,
    Last,
}
