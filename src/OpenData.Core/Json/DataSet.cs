using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData;

/// <summary>Every agency and report of a data folder, loaded together, with every problem found on the way.</summary>
/// <remarks>
/// The folder holds one sub-folder per agency (<c>&lt;id&gt;/agency.json</c> and <c>&lt;id&gt;/&lt;year&gt;.json</c>) and the
/// JSON Schemas at its root. Loading collects all findings instead of stopping at the first; reports that cannot be read
/// are left out and named in <see cref="Findings"/>.
/// </remarks>
public sealed partial class DataSet
{
    // How findings name the data folder; null for a data set held in memory.
    private readonly string? _folder;

    private DataSet(IReadOnlyList<Agency> agencies, IReadOnlyList<SourcedReport> reports, IReadOnlyList<Finding> findings, string? folder = null)
    {
        _folder = folder;
        Agencies = agencies;
        Reports = reports;
        Findings = findings;
    }

    /// <summary>The agencies, ordered by id.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The reports that could be read, ordered by agency id then year, each with its file.</summary>
    public IReadOnlyList<SourcedReport> Reports { get; }

    /// <summary>Problems found while loading (bad files, names, duplicates), in file order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Creates a data set from reports held in memory (no files).</summary>
    public static DataSet FromReports(IEnumerable<Agency> agencies, IEnumerable<SourcedReport> reports) =>
        new([.. agencies.OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. reports.OrderBy(r => r.Report.Agency, StringComparer.Ordinal).ThenBy(r => r.Report.Year)],
            []);

    /// <summary>How findings name a file of an agency's folder (<c>agency.json</c>, <c>2021.json</c>); null in memory.</summary>
    internal string? FileOf(string agencyId, string name) => _folder is null ? null : $"{_folder}/{agencyId}/{name}";

    /// <summary>The reports of one agency, oldest first.</summary>
    public IReadOnlyList<SourcedReport> ReportsOf(string agencyId) =>
        [.. Reports.Where(r => string.Equals(r.Report.Agency, agencyId, StringComparison.Ordinal))];

    /// <summary>Loads a data folder.</summary>
    /// <param name="directory">The data folder.</param>
    /// <param name="timeProvider">The clock that decides which report years lie in the future; the system clock by default.</param>
    public static DataSet Load(string directory, TimeProvider? timeProvider = null)
    {
        var findings = new List<Finding>();
        var agencies = new List<Agency>();
        var reports = new List<SourcedReport>();
        var display = directory.TrimEnd('/', '\\');
        if (File.Exists(directory))
        {
            findings.Add(new Finding("D-FILE", Severity.Error, "数据目录是一个文件，不是文件夹", "the data folder is a file, not a folder") { File = display });
            return new DataSet(agencies, reports, findings);
        }

        if (!Directory.Exists(directory))
        {
            findings.Add(new Finding("D-FILE", Severity.Error, "数据目录不存在", "the data folder does not exist") { File = display });
            return new DataSet(agencies, reports, findings);
        }

        var maxYear = (timeProvider ?? TimeProvider.System).GetLocalNow().Year;
        // Agencies are independent: read them in parallel, then join their results in folder order, so the outcome never
        // depends on the number of cores.
        var folders = Directory.GetDirectories(directory).Order(StringComparer.Ordinal).ToArray();
        var loaded = new (List<Agency> Agencies, List<SourcedReport> Reports, List<Finding> Findings)[folders.Length];
        Parallel.For(0, folders.Length, i =>
        {
            var part = (new List<Agency>(1), new List<SourcedReport>(), new List<Finding>());
            LoadAgency(folders[i], $"{display}/{Path.GetFileName(folders[i])}", maxYear, part.Item1, part.Item2, part.Item3);
            loaded[i] = part;
        });
        foreach (var part in loaded)
        {
            agencies.AddRange(part.Agencies);
            reports.AddRange(part.Reports);
            findings.AddRange(part.Findings);
        }

        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name is not (DataFiles.ReportSchemaFileName or DataFiles.AgencySchemaFileName) && !name.StartsWith('.') && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new Finding("D-NAME", Severity.Warning,
                    "数据目录根下的文件被忽略：报告应放在 <机构代码>/<年份>.json",
                    "file ignored at the root of the data folder: reports belong in <agency-id>/<year>.json")
                { File = $"{display}/{name}" });
            }
        }

        if (agencies.Count == 0 && findings.Count == 0)
        {
            findings.Add(new Finding("D-EMPTY", Severity.Error, "数据目录中没有任何机构", "the data folder holds no agency") { File = display });
        }

        return new DataSet(
            [.. agencies.OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. reports.OrderBy(r => r.Report.Agency, StringComparer.Ordinal).ThenBy(r => r.Report.Year)],
            findings,
            display);
    }

    private static void LoadAgency(string folder, string display, int maxYear, List<Agency> agencies, List<SourcedReport> reports, List<Finding> findings)
    {
        var id = Path.GetFileName(folder);
        if (id.StartsWith('.'))
        {
            return;
        }

        if (!AgencyIds.IsValid(id))
        {
            findings.Add(AgencyIds.Invalid(id, display, null));
            return;
        }

        var agencyFile = Path.Combine(folder, DataFiles.AgencyFileName);
        var agency = DataFiles.ReadAgency(agencyFile, $"{display}/{DataFiles.AgencyFileName}");
        findings.AddRange(agency.Findings);
        if (agency.Value is { } a)
        {
            if (!string.Equals(a.Id, id, StringComparison.Ordinal))
            {
                findings.Add(new Finding("D-NAME", Severity.Error,
                    $"agency.json 中的 id “{a.Id}” 与文件夹名 “{id}” 不一致",
                    $"the id \"{a.Id}\" in agency.json differs from the folder name \"{id}\"")
                { File = $"{display}/{DataFiles.AgencyFileName}", Path = "$.id", Agency = id });
            }

            agencies.Add(a with { Id = id });
        }

        var years = new Dictionary<int, string>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var fileDisplay = $"{display}/{name}";
            if (name == DataFiles.AgencyFileName || name.StartsWith('.'))
            {
                continue;
            }

            if (!YearFileName().IsMatch(name))
            {
                findings.Add(new Finding("D-NAME", Severity.Error,
                    "文件名应为 <年份>.json（例如 2025.json）", "the file name must be <year>.json (e.g. 2025.json)")
                { File = fileDisplay, Agency = id });
                continue;
            }

            var year = int.Parse(name.AsSpan(0, 4), CultureInfo.InvariantCulture);
            var loaded = DataFiles.ReadReport(file, fileDisplay);
            findings.AddRange(loaded.Findings);
            if (loaded.Value is not { } report)
            {
                continue;
            }

            var fileProblem = CheckPlacement(report, id, year, maxYear, fileDisplay);
            findings.AddRange(fileProblem);
            if (fileProblem.Count > 0 || loaded.Findings.Any(f => f.Rule == "D-FORM"))
            {
                continue;
            }

            if (!years.TryAdd(year, fileDisplay))
            {
                findings.Add(new Finding("D-DUP", Severity.Error,
                    $"{id} {year} 年有两个报告文件（另一个：{years[year]}）", $"two files for {id} {year} (the other: {years[year]})")
                { File = fileDisplay, Agency = id, Year = year });
                continue;
            }

            reports.Add(new SourcedReport(report, fileDisplay));
        }
    }

    private static List<Finding> CheckPlacement(Report report, string agencyId, int fileYear, int maxYear, string display)
    {
        var problems = new List<Finding>();
        if (!string.Equals(report.Agency, agencyId, StringComparison.Ordinal))
        {
            problems.Add(new Finding("D-NAME", Severity.Error,
                $"报告中的机构 “{report.Agency}” 与文件夹 “{agencyId}” 不一致", $"the report's agency \"{report.Agency}\" differs from its folder \"{agencyId}\"")
            { File = display, Path = "$.agency", Agency = agencyId, Year = fileYear });
        }

        if (report.Year != fileYear)
        {
            problems.Add(new Finding("D-NAME", Severity.Error,
                $"报告年份 {report.Year} 与文件名 {fileYear}.json 不一致", $"the report year {report.Year} differs from the file name {fileYear}.json")
            { File = display, Path = "$.year", Agency = agencyId, Year = fileYear });
        }

        if (report.Year < FirstReportYear || report.Year > maxYear)
        {
            problems.Add(new Finding("D-YEAR", Severity.Error,
                $"报告年份 {report.Year} 超出范围（{FirstReportYear}–{maxYear}）", $"report year {report.Year} is out of range ({FirstReportYear}–{maxYear})")
            { File = display, Path = "$.year", Agency = agencyId, Year = report.Year });
        }

        return problems;
    }

    /// <summary>The first year annual reports were published (the 条例 took effect on 2008-05-01).</summary>
    public const int FirstReportYear = 2008;

    [GeneratedRegex(@"^\d{4}\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFileName();
}
