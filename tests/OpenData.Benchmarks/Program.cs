using System.Diagnostics;
using System.Globalization;
using OpenData.Site;
using OpenData.Site.Commands;

// Builds fictional sample sites (示例数据) of growing size and prints, for each: wall time per build step, pages,
// charts and files written, and peak memory; then a rebuild with nothing changed and one with one report changed.
// Usage: dotnet run -c Release --project tests/OpenData.Benchmarks [-- 1x10 30x10 300x10]
// Peak working set is the process's, so it grows across sizes: run one size per process for its own figure.
// `-- micro [--filter *]` runs the BenchmarkDotNet micro-benchmarks of Micro/ instead.
if (args.Length > 0 && args[0] == "micro")
{
    OpenData.Benchmarks.Micro.MicroBenchmarks.Run(args[1..]);
    return;
}

var sizes = args.Where(a => a.Contains('x', StringComparison.Ordinal)).ToList();
if (sizes.Count == 0)
{
    sizes = ["1x10", "30x10"];
}

var input = Path.Combine(FindRoot(), "input");
foreach (var size in sizes)
{
    var parts = size.Split('x');
    var agencies = int.Parse(parts[0], CultureInfo.InvariantCulture);
    var years = int.Parse(parts[1], CultureInfo.InvariantCulture);
    var root = Path.Combine(Path.GetTempPath(), "opendata-bench", size);
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }

    SampleCommand.Write(root, agencies, 2025 - years + 1, 2025, seed: 1);
    var data = Path.Combine(root, "data");
    var output = Path.Combine(root, "output");
    Console.WriteLine(FormattableString.Invariant($"== {agencies} agencies × {years} years ({agencies * years} reports of 示例数据)"));
    Measure("cold build", data, input, output);
    Measure("no-change rebuild", data, input, output);
    var one = Path.Combine(data, "sample-001", "2025.json");
    File.WriteAllText(one, File.ReadAllText(one).Replace("\"s3.new.nat\": ", "\"s3.new.nat\": 1", StringComparison.Ordinal));
    Measure("one report changed", data, input, output);
}

static void Measure(string name, string data, string input, string output)
{
    var process = Process.GetCurrentProcess();
    GC.Collect();
    var watch = Stopwatch.StartNew();
    var pipeline = new BuildPipeline(TimeProvider.System, allowErrors: true);
    var files = pipeline.Run(data, input, output, null);
    watch.Stop();
    process.Refresh();
    Console.WriteLine(FormattableString.Invariant($"-- {name}: {watch.Elapsed.TotalSeconds:0.00} s wall, peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB"));
    pipeline.WriteSummary(Console.Out, files);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("OpenData.sln not found");
}
