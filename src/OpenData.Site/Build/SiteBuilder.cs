using System.Reflection;

namespace OpenData.Site;

/// <summary>The pure steps of a build: from a <see cref="SiteModel"/> to every file of the site, in memory.</summary>
internal static class SiteBuilder
{
    /// <summary>All steps after loading, in order; tests call this to build a whole site without a disk.</summary>
    public static SiteFiles Build(SiteModel site)
    {
        var plan = RoutePlan.Create(site);
        var files = new SiteFiles();
        RenderPages(plan, files);
        RenderCharts(plan, files);
        WriteDatasets(site, files);
        WriteMetadata(site, files);
        return files;
    }

    public static void RenderPages(RoutePlan plan, SiteFiles files)
    {
        Parallel.ForEach(plan.Pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
            files.Add(page.Context.Path, PageRenderer.RenderUtf8(page.Component, page.Context)));
        foreach (var name in new[] { "site.css", "site.js", "favicon.svg" })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("assets/" + name)
                ?? throw new InvalidOperationException($"embedded asset {name} is missing");
            using var reader = new StreamReader(stream);
            files.Add("assets/" + name, reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    public static void RenderCharts(RoutePlan plan, SiteFiles files, string? cacheFolder = null)
    {
        Parallel.ForEach(plan.Charts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, chart =>
        {
            files.Add(chart.Path, ChartRenderer.Render(chart.Series, cacheFolder));
            if (chart.CsvPath is not null)
            {
                files.Add(chart.CsvPath, CsvExport.Write(["year", "value", "status"],
                    chart.Series.Labels.Select((label, i) => new object?[] { int.Parse(label, System.Globalization.CultureInfo.InvariantCulture), chart.Series.Values[i], chart.Series.Values[i] is null ? "blank" : "reported" })));
            }
        });
    }

    public static void WriteDatasets(SiteModel site, SiteFiles files, string? xlsxCacheFolder = null)
    {
        var xlsx = new XlsxCache(xlsxCacheFolder);
        // XLSX packages are the slow part; every report and agency is independent.
        Parallel.ForEach(site.Agencies, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, agency =>
        {
            var reports = site.ReportsOf(agency.Id);
            foreach (var report in reports)
            {
                var rows = LongRow.Of(report).ToList();
                var csv = CsvExport.Long(rows);
                files.Add(Routes.ReportFile(agency.Id, report.Year, "csv"), csv);
                files.Add(Routes.ReportFile(agency.Id, report.Year, "xlsx"), xlsx.GetOrAdd(csv, () => XlsxExport.Long(rows)));
                files.Add(Routes.ReportFile(agency.Id, report.Year, "json"), DataFiles.Serialize(report with { Schema = "../../../" + Routes.ReportSchema }));
            }

            var all = reports.SelectMany(LongRow.Of).ToList();
            var agencyCsv = CsvExport.Long(all);
            files.Add(Routes.AgencyCsv(agency.Id), agencyCsv);
            files.Add(Routes.AgencyXlsx(agency.Id), xlsx.GetOrAdd(agencyCsv, () => XlsxExport.Long(all)));
            files.Add(Routes.PackageCsv(agency.Id), CsvExport.Long(all, byteOrderMark: false));
        });

        var everything = site.Reports.SelectMany(LongRow.Of).ToList();
        var longCsv = CsvExport.Long(everything);
        files.Add(Routes.LongCsv, longCsv);
        files.Add(Routes.LongXlsx, xlsx.GetOrAdd(longCsv, () => XlsxExport.Long(everything)));
        files.Add(Routes.PackageCsv("all"), CsvExport.Long(everything, byteOrderMark: false));
        files.Add(Routes.ReportSchema, DataSchemas.ReportSchema());
        files.Add(Routes.AgencySchema, DataSchemas.AgencySchema());
        files.Add(Routes.FindingsJson, JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("findings");
            foreach (var finding in site.Findings)
            {
                FindingJson.Write(w, finding);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    public static void WriteMetadata(SiteModel site, SiteFiles files)
    {
        files.Add(Routes.Sitemap, SiteMetadata.Sitemap(site, files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))));
        files.Add(Routes.Feed, SiteMetadata.Feed(site));
        files.Add(Routes.Robots, SiteMetadata.Robots(site));
        files.Add(Routes.Catalog, SiteMetadata.Dcat(site));
        files.Add(Routes.DataPackage, SiteMetadata.DataPackage(site));

        // Last, so it covers every other file.
        files.Add(Routes.Manifest, SiteMetadata.Manifest(files));
    }
}
