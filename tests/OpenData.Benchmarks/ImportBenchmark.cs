using System.Diagnostics;
using System.Globalization;
using OpenData.Site;
using OpenData.Site.Commands;
using OpenData.Testing;

namespace OpenData.Benchmarks;

/// <summary>Times <c>opendata import</c> of a folder of published reports: fictional sample reports (示例数据) printed as government sites print them.</summary>
/// <remarks>
/// Each run imports the whole folder into a new data folder that holds only the agencies' <c>agency.json</c>, so every
/// file is read, recognised, validated and written, and agencies are found by the name in the report. The first run
/// includes the just-in-time compilation of the import; the figures are of all runs.
/// </remarks>
internal static class ImportBenchmark
{
    public static void Run(int files, int runs)
    {
        var root = Path.Combine(Path.GetTempPath(), "opendata-bench", "import");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var years = Math.Min(files, 10);
        var agencies = (files + years - 1) / years;
        SampleCommand.Write(root, agencies, 2025 - years + 1, 2025, seed: 1);
        var data = DataSet.Load(Path.Combine(root, "data"));
        var folder = Path.Combine(root, "reports");
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var sourced in data.Reports.Take(files))
        {
            var report = sourced.Report;
            var name = data.Agencies.First(a => a.Id == report.Agency).Name;
            File.WriteAllText(Path.Combine(folder, FormattableString.Invariant($"{report.Agency}-{report.Year}.html")), PublishedHtml.Of(report, name));
            written++;
        }

        Console.WriteLine(FormattableString.Invariant($"== import of a folder of {written} HTML reports (示例数据), {runs} runs"));
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var output = Path.Combine(root, FormattableString.Invariant($"out-{run}"));
            foreach (var agency in data.Agencies)
            {
                DataFiles.Write(agency, Path.Combine(output, agency.Id, DataFiles.AgencyFileName));
            }

            var watch = Stopwatch.StartNew();
            var exit = Cli.Run(["import", folder, "--out", output], TextWriter.Null, Console.Error);
            watch.Stop();
            if (exit != 0)
            {
                throw new InvalidOperationException($"the import benchmark's import failed (exit code {exit})");
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   run {run + 1}: {watch.Elapsed.TotalSeconds:0.000} s, {watch.Elapsed.TotalMilliseconds / written:0.0} ms a file"));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   min {times[0] / 1000:0.000} s, median {times[times.Count / 2] / 1000:0.000} s, max {times[^1] / 1000:0.000} s; median {times[times.Count / 2] / written:0.0} ms a file"));
        Directory.Delete(root, recursive: true);
    }
}
