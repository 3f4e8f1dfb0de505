namespace OpenData.Site;

/// <summary>What a chart shows, independent of how it is drawn; its content hash is the chart's cache key.</summary>
/// <param name="Title">The chart title (also the SVG <c>&lt;title&gt;</c>).</param>
/// <param name="Description">A sentence describing the data for screen readers (the SVG <c>&lt;desc&gt;</c>).</param>
/// <param name="Kind">Line (a trend over years) or bar (a ranking).</param>
/// <param name="Labels">The x labels: years for a line chart, agency names for a bar chart.</param>
/// <param name="Values">One value per label. Only exact values are drawn: a blank is left out, never drawn as 0, and so is a
/// partial value (some of its cells blank), which is never drawn as its lower bound; the description says what it is, and
/// the chart's CSV gives it with status <c>partial</c>.</param>
/// <param name="Breaks">For a line chart, the years at which the form changes (marked with a dashed line).</param>
/// <param name="Unit">The unit shown on the value axis.</param>
/// <param name="Flags">For a line chart, the rule ids of the findings on each point (by index; empty for none, and
/// <see langword="null"/> when no point has any): a flagged point is drawn as published with a red ring around it, which
/// the caption of the page's figure explains; the description names the flagged years.</param>
internal sealed record ChartSeries(
    string Title,
    string Description,
    ChartKind Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyList<DerivedValue> Values,
    IReadOnlyList<string> Breaks,
    string Unit,
    IReadOnlyList<string>? Flags = null)
{
    /// <summary>Whether a point at <paramref name="index"/> has findings.</summary>
    public bool IsFlagged(int index) => Flags is { } flags && index < flags.Count && flags[index].Length > 0;

    /// <summary>Whether any point has findings (the chart then has the marker's legend).</summary>
    public bool HasFlags => Flags is { } flags && flags.Any(f => f.Length > 0);

    /// <summary>The values drawn: the exact ones, <see langword="null"/> for a blank or partial value (not drawn).</summary>
    public IEnumerable<decimal?> Drawn => Values.Select(v => v.Exact);

    /// <summary>Everything that affects the drawing, as one text (the chart's cache key is its hash): fields are separated
    /// by U+001F and list items by U+001E, which no title, label or unit has.</summary>
    public string Content() => string.Join('\u001f', [Title, Description, Kind.ToString(), Unit,
        string.Join('\u001e', Labels), string.Join('\u001e', Drawn.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")),
        string.Join('\u001e', Breaks), .. HasFlags ? [string.Join('\u001e', Flags!)] : Array.Empty<string>()]);
}
