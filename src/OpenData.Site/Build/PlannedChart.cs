namespace OpenData.Site;

/// <summary>A chart file the site will have, with the chart's data as CSV beside it when <paramref name="CsvPath"/> is set.</summary>
internal sealed record PlannedChart(string Path, ChartSeries Series, string? CsvPath);
