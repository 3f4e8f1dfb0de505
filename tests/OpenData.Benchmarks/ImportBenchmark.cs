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
    /// <summary>Times the import of one fictional report printed as a PDF of at least <paramref name="pages"/> pages (a long narrative, then the tables).</summary>
    public static void RunPdf(int pages, int runs)
    {
        var root = Path.Combine(Path.GetTempPath(), "opendata-bench", "import-pdf");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        SampleCommand.Write(root, 1, 2025, 2025, seed: 1);
        var report = DataSet.Load(Path.Combine(root, "data")).Reports[0].Report;
        byte[] pdf;
        var paragraphs = 8;
        int printed;
        do
        {
            paragraphs *= 2;
            pdf = PublishedPdf.Of(report, new PublishedPdf.Layout(Paragraphs: paragraphs)).Build();
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            printed = document.NumberOfPages;
        }
        while (printed < pages);

        var file = Path.Combine(root, "report.pdf");
        File.WriteAllBytes(file, pdf);
        Console.WriteLine(FormattableString.Invariant($"== import of a {printed}-page PDF report (示例数据, {pdf.Length / 1024} KiB), {runs} runs in one process"));
        Time(runs, 1, run => Cli.Run(["import", file, "--agency", "sample", "--out", Path.Combine(root, FormattableString.Invariant($"out-{run}"))], TextWriter.Null, Console.Error));
        Directory.Delete(root, recursive: true);
    }

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
        Time(runs, written, run =>
        {
            var output = Path.Combine(root, FormattableString.Invariant($"out-{run}"));
            foreach (var agency in data.Agencies)
            {
                DataFiles.Write(agency, Path.Combine(output, agency.Id, DataFiles.AgencyFileName));
            }

            return Cli.Run(["import", folder, "--out", output], TextWriter.Null, Console.Error);
        });
        Directory.Delete(root, recursive: true);
    }

    // Runs the import several times and prints each run, then minimum, median and maximum; the first run includes compiling the import.
    private static void Time(int runs, int files, Func<int, int> import)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var exit = import(run);
            watch.Stop();
            if (exit is not 0 and not 3)
            {
                throw new InvalidOperationException($"the import benchmark's import failed (exit code {exit})");
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   run {run + 1}: {watch.Elapsed.TotalSeconds:0.000} s, {watch.Elapsed.TotalMilliseconds / files:0.0} ms a file"));
        }

        var median = Statistic.Median(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   min {times.Min() / 1000:0.000} s, median {median / 1000:0.000} s, max {times.Max() / 1000:0.000} s; median {median / files:0.0} ms a file"));
    }
}
