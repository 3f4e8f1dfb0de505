namespace OpenData.Site.Import;

/// <summary>A line of the report as read: text of the narrative, or a table row.</summary>
/// <param name="Number">The 1-based line in the source file.</param>
/// <param name="Text">The text of the line (for a table row, its cells joined by " | ").</param>
/// <param name="Row">The table row the line holds, or <see langword="null"/> for text.</param>
internal sealed record SourceLine(int Number, string Text, SourceRow? Row = null)
{
    /// <summary>The 1-based page the line is printed on (PDF), or <see langword="null"/> where the format has no pages.</summary>
    public int? Page { get; init; }
}
