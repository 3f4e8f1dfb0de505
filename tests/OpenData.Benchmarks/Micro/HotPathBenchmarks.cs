using BenchmarkDotNet.Attributes;
using OpenData.Site;
using OpenData.Site.Commands;

namespace OpenData.Benchmarks.Micro;

/// <summary>One report page rendered with Razor, as the render-pages step does for each of them.</summary>
[MemoryDiagnoser]
public class ReportPageBenchmark
{
    private PlannedPage _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        var report = ShippedSite.Report;
        _page = ShippedSite.Plan.Pages.OfType<PlannedPage<ReportPage, Report>>().First(p => ReferenceEquals(p.View(), report) && !p.Language.IsEnglish);
    }

    [Benchmark]
    public string RenderReportPage() => PageRenderer.Render(_page);
}

/// <summary>One indicator chart drawn to SVG with ScottPlot (no chart store, so this is drawing).</summary>
[MemoryDiagnoser]
public class ChartBenchmark
{
    private ChartSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        var report = ShippedSite.Report;
        _series = ShippedSite.Plan.Charts.First(c => c.Path.StartsWith("agencies/" + report.Agency + "/", StringComparison.Ordinal)).Series();
    }

    [Benchmark]
    public byte[] RenderChart()
    {
        // As a build renders it: the SVG file's bytes.
        return ChartRenderer.RenderUtf8(_series);
    }
}

/// <summary>One report checked against its form's rules and the previous year's report.</summary>
[MemoryDiagnoser]
public class ValidateBenchmark
{
    private Report _report = null!;
    private Report? _previous;

    [GlobalSetup]
    public void Setup()
    {
        _report = ShippedSite.Report;
        _previous = ShippedSite.Previous;
    }

    [Benchmark]
    public int ValidateReport() => Validator.Validate(_report, _previous, "data/pingtan/report.json").Findings.Count;
}

/// <summary>One report's long-format data: its rows, then its CSV records as <c>data/all.csv</c> holds them (CsvHelper) and
/// XLSX (SpreadCheetah, entry times fixed).</summary>
[MemoryDiagnoser]
public class ExportBenchmark
{
    private Report _report = null!;
    private List<LongRow> _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = ShippedSite.Report;
        _rows = LongRow.Of(_report);
    }

    [Benchmark]
    public int LongRows() => LongRow.Of(_report).Count;

    [Benchmark]
    public byte[] ExportCsv() => CsvExport.ObservationRecords(_rows);

    [Benchmark]
    public byte[] ExportXlsx() => XlsxExport.Long(_rows);
}

/// <summary>The site-wide XLSX of a 300 × 10 sample (471,000 rows), as the write-datasets step builds it.</summary>
/// <remarks>One write takes about half a second, so this runs fewer, single-write iterations than the other benchmarks.
/// The sample is made the first time in <c>$TMPDIR/opendata-bench/xlsx-300x10</c> and kept there.</remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1)]
public class SiteWideXlsxBenchmark
{
    private List<LongRow> _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "opendata-bench", "xlsx-300x10");
        if (!Directory.Exists(root))
        {
            SampleCommand.Write(root, agencies: 300, firstYear: 2016, lastYear: 2025, seed: 1);
        }

        _rows = [.. DataSet.Load(Path.Combine(root, "data")).Reports.SelectMany(r => LongRow.Of(r.Report))];
    }

    [Benchmark]
    public int SiteWideXlsx() => XlsxExport.Long(_rows).Length;
}
