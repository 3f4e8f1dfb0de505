namespace OpenData.Tests;

/// <summary>The real reports shipped in data/, read through the public API.</summary>
internal static class ShippedData
{
    public static Report Load(string agency, int year)
    {
        var result = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, agency, $"{year}.json"));
        Assert.True(result.Value is not null, string.Join("\n", result.Findings));
        return result.Value!;
    }

    public static IReadOnlyList<Report> Pingtan() => [.. Enumerable.Range(2019, 7).Select(y => Load("pingtan", y))];

    /// <summary>A copy of a report with some values replaced (blank when the number is null).</summary>
    public static Report With(this Report report, params (string Code, decimal? Number)[] changes)
    {
        var values = new Dictionary<string, ReportValue>(report.Values, StringComparer.Ordinal);
        foreach (var (code, number) in changes)
        {
            values[code] = number is { } n ? ReportValue.Of(n) : ReportValue.Blank;
        }

        return report with { Values = values };
    }

    public static IEnumerable<Finding> Blocking(this ValidationResult result) => result.Findings.Where(f => f.IsBlocking);
}
