using BenchmarkDotNet.Attributes;
using OpenData.Site;

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
        _page = ShippedSite.Plan.Pages.First(p => p.Component == typeof(ReportPage) && ReferenceEquals(p.Context.Data, report) && !p.Context.Language.IsEnglish);
    }

    [Benchmark]
    public string RenderReportPage() => PageRenderer.Render(_page.Component, _page.Context);
}

/// <summary>One indicator chart drawn to SVG with ScottPlot; the in-memory cache is cleared first, so this is drawing.</summary>
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
    public string RenderChart()
    {
        ChartRenderer.ClearCache();
        return ChartRenderer.Render(_series);
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

/// <summary>One report's long-format download: its rows, then CSV (CsvHelper) and XLSX (MiniExcel, normalised).</summary>
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
    public byte[] ExportCsv() => CsvExport.Long(_rows);

    [Benchmark]
    public byte[] ExportXlsx() => XlsxExport.Long(_rows);
}
