namespace OpenData.Site.Import;

/// <summary>A table row as read from the source: its label (a path of segments joined by " / ") and its value cells.</summary>
/// <param name="Line">The 1-based line of the source where the row starts.</param>
/// <param name="Label">The label cell as printed; for a row without a label column, the first value.</param>
/// <param name="Cells">The remaining cells, left to right, as printed (blank cells are empty strings).</param>
/// <param name="IsIncomplete">Whether the source ended before the row had all its cells (a one-cell-per-line table cut off).</param>
internal sealed record SourceRow(int Line, string Label, IReadOnlyList<string> Cells, bool IsIncomplete = false)
{
    /// <summary>The label's path segments (上海 prints <c>三、本年度办理结果 / （一）予以公开</c>).</summary>
    public IReadOnlyList<string> Segments =>
        [.. Label.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The last segment of the label path: the row's own label.</summary>
    public string LastSegment => Segments is [.., var last] ? last : "";

    /// <summary>The label cell followed by the value cells.</summary>
    public IReadOnlyList<string> AllCells => [Label, .. Cells];
}
