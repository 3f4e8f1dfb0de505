namespace OpenData.Site;

/// <summary><c>opendata build</c> as named steps, in order; the method body is the build's table of contents.</summary>
/// <param name="time">The clock (used only to tell which report years lie in the future).</param>
/// <param name="charts">Draw charts (<c>--no-charts</c> leaves them out for a quicker build; pages then show tables only).</param>
/// <param name="allowErrors">Publish even when validation errors are not acknowledged (they are flagged on the pages);
/// by default such a build fails, so a typing slip is never published unnoticed.</param>
internal sealed class BuildPipeline(TimeProvider time, bool allowErrors = false, bool charts = true)
{
    /// <summary>Make and write every file, whatever the last build left (<c>opendata build --clean</c>).</summary>
    public bool Clean { get; init; }

    /// <summary>The number of named steps, for progress displays.</summary>
    public const int StepCount = 13;

    // Named once: the summary reads this step's time to say what drawing the charts cost.
    private const string ChartStep = "render charts";

    private readonly List<StepTiming> _timings = [];

    public IReadOnlyList<StepTiming> Timings => _timings;

    /// <summary>Called as each step starts, with its name and number (1-based).</summary>
    public Action<string, int>? StepStarting { get; init; }

    /// <summary>The findings of the last run's validate step (empty when the inputs had not changed and nothing was loaded).</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>What the build did that its author should know, once the settings are loaded (<see cref="SiteSettings.Warnings"/>);
    /// none when nothing changed and nothing was loaded.</summary>
    public IReadOnlyList<BuildProblem> Warnings { get; private set; } = [];

    public BuildResult Run(string dataFolder, string inputFolder, string outputFolder, string? baseUrl)
    {
        using var buildLock = BuildLock.Acquire(outputFolder);

        // Hashing every input is cheap; when nothing changed since the last build of this output, nothing is loaded,
        // rendered or written. A commit that a stopped build left half-applied is finished first.
        var statePath = BuildState.PathFor(outputFolder);
        var (fingerprint, previous) = Step("check inputs", () =>
        {
            SiteOutput.Recover(outputFolder);
            var options = FormattableString.Invariant($"base={baseUrl}\ncharts={charts}");
            var state = Clean ? null : BuildState.Read(statePath, withFiles: false);
            // The manifest is read and hashed on another thread while the inputs are.
            var matches = state is null ? null : Task.Run(() => OutputMatches(outputFolder, state.Manifest));
            var fingerprint = BuildFingerprint.Compute(dataFolder, inputFolder, options, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
            return (fingerprint, matches is not null && matches.GetAwaiter().GetResult() ? state : null);
        });
        if (previous is not null && previous.Site == fingerprint.Site && (previous.Summary.Blocking == 0 || allowErrors))
        {
            return new BuildResult(previous.Summary, Unchanged: true, Kept: previous.Summary.Files, Made: [], Written: 0, Deleted: 0);
        }

        // Settings and pages first: a broken site.json stops the build before any data is read.
        var settings = Step("load settings", () => SettingsLoader.Load(inputFolder, baseUrl));
        Warnings = settings.Warnings;
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

        // The site model: reports by agency, findings by report, the indicators that get a page. Year-over-year changes
        // and crosswalk series are computed by the pages that show them, so memory does not grow with every cell of the site.
        var site = Step("compare", () => new SiteModel(settings, pages, data, findings, charts, DateOnly.FromDateTime(time.GetLocalNow().DateTime)));

        // Every page and chart is known before rendering, so links can be checked against the plan.
        var plan = Step("plan routes", () => RoutePlan.Create(site));

        // Files stream to disk as they are made. A rebuild keeps the files whose inputs did not change
        // and writes only those whose bytes differ.
        var output = new SiteOutput(outputFolder, fingerprint, previous is null ? null : BuildState.Read(statePath, withFiles: true));
        Step("render pages", () =>
        {
            SiteBuilder.RenderPages(plan, output);
            // The stylesheet, the icon and the files of input/assets, which the pages link.
            SiteAssets.Write(settings, output);
        });
        // Charts are also cached on disk by content hash: drawing is the slowest step and most charts do not change between builds.
        var chartWork = Step(ChartStep, () => SiteBuilder.RenderCharts(plan, output, ChartCacheFolder(outputFolder)));
        Step("write datasets", () => SiteBuilder.WriteDatasets(site, output));
        Step("write metadata", () => SiteBuilder.WriteMetadata(site, output));
        Step("write search index", () => SearchIndex.Write(site, output));

        // Only a complete site replaces the previous output.
        var summary = Summarise(output.Paths, findings);
        var state = Step("commit", () => output.Commit(summary));
        var written = output.Written + output.Deleted;
        if (previous is null || previous.Site != fingerprint.Site || written > 0)
        {
            state.Write(statePath);
        }

        return new BuildResult(state.Summary, Unchanged: written == 0, output.Kept, output.MadePaths, output.Written, output.Deleted, chartWork);
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

    // The manifest lists the SHA-256 of every other file: equal to the one saved means the output is the one built last.
    // It is read in large pieces into one buffer (14 MB at 300 agencies × 10 years: no array of its size to allocate).
    private static bool OutputMatches(string outputFolder, string manifestHash)
    {
        var path = Path.Combine(outputFolder, Routes.Manifest);
        if (!File.Exists(path))
        {
            return false;
        }

        using var manifest = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            while ((read = manifest.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset()) == manifestHash;
    }

    private static BuildSummary Summarise(IReadOnlyCollection<string> paths, List<Finding> findings) => new(
        paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("assets/", StringComparison.Ordinal)),
        paths.Count(p => p.EndsWith(".svg", StringComparison.Ordinal) && !p.StartsWith("assets/", StringComparison.Ordinal)),
        paths.Count + 1,
        findings.Count(f => f.Severity == Severity.Error),
        findings.Count(f => f.Severity == Severity.Warning),
        findings.Count(f => f.IsAcknowledged),
        findings.Count(f => f.Severity == Severity.Info),
        findings.Count(f => f.IsBlocking));

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

    public void WriteSummary(TextWriter output, BuildResult result)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var timing in _timings)
        {
            output.WriteLine(string.Create(culture, $"  {timing.Step,-16} {timing.Elapsed.TotalMilliseconds,8:0} ms"));
        }

        var total = _timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        output.WriteLine(string.Create(culture, $"  {"total",-16} {total.TotalMilliseconds,8:0} ms"));
        var s = result.Summary;
        output.WriteLine(string.Create(culture,
            $"  {s.Pages} pages, {s.Charts} charts, {s.Files} files; findings: {s.Errors} errors, {s.Warnings} warnings ({s.Acknowledged} of them acknowledged), {s.Info} info"));
        output.WriteLine(result.Unchanged
            ? "  nothing changed: the output was left as it was"
            : string.Create(culture, $"  {result.Made.Count} files made, {result.Kept} kept from the last build; {result.Written} written, {result.Deleted} deleted"));
        if (result.Charts is { Drawn: > 0 } charts && _timings.Find(t => t.Step == ChartStep) is { } step)
        {
            output.WriteLine("  " + ChartLine(charts, step.Elapsed, Environment.ProcessorCount));
        }
    }

    /// <summary>What the charts cost: drawn and cached, the time spent drawing, and, when most charts were drawn, how much
    /// longer the step took than the drawing on each processor (what the step adds: series, caching, writing files).</summary>
    internal static string ChartLine(ChartWork charts, TimeSpan step, int processors)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var perThread = charts.Drawing / processors;
        return charts.Drawn >= charts.Cached && perThread > TimeSpan.Zero
            ? string.Create(culture, $"charts: {charts.Drawn} drawn ({charts.Drawing.TotalSeconds:0.0} s of drawing, {perThread.TotalSeconds:0.0} s on each of {processors} processors), {charts.Cached} from the cache; the step took {step.TotalSeconds:0.0} s, {(step / perThread) - 1:+0%;-0%} over drawing")
            : string.Create(culture, $"charts: {charts.Drawn} drawn ({charts.Drawing.TotalSeconds:0.00} s of drawing), {charts.Cached} from the cache; the step took {step.TotalSeconds:0.00} s");
    }
}

/// <summary>What a build did.</summary>
/// <param name="Summary">Pages, charts, files and findings of the site as built.</param>
/// <param name="Unchanged">Nothing in the output was written or deleted.</param>
/// <param name="Kept">Files kept from the previous build without being made again.</param>
/// <param name="Made">The files made (rendered or exported) by this build; the others were kept.</param>
/// <param name="Written">Files written to the output because their bytes changed.</param>
/// <param name="Deleted">Files of the previous build deleted because the site no longer has them.</param>
/// <param name="Charts">What drawing the charts cost, when the build got as far as drawing them.</param>
internal sealed record BuildResult(BuildSummary Summary, bool Unchanged, int Kept, IReadOnlyCollection<string> Made, int Written, int Deleted, ChartWork? Charts = null);
