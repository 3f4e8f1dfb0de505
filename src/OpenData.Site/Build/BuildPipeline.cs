namespace OpenData.Site;

/// <summary><c>opendata build</c> as named steps, in order; the method body is the build's table of contents.</summary>
/// <param name="time">The clock (used only to tell which report years lie in the future).</param>
/// <param name="allowErrors">Publish even when validation errors are not acknowledged (they are flagged on the pages);
/// by default such a build fails, so a typing slip is never published unnoticed.</param>
internal sealed class BuildPipeline(TimeProvider time, bool allowErrors = false)
{
    /// <summary>The number of named steps, for progress displays.</summary>
    public const int StepCount = 11;

    private readonly List<StepTiming> _timings = [];

    public IReadOnlyList<StepTiming> Timings => _timings;

    /// <summary>Called as each step starts, with its name and number (1-based).</summary>
    public Action<string, int>? StepStarting { get; init; }

    /// <summary>The findings of the last run's validate step.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public SiteFiles Run(string dataFolder, string inputFolder, string outputFolder, string? baseUrl)
    {
        // Settings and pages first: a broken site.json stops the build before any data is read.
        var settings = Step("load settings", () => SettingsLoader.Load(inputFolder, baseUrl));
        var pages = Step("load pages", () => SettingsLoader.LoadPages(inputFolder));

        // Every bad data file is reported at once, named with its place, and nothing is built from a partial load.
        var data = Step("load data", () => LoadData(dataFolder));

        // Published figures are checked, never corrected: findings are shown on the site, not fatal.
        // Files are named as data/<agency>/<year>.json wherever the data folder is, so the same input publishes the same bytes.
        var findings = Step("validate", () => Validate(data, dataFolder));
        Findings = findings;
        if (!allowErrors)
        {
            RefuseUnacknowledgedErrors(findings);
        }

        // Year-over-year changes and the crosswalk between form versions, computed once for every page.
        var site = Step("compare", () => new SiteModel(settings, pages, data, findings));

        // Every page and chart is known before rendering, so links can be checked against the plan.
        var plan = Step("plan routes", () => RoutePlan.Create(site));
        var files = new SiteFiles();
        Step("render pages", () => SiteBuilder.RenderPages(plan, files));
        // Charts are cached on disk by content hash: drawing is the slowest step and most charts do not change between builds.
        Step("render charts", () => SiteBuilder.RenderCharts(plan, files, ChartCacheFolder(outputFolder)));
        // XLSX packages are cached like charts, keyed by the content of their rows.
        Step("write datasets", () => SiteBuilder.WriteDatasets(site, files, CacheFolder(outputFolder, "xlsx")));
        Step("write metadata", () => SiteBuilder.WriteMetadata(site, files));

        // Only a complete site replaces the previous output.
        Step("commit", () => OutputCommitter.Commit(files, outputFolder));
        return files;
    }

    /// <summary>Where charts are kept between builds: <c>.opendata-cache/charts</c> beside the output folder.</summary>
    public static string ChartCacheFolder(string outputFolder) => CacheFolder(outputFolder, "charts");

    /// <summary>A cache folder kept between builds: <c>.opendata-cache/&lt;kind&gt;</c> beside the output folder.</summary>
    public static string CacheFolder(string outputFolder, string kind) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar))!, ".opendata-cache", kind);

    private DataSet LoadData(string folder)
    {
        var data = DataSet.Load(folder, time);
        var blocking = data.Findings.Where(f => f.IsBlocking).ToList();
        if (blocking.Count > 0)
        {
            throw new BuildFailedException([.. blocking.Select(f => new BuildProblem(f.File ?? folder, f.Path, $"{f.Rule}: {f.MessageZh} | {f.MessageEn}"))]);
        }

        return data;
    }

    // A published inconsistency is acknowledged in its data file with a reason; anything else is a slip to look at first.
    private static void RefuseUnacknowledgedErrors(List<Finding> findings)
    {
        var blocking = findings.Where(f => f.IsBlocking).ToList();
        if (blocking.Count > 0)
        {
            throw new BuildFailedException([
                .. blocking.Select(f => new BuildProblem(f.File ?? "data", f.Path, $"{f.Rule}: {f.MessageZh} | {f.MessageEn}")),
                new BuildProblem("data", null, $"{blocking.Count} unacknowledged errors: correct a slip, or acknowledge a published inconsistency in the data file (\"acknowledged\": rule, code, reason), or build with --allow-errors to publish them flagged"),
            ]);
        }
    }

    /// <summary>Every finding of the data set, with files named as published.</summary>
    internal static List<Finding> Validate(DataSet data, string dataFolder) =>
        [.. Validator.Validate(data).Findings.Select(f => f with { File = PublishedName(f.File, dataFolder) })];

    /// <summary>A data file's name as published: <c>data/</c> and its path inside the data folder.</summary>
    internal static string? PublishedName(string? file, string dataFolder)
    {
        var root = dataFolder.TrimEnd('/', '\\');
        return file is not null && file.StartsWith(root + "/", StringComparison.Ordinal) ? "data" + file[root.Length..] : file;
    }

    private T Step<T>(string name, Func<T> step)
    {
        StepStarting?.Invoke(name, _timings.Count + 1);
        var start = time.GetTimestamp();
        var result = step();
        _timings.Add(new StepTiming(name, time.GetElapsedTime(start)));
        return result;
    }

    private void Step(string name, Action step) => Step(name, () =>
    {
        step();
        return true;
    });

    public void WriteSummary(TextWriter output, SiteFiles files)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var timing in _timings)
        {
            output.WriteLine(string.Create(culture, $"  {timing.Step,-16} {timing.Elapsed.TotalMilliseconds,8:0} ms"));
        }

        var total = _timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        output.WriteLine(string.Create(culture, $"  {"total",-16} {total.TotalMilliseconds,8:0} ms"));
        var pages = files.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        var charts = files.Paths.Count(p => p.EndsWith(".svg", StringComparison.Ordinal));
        var errors = Findings.Count(f => f.Severity == Severity.Error);
        var warnings = Findings.Count(f => f.Severity == Severity.Warning);
        var acknowledged = Findings.Count(f => f.IsAcknowledged);
        var info = Findings.Count(f => f.Severity == Severity.Info);
        output.WriteLine(string.Create(culture,
            $"  {pages} pages, {charts} charts, {files.Count} files; findings: {errors} errors, {warnings} warnings ({acknowledged} of them acknowledged), {info} info"));
    }
}
