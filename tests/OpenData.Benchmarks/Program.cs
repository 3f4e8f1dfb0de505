using System.Diagnostics;
using System.Globalization;
using OpenData.Benchmarks;
using OpenData.Site;
using OpenData.Site.Commands;

// Builds fictional sample sites (示例数据) of growing size and prints, for each: wall time per build step, pages,
// charts and files, and peak memory; then a rebuild with nothing changed and one with one report changed.
// The cold build is the median of three, each cold in a new process into a new folder (one varies by a quarter from run
// to run on a shared machine): the first in the size's process, printed in full, two more in a process of their own.
// Usage: dotnet run -c Release --project tests/OpenData.Benchmarks [-- 1x10 30x10 300x10] [--no-charts] [--memory]
//        [--baseline <published OpenData.Site program or dll>]
// Each size runs in a process of its own, so its peak working set is its own. After its builds it prints what the
// output is made of and the targets of issue #20, against a Hugo site of one tables-only page per report built in the
// same run (skipped without hugo on the PATH) and, with --baseline, beside the same sample built by that program.
// `-- micro [--filter *]` runs the BenchmarkDotNet micro-benchmarks of Micro/ instead.
// `-- import [files] [runs]` times `opendata import` of a folder of reports (100 files, 5 runs by default);
// `-- import-pdf [pages] [runs]` of one PDF report (10 pages, 5 runs).
if (args.Length > 0 && args[0] is "import" or "import-pdf")
{
    try
    {
        var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : args[0] == "import" ? 100 : 10;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        if (args[0] == "import")
        {
            ImportBenchmark.Run(size, runs);
        }
        else
        {
            ImportBenchmark.RunPdf(size, runs);
        }
    }
    catch (InvalidOperationException failed)
    {
        Console.Error.WriteLine(failed.Message);
        Environment.ExitCode = 1;
    }

    return;
}

if (args.Length > 0 && args[0] == "micro")
{
    OpenData.Benchmarks.Micro.MicroBenchmarks.Run(args[1..]);
    return;
}

// Internal: one more cold build of a size's sample, started by the size's process, which reads its `cold-only:` line.
if (args.FirstOrDefault() == "--cold-only")
{
    if (args.Length < 4)
    {
        Console.Error.WriteLine("--cold-only needs the data, input and output folders");
        Environment.ExitCode = 2;
        return;
    }

    var (wall, renderPages, pages) = Measure("cold build", args[1], args[2], args[3], args.Contains("--no-charts"), memory: false);
    if (renderPages is not { } step)
    {
        Console.Error.WriteLine("the cold build printed no render-pages step");
        Environment.ExitCode = 1;
        return;
    }

    Console.WriteLine(new ColdBuild(wall, step, pages).ToLine());
    return;
}

var noCharts = args.Contains("--no-charts");
var memory = args.Contains("--memory");
var baselineAt = Array.IndexOf(args, "--baseline");
if (baselineAt >= 0 && (baselineAt + 1 >= args.Length || !File.Exists(args[baselineAt + 1])))
{
    Console.Error.WriteLine("--baseline needs the path of a published OpenData.Site program (or its .dll)");
    Environment.ExitCode = 2;
    return;
}

var baseline = baselineAt >= 0 ? Path.GetFullPath(args[baselineAt + 1]) : null;
var sizes = args.Where((a, i) => a.Contains('x', StringComparison.Ordinal) && !a.StartsWith('-') && (baselineAt < 0 || i != baselineAt + 1)).ToList();
if (args.FirstOrDefault() == "--size")
{
    try
    {
        RunSize(args[1], noCharts, memory, baseline);
    }
    catch (InvalidOperationException failed)
    {
        Console.Error.WriteLine(failed.Message);
        Environment.ExitCode = 1;
    }

    return;
}

if (sizes.Count == 0)
{
    sizes = ["1x10", "30x10", "300x10"];
}

// Sites are deleted once every size has run: deleting one size's sites before the next size builds would make the
// next size's file creation dearer (see README, "Measure on a quiet disk").
try
{
    foreach (var size in sizes)
    {
        RunChild(size, noCharts, memory, baseline);
    }
}
catch (InvalidOperationException failed)
{
    Console.Error.WriteLine(failed.Message);
    Environment.ExitCode = 1;
}
finally
{
    foreach (var size in sizes)
    {
        var root = SizeRoot(size);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    Console.WriteLine("deleted the sample sites: wait five minutes before taking figures again");
}

static string SizeRoot(string size) => Path.Combine(Path.GetTempPath(), "opendata-bench", size);

// The arguments that start this program again with `arguments`: run by `dotnet`, it needs its dll first.
static IEnumerable<string> Itself(IEnumerable<string> arguments) =>
    (Environment.ProcessPath!.EndsWith("OpenData.Benchmarks", StringComparison.Ordinal)
        ? []
        : new[] { typeof(BuildPipeline).Assembly.Location.Replace("OpenData.Site.dll", "OpenData.Benchmarks.dll", StringComparison.Ordinal) })
    .Concat(arguments);

static void RunChild(string size, bool noCharts, bool memory, string? baseline)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    foreach (var argument in Itself(new[] { "--size", size }.Concat(noCharts ? ["--no-charts"] : []).Concat(memory ? ["--memory"] : [])
        .Concat(baseline is null ? [] : ["--baseline", baseline])))
    {
        start.ArgumentList.Add(argument);
    }

    using var child = Process.Start(start)!;
    child.WaitForExit();
    if (child.ExitCode != 0)
    {
        throw new InvalidOperationException($"the {size} benchmark failed (exit code {child.ExitCode})");
    }
}

static void RunSize(string size, bool noCharts, bool memory, string? baseline)
{
    var parts = size.Split('x');
    var agencies = int.Parse(parts[0], CultureInfo.InvariantCulture);
    var years = int.Parse(parts[1], CultureInfo.InvariantCulture);
    var root = SizeRoot(size);
    if (Directory.Exists(root))
    {
        // Left by a run that was stopped. ext4 makes creating files dearer for a few minutes after many were deleted, so
        // the cold builds below are slower than on a quiet disk; a run deletes its sites once all its sizes ran.
        Console.WriteLine($"note: deleting the sites of an earlier run ({root}) first: the cold builds below are pessimistic");
        Directory.Delete(root, recursive: true);
    }

    SampleCommand.Write(root, agencies, 2025 - years + 1, 2025, seed: 1);
    var data = Path.Combine(root, "data");
    var input = Path.Combine(root, "input");
    Console.WriteLine(FormattableString.Invariant($"== {agencies} agencies × {years} years ({agencies * years} reports of 示例数据){(noCharts ? ", --no-charts" : "")}"));
    var (firstWall, firstRenderPages, firstPages) = Measure("cold build", data, input, Path.Combine(root, "first", "output"), noCharts, memory);

    // Two more cold builds right after the first, each a new process into a new folder, nothing deleted in between; like
    // every timed build of this program, each starts once the disk has written what the build before left (QuietDisk), so
    // the three start on a disk in the same state, as Hugo and the previous release below do.
    var colds = new List<ColdBuild>
    {
        new(firstWall, firstRenderPages ?? throw new InvalidOperationException("the cold build printed no render-pages step"), firstPages),
    };
    foreach (var folder in new[] { "cold2", "cold3" })
    {
        colds.Add(ColdInNewProcess(data, input, Path.Combine(root, folder, "output"), noCharts));
    }

    var cold = ColdBuild.Median(colds);
    Console.WriteLine(FormattableString.Invariant(
        $"-- cold build: {string.Join(", ", colds.Select(c => FormattableString.Invariant($"{c.Wall.TotalSeconds:0.00} s")))} (three processes, each cold into a new folder): median {cold.Wall.TotalSeconds:0.00} s; render pages {string.Join(", ", colds.Select(c => c.RenderPages.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} s: median {cold.RenderPages.TotalSeconds:0.00} s"));

    // The yardsticks right after the cold builds, on the disk as they left it: Hugo, then the previous release.
    var reports = OpenData.DataSet.Load(data);
    var hugo = HugoBaseline.Run(reports, Path.Combine(root, "hugo"));
    Console.WriteLine(hugo.Time is { } hugoTime
        ? FormattableString.Invariant($"-- Hugo baseline (one tables-only page per report, `hugo --quiet`, a whole process, cold into a new folder): median {hugoTime.TotalSeconds:0.00} s of {string.Join(", ", hugo.Times.Select(t => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} s; {hugo.Pages:N0} pages ({hugo.Bytes:N0} bytes)")
        : $"-- Hugo baseline skipped: {hugo.Skipped}");
    Targets.Figures? previous = null;
    if (baseline is not null)
    {
        var previousOutput = Path.Combine(root, "previous", "output");
        var build = PreviousRelease.Run(baseline, data, input, previousOutput, noCharts);
        var rebuild = PreviousRelease.Run(baseline, data, input, previousOutput, noCharts);
        previous = new Targets.Figures(OutputFigures.Of(previousOutput), build.Time, build.RenderPages, build.Pages, rebuild.Time, "process start included");
        Console.WriteLine(FormattableString.Invariant($"-- previous release ({baseline}), cold build: {build.Time.TotalSeconds:0.00} s; no-change rebuild: {rebuild.Time.TotalSeconds:0.00} s (whole processes)"));
    }

    // The same cold build again in this process, into a new folder (nothing deleted first), without the just-in-time
    // compilation of a new process, as in `opendata serve` or a test run.
    var output = Path.Combine(root, "second", "output");
    Measure("cold build, warm process", data, input, output, noCharts, memory);
    var noChange = Measure("no-change rebuild", data, input, output, noCharts, memory);

    // Two cells of one report, one of them drawn in charts (its agency's 新收 trend, and that year's rankings).
    var one = Path.Combine(data, "sample-001", "2025.json");
    File.WriteAllText(one, File.ReadAllText(one)
        .Replace("\"s3.new.nat\": ", "\"s3.new.nat\": 1", StringComparison.Ordinal)
        .Replace("\"s3.new.tot\": ", "\"s3.new.tot\": 1", StringComparison.Ordinal));
    Measure("one report changed", data, input, output, noCharts, memory);

    // Last, so that no build above comes after the extra files it writes.
    var first = Path.Combine(root, "first", "output");
    var files = DiskFloor.FilesOf(first);
    Console.WriteLine("-- writing the cold build's files again from memory, nothing computed (the floor of any build that writes them):");
    var written = DiskFloor.Measure(first, Path.Combine(root, "floor", "all"), files);
    Console.WriteLine("   all " + written);
    if (!noCharts)
    {
        Console.WriteLine("   the charts' (each SVG and its CSV) " + DiskFloor.Measure(first, Path.Combine(root, "floor", "charts"), DiskFloor.ChartFiles(files)));
    }

    // What the pages and charts cost to make, nothing else done: with the files written, the least a build of this site
    // with these pages and charts (and this chart library) can take on this machine.
    var (pagesMade, chartsMade) = ComputeFloor.Measure(data, input, !noCharts);
    Console.WriteLine("-- rendering every page and drawing every chart again in memory, warm, nothing written, loaded, checked or exported:");
    Console.WriteLine("   pages " + pagesMade);
    if (chartsMade is { } drawn)
    {
        Console.WriteLine("   charts " + drawn);
    }

    var least = written.Wall + pagesMade.Wall + (chartsMade?.Wall ?? TimeSpan.Zero);
    Console.WriteLine(FormattableString.Invariant($"   with writing the files: {least.TotalSeconds:0.00} s{(hugo.Time is { } yardstick ? FormattableString.Invariant($", {least / yardstick:0.0}× Hugo") : "")}: no build of these pages and charts is quicker here"));

    var figures = OutputFigures.Of(first);
    Console.WriteLine("-- the cold build's output:");
    figures.Print(Console.Out, reports.Reports.Count);
    var current = new Targets.Figures(figures, cold.Wall, cold.RenderPages, cold.Pages, noChange.Wall,
        "in the benchmark's processes, process start not included, the cold build the median of three");
    Targets.Print(Console.Out, reports.Reports.Count, !noCharts, current, hugo, previous);
    if (previous is not null)
    {
        Console.WriteLine("-- the previous release's output:");
        previous.Output.Print(Console.Out, reports.Reports.Count);
        Console.WriteLine("-- side by side:");
        Targets.PrintSideBySide(Console.Out, reports.Reports.Count, current, previous);
    }
}

// One more cold build in a new process of this program (`--cold-only`), timed there as Measure times the first.
static ColdBuild ColdInNewProcess(string data, string input, string output, bool noCharts)
{
    var (_, exit, text, error) = TimedProcess.Run(Environment.ProcessPath!, Itself(new[] { "--cold-only", data, input, output }.Concat(noCharts ? ["--no-charts"] : [])));
    if (exit != 0)
    {
        throw new InvalidOperationException($"the cold build into {output} failed (exit code {exit}): {(text + error).Trim()}");
    }

    return ColdBuild.Parse(text)
        ?? throw new InvalidOperationException($"the cold build into {output} printed no `cold-only:` line: {(text + error).Trim()}");
}

static (TimeSpan Wall, TimeSpan? RenderPages, int Pages) Measure(string name, string data, string input, string output, bool noCharts, bool memory)
{
    var process = Process.GetCurrentProcess();
    QuietDisk.Wait();
    GC.Collect();
    var cpu = process.TotalProcessorTime;
    var kernel = process.PrivilegedProcessorTime;
    var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
    var paused = GC.GetTotalPauseDuration();
    var watch = Stopwatch.StartNew();
    // The CPU time of the process as each step starts: a step whose CPU time is near its wall time ran on one processor.
    var stepCpu = new List<TimeSpan>();
    var pipeline = new BuildPipeline(TimeProvider.System, allowErrors: true, charts: !noCharts)
    {
        StepStarting = (step, _) =>
        {
            // --memory: the working set and managed heap as each step starts, to see which step holds what.
            if (memory)
            {
                // What the garbage collector holds from the system besides the live objects tells its share of the working
                // set from that of native code (ScottPlot draws with Skia).
                var live = GC.GetTotalMemory(true);
                Console.WriteLine(FormattableString.Invariant(
                    $"   before {step,-16} working set {Environment.WorkingSet / 1048576.0,6:0} MiB, live managed heap {live / 1048576.0,6:0} MiB, committed by the GC {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0,6:0} MiB"));
            }

            stepCpu.Add(process.TotalProcessorTime);
        },
    };
    var result = pipeline.Run(data, input, output, null);
    watch.Stop();
    process.Refresh();
    stepCpu.Add(process.TotalProcessorTime);
    Console.WriteLine(FormattableString.Invariant(
        $"-- {name}: {watch.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU ({(process.PrivilegedProcessorTime - kernel).TotalSeconds:0.00} s of it in the kernel), peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB"));
    if (memory)
    {
        Console.WriteLine(FormattableString.Invariant(
            $"   garbage collections: {string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))} (gen 0 / 1 / 2), {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s paused"));
    }

    pipeline.WriteSummary(Console.Out, result);
    Console.WriteLine("  CPU time per step (on all processors): " + string.Join(", ", pipeline.Timings.Select((t, i) =>
        FormattableString.Invariant($"{t.Step} {(stepCpu[i + 1] - stepCpu[i]).TotalSeconds:0.00} s"))));
    return (watch.Elapsed, pipeline.Timings.FirstOrDefault(t => t.Step == "render pages")?.Elapsed, result.Summary.Pages);
}
