namespace OpenData.Site;

/// <summary>What a chart shows, independent of how it is drawn; its content hash is the chart's cache key.</summary>
/// <param name="Title">The chart title (also the SVG <c>&lt;title&gt;</c>).</param>
/// <param name="Description">A sentence describing the data for screen readers (the SVG <c>&lt;desc&gt;</c>).</param>
/// <param name="Kind">Line (a trend over years) or bar (a ranking).</param>
/// <param name="Labels">The x labels: years for a line chart, agency names for a bar chart.</param>
/// <param name="Values">One value per label; <see langword="null"/> is a blank and is left out, never drawn as 0.</param>
/// <param name="Breaks">For a line chart, the years at which the form changes (marked with a dashed line).</param>
/// <param name="Unit">The unit shown on the value axis.</param>
internal sealed record ChartSeries(
    string Title,
    string Description,
    ChartKind Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyList<decimal?> Values,
    IReadOnlyList<string> Breaks,
    string Unit)
{
    /// <summary>Everything that affects the drawing, as one text (the chart's cache key is its hash): fields are separated
    /// by U+001F and list items by U+001E, which no title, label or unit has.</summary>
    public string Content() => string.Join('\u001f', [Title, Description, Kind.ToString(), Unit,
        string.Join('\u001e', Labels), string.Join('\u001e', Values.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")),
        string.Join('\u001e', Breaks)]);
}
