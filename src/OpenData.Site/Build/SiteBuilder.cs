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
            files.Add(page.Context.Path, PageRenderer.Render(page.Component, page.Context)));
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
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Each report's rows and CSV records are made once; its agency's files and the site-wide ones are joined from them.
        var pieces = new Dictionary<Report, (List<LongRow> Rows, byte[] Csv)>(site.Reports.Count, ReferenceEqualityComparer.Instance);
        var made = new (List<LongRow> Rows, byte[] Csv)[site.Reports.Count];
        Parallel.For(0, site.Reports.Count, parallel, i =>
        {
            var rows = LongRow.Of(site.Reports[i]);
            made[i] = (rows, CsvExport.LongRecords(rows));
        });
        for (var i = 0; i < made.Length; i++)
        {
            pieces.Add(site.Reports[i], made[i]);
        }

        // One work item per file set, the site-wide one first: it is the longest, so it starts while the other
        // processors take the agencies and reports one at a time.
        var work = new List<Action>
        {
            () =>
            {
                byte[][] records = [.. site.Reports.Select(r => pieces[r].Csv)];
                var longCsv = CsvExport.Join(records);
                files.Add(Routes.LongCsv, longCsv);
                files.Add(Routes.PackageCsv("all"), CsvExport.Join(records, byteOrderMark: false));
                files.Add(Routes.LongXlsx, xlsx.GetOrAdd(longCsv, () => XlsxExport.Long(site.Reports.SelectMany(r => pieces[r].Rows).ToList())));
            },
        };
        foreach (var agency in site.Agencies)
        {
            var reports = site.ReportsOf(agency.Id);
            work.Add(() =>
            {
                byte[][] records = [.. reports.Select(r => pieces[r].Csv)];
                var agencyCsv = CsvExport.Join(records);
                files.Add(Routes.AgencyCsv(agency.Id), agencyCsv);
                files.Add(Routes.PackageCsv(agency.Id), CsvExport.Join(records, byteOrderMark: false));
                files.Add(Routes.AgencyXlsx(agency.Id), xlsx.GetOrAdd(agencyCsv, () => XlsxExport.Long(reports.SelectMany(r => pieces[r].Rows).ToList())));
            });
            foreach (var report in reports)
            {
                work.Add(() =>
                {
                    var (rows, records) = pieces[report];
                    var csv = CsvExport.Join([records]);
                    files.Add(Routes.ReportFile(agency.Id, report.Year, "csv"), csv);
                    files.Add(Routes.ReportFile(agency.Id, report.Year, "xlsx"), xlsx.GetOrAdd(csv, () => XlsxExport.Long(rows)));
                    files.Add(Routes.ReportFile(agency.Id, report.Year, "json"), DataFiles.Serialize(report with { Schema = "../../../" + Routes.ReportSchema }));
                });
            }
        }

        // Handed out one at a time, in order, so a long item never holds back a queue of short ones behind it.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(work, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering), parallel, item => item());

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
