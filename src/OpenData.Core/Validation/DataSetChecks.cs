using System.Globalization;

namespace OpenData;

/// <summary>Checks that look at more than one file: the agencies' hierarchy and each agency's series of years.</summary>
internal static class DataSetChecks
{
    /// <summary>Every parent names an agency of the data set, and no chain of parents comes back to where it started.</summary>
    public static IEnumerable<Finding> Hierarchy(DataSet data)
    {
        var byId = data.Agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var agency in data.Agencies)
        {
            if (agency.Parent is not { } parent || !AgencyIds.IsValid(parent))
            {
                continue;
            }

            var file = data.FileOf(agency.Id, DataFiles.AgencyFileName);
            if (!byId.ContainsKey(parent))
            {
                yield return new Finding("A-PARENT", Severity.Error,
                    $"上级机构“{parent}”不在数据目录中：应为另一机构文件夹的名称",
                    $"the parent \"{parent}\" is not an agency of the data folder: use the folder name of another agency")
                { File = file, Path = "$.parent", Agency = agency.Id };
                continue;
            }

            if (Cycle(agency.Id, byId) is { } cycle && string.Equals(cycle.Min(StringComparer.Ordinal), agency.Id, StringComparison.Ordinal))
            {
                // One finding for each loop, on the agency of the loop whose id sorts first.
                var path = string.Join(" → ", [.. cycle, agency.Id]);
                yield return new Finding("A-CYCLE", Severity.Error,
                    $"上级机构形成循环：{path}", $"the parents form a loop: {path}")
                { File = file, Path = "$.parent", Agency = agency.Id };
            }
        }
    }

    /// <summary>Years missing between an agency's first and last report, and the cross-year rules that could not be
    /// checked because the year before a report is missing.</summary>
    public static IEnumerable<Finding> Series(DataSet data, IReadOnlyList<SourcedReport> reports)
    {
        var years = reports.Select(r => r.Report.Year).ToHashSet();
        if (reports.Count == 0)
        {
            yield break;
        }

        var agency = reports[0].Report.Agency;
        var (first, last) = (years.Min(), years.Max());
        for (var year = first + 1; year < last; year++)
        {
            if (!years.Contains(year))
            {
                yield return new Finding("C-GAP", Severity.Warning,
                    $"缺少 {year} 年度报告（该机构有 {first}–{last} 年的其他报告）",
                    $"the {year} report is missing (the agency has other reports from {first} to {last})")
                { File = data.FileOf(agency, Invariant($"{year}.json")), Agency = agency, Year = year };
            }
        }

        foreach (var sourced in reports)
        {
            var report = sourced.Report;
            if (report.Year == first || years.Contains(report.Year - 1) || report.FormDefinition is not { } form)
            {
                continue;
            }

            var skipped = form.Rules.Where(r => r.IsCrossYear && (r.FirstYear is null || report.Year >= r.FirstYear)).Select(r => r.Id).Distinct().ToList();
            if (skipped.Count > 0)
            {
                yield return new Finding("C-SKIP", Severity.Info,
                    $"跨年度核对（{string.Join("、", skipped)}）未进行：缺少 {report.Year - 1} 年度报告",
                    $"the cross-year checks ({string.Join(", ", skipped)}) were not made: the {report.Year - 1} report is missing")
                { File = sourced.File, Agency = agency, Year = report.Year };
            }
        }
    }

    /// <summary>A publication date after the legal deadline (late), or before the report year ended (a typing slip).</summary>
    public static Finding? PublicationDate(Report report, AgencyLevel? level)
    {
        if (report.Provenance?.PublishedOn is not { } published)
        {
            return null;
        }

        var deadline = PublicationDeadline.For(report.Year, level);
        if (published > deadline)
        {
            var days = published.DayNumber - deadline.DayNumber;
            var (basis, basisEn) = PublicationDeadline.Basis(report.Year, level);
            return new Finding("C-LATE", Severity.Warning,
                Invariant($"{report.Year} 年度报告于 {published:yyyy-MM-dd} 发布，晚于法定期限 {deadline:yyyy-MM-dd} {days} 天（{basis}）"),
                Invariant($"the {report.Year} report was published on {published:yyyy-MM-dd}, {days} days after the legal deadline of {deadline:yyyy-MM-dd} ({basisEn})"))
            { Path = "$.provenance.publishedOn" };
        }

        if (published.Year <= report.Year)
        {
            return new Finding("C-DATE", Severity.Warning,
                Invariant($"发布日期 {published:yyyy-MM-dd} 早于 {report.Year} 年结束：请核对日期"),
                Invariant($"the publication date {published:yyyy-MM-dd} is before the end of {report.Year}: check the date"))
            { Path = "$.provenance.publishedOn" };
        }

        return null;
    }

    // The agencies of the loop that the agency's chain of parents makes back to it, or null when the chain ends.
    private static List<string>? Cycle(string start, Dictionary<string, Agency> byId)
    {
        var chain = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var current = byId[start].Parent;
        while (current is not null && byId.TryGetValue(current, out var next))
        {
            if (string.Equals(current, start, StringComparison.Ordinal))
            {
                return chain;
            }

            if (!seen.Add(current))
            {
                return null; // a loop further up, which its own members report
            }

            chain.Add(current);
            current = next.Parent;
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
