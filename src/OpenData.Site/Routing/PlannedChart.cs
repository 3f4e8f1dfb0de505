namespace OpenData.Site;

/// <summary>A chart file the site will have, with the chart's data as CSV beside it when <paramref name="CsvPath"/> is set;
/// the series is made only when the chart is drawn.</summary>
internal sealed record PlannedChart(string Path, string? CsvPath, FileScope Scope, Func<ChartSeries> Series);
