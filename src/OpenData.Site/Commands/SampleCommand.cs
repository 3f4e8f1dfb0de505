using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OpenData.Site.Sample;

namespace OpenData.Site.Commands;

/// <summary><c>opendata sample</c>: writes deterministic, clearly fictional data (示例数据) for demos and benchmarks.</summary>
internal static class SampleCommand
{
    public static Command Create(TextWriter output)
    {
        var agencies = new Option<int>("--agencies") { Description = "Number of agencies", DefaultValueFactory = _ => 10 };
        var years = new Option<int>("--years") { Description = "Number of years per agency, ending with --last-year", DefaultValueFactory = _ => 10 };
        var lastYear = new Option<int>("--last-year") { Description = "The last report year", DefaultValueFactory = _ => 2025 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files", DefaultValueFactory = _ => 1 };
        var outDir = new Option<string>("--out") { Description = "Folder to write data/ into", Required = true };
        var command = new Command("sample", """
            Write fictional sample data (示例数据) — every agency name says so — for demos and benchmarks.
            Each year uses the form prescribed for it; identities and carry-overs hold except a few
            deliberate, acknowledged inconsistencies. The same seed always gives the same files.

            Examples:
              opendata sample --agencies 30 --years 10 --out sample
              opendata sample --agencies 300 --years 10 --seed 7 --out /tmp/province
            """)
        {
            agencies, years, lastYear, seed, outDir,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(agencies);
            var span = parse.GetValue(years);
            var last = parse.GetValue(lastYear);
            if (count is < 1 or > 10_000 || span is < 1 or > 30 || last - span + 1 < DataSet.FirstReportYear)
            {
                throw new UsageException($"--agencies must be 1–10000, --years 1–30, and the first year ({last - span + 1}) at least {DataSet.FirstReportYear}");
            }

            var watch = Stopwatch.StartNew();
            var written = Write(parse.GetValue(outDir)!, count, last - span + 1, last, parse.GetValue(seed));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {count} agencies × {span} years = {written} reports of {SampleGenerator.Marker} to {Path.Combine(parse.GetValue(outDir)!, "data")} in {watch.Elapsed.TotalSeconds:0.00} s"));
            return Cli.Ok;
        });
        return command;
    }

    internal static int Write(string outDir, int agencies, int firstYear, int lastYear, int seed)
    {
        var data = Path.Combine(outDir, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, DataFiles.ReportSchemaFileName), DataSchemas.ReportSchema());
        File.WriteAllText(Path.Combine(data, DataFiles.AgencySchemaFileName), DataSchemas.AgencySchema());
        var generator = new SampleGenerator(seed);
        var written = 0;
        Parallel.For(0, agencies, index =>
        {
            var agency = SampleGenerator.CreateAgency(index);
            var folder = Path.Combine(data, agency.Id);
            DataFiles.Write(agency, Path.Combine(folder, DataFiles.AgencyFileName));
            foreach (var report in generator.CreateReports(index, firstYear, lastYear))
            {
                DataFiles.Write(report, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{report.Year}.json")));
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }
}
