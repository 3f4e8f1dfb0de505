using System.Collections.Concurrent;

namespace OpenData.Site;

/// <summary>The pure steps of a build: from a <see cref="SiteModel"/> to every file of the site, put into a sink.</summary>
/// <remarks>Every file is added in a group with the <see cref="FileScope"/> it depends on, so a rebuild can keep what did not change.</remarks>
internal static class SiteBuilder
{
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>All steps after loading, in order, in memory; tests call this to build a whole site without a disk.</summary>
    public static SiteFiles Build(SiteModel site)
    {
        var plan = RoutePlan.Create(site);
        var files = new SiteFiles();
        RenderPages(plan, files);
        SiteAssets.Write(site.Settings, files);
        RenderCharts(plan, files);
        WriteDatasets(site, files);
        WriteMetadata(site, files);
        SearchIndex.Write(site, files);
        files.Add(Routes.Manifest, SiteMetadata.Manifest(files));
        return files;
    }

    public static void RenderPages(RoutePlan plan, ISiteSink files)
    {
        Parallel.ForEach(plan.Pages, Parallelism, page =>
            files.File(page.Scope, page.Path, () => PageRenderer.RenderUtf8(page)));
    }

    /// <param name="plan">The charts to make.</param>
    /// <param name="files">Where they go.</param>
    /// <param name="cacheFolder">Where charts are kept between builds by content hash (<see cref="ChartCache"/>); <see langword="null"/> for none.</param>
    /// <returns>What drawing the charts cost, for the build summary.</returns>
    public static ChartWork RenderCharts(RoutePlan plan, ISiteSink files, string? cacheFolder = null)
    {
        var work = new ChartWork();
        // One font subset with every character the charts may need, made before drawing starts: a chart that needed a
        // character the shared subset lacked made a new subset, and each new typeface starts with empty glyph caches.
        if (plan.Charts.Count > 0)
        {
            ChartFont.For(plan.ChartTexts);
        }

        // No cache without charts: a build with --no-charts leaves the packs for the next build that draws.
        var cache = cacheFolder is null || plan.Charts.Count == 0 ? null : new ChartCache(cacheFolder, plan.Charts);
        Parallel.ForEach(plan.Charts, Parallelism, chart =>
        {
            var pack = cache?.For(chart.Scope);
            string[] paths = chart.CsvPath is null ? [chart.Path] : [chart.Path, chart.CsvPath];
            files.Group(chart.Scope, paths, () =>
            {
                var series = chart.Series();
                var svg = new SiteFile(chart.Path, ChartRenderer.RenderUtf8(series, pack, work));
                return chart.CsvPath is null ? [svg] : [svg, new SiteFile(chart.CsvPath, CsvExport.Series(series.Labels, series.Values, series.Flags))];
            });
            pack?.Done();
        });
        cache?.RemoveStale();
        return work;
    }

    public static void WriteDatasets(SiteModel site, ISiteSink files)
    {
        // Handed out one at a time, in order, so a long item never holds back a queue of short ones behind it, and made
        // as they are handed out, so what an item made is let go once it is done.
        Parallel.ForEach(Partitioner.Create(DatasetWork(site, files), EnumerablePartitionerOptions.NoBuffering), Parallelism, item => item());

        files.Text(FileScope.Site, Routes.ReportSchema, DataSchemas.ReportSchema);
        files.Text(FileScope.Site, Routes.AgencySchema, DataSchemas.AgencySchema);
        files.Group(FileScope.AllData, [Routes.CompletenessCsv], () => [new SiteFile(Routes.CompletenessCsv, CompletenessCsv(site))]);
        files.Text(FileScope.Site, Routes.FindingsJson, () => JsonText.Write(w =>
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

    /// <summary>Every report each agency owed: one row per agency and year, with its deadline, status and date.</summary>
    private static byte[] CompletenessCsv(SiteModel site) => CsvExport.Write(
        ["agency", "agency_name", "region", "level", "year", "deadline", "status", "published_on", "days_late"],
        site.Completeness.Select(e =>
        {
            var agency = site.Agency(e.Agency);
            return new object?[]
            {
                e.Agency, agency.Name, agency.Region, agency.Level is { } level ? Display.Level(level, Language.Chinese) : null, e.Year,
                Display.Date(e.Deadline), StatusCode(e.Status), e.PublishedOn is { } on ? Display.Date(on) : null, e.Status == ReportStatus.Late ? e.DaysLate : null,
            };
        }));

    private static string StatusCode(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => "on_time",
        ReportStatus.Late => "late",
        ReportStatus.DateUnknown => "date_unknown",
        _ => "missing",
    };

    /// <summary>One work item per group of files: the site-wide files first, the XLSX leading, as they are the longest, so
    /// they start while the other processors take the agencies and reports one at a time.</summary>
    private static IEnumerable<Action> DatasetWork(SiteModel site, ISiteSink files)
    {
        // Streamed, and made from each report's rows on the way: at 300 agencies × 10 years each file is 600,000 rows,
        // which are never held together (making a report's CSV records again takes far less time than its XLSX).
        Action SiteWide(string path, Action<Stream> write) => () => files.Group(FileScope.AllData, [path], () => [SiteFile.Streamed(path, write)]);
        yield return SiteWide(Routes.LongXlsx, stream => XlsxExport.Write(site.Reports.SelectMany(r => LongRow.Of(r, site)), stream));
        yield return SiteWide(Routes.PackageCsv(Routes.PackageAll), stream => CsvExport.WriteObservations(stream, site.Reports.Select(r => CsvExport.ObservationRecords(LongRow.Of(r, site)))));
        yield return () => files.Group(FileScope.AllData, [Routes.PackageCsv(Routes.PackageCodebook)], () => [new SiteFile(Routes.PackageCsv(Routes.PackageCodebook), CsvExport.Codebook(Forms.All))]);
        yield return () => files.Group(FileScope.AllData, [Routes.PackageCsv(Routes.PackageAgencies)], () => [new SiteFile(Routes.PackageCsv(Routes.PackageAgencies), CsvExport.Agencies(site.Agencies))]);
        yield return SiteWide(Routes.SiteJson, stream => JsonExport.Site(site, stream));
        yield return SiteWide(Routes.PackageCsv(RankingCsv.PackageName), stream => RankingCsv.All(site, stream));
        foreach (var year in site.Years)
        {
            string[] paths = [.. RankedMeasure.All.Select(m => Routes.AcrossCsv(year, m.Id))];
            yield return () => files.Group(FileScope.AllData, paths, () =>
            {
                var view = new AcrossView(year, [.. site.Reports.Where(r => r.Year == year)]);
                return RankedMeasure.All.Select((m, i) => new SiteFile(paths[i], RankingCsv.Of(new RankingView(view, m), site)));
            });
        }

        // A region's files are made from every member's data and the hierarchy (agency files): all the data.
        foreach (var region in site.Regions)
        {
            string[] paths = [Routes.RegionCsv(region.Id), Routes.RegionXlsx(region.Id), Routes.RegionJson(region.Id), Routes.PackageRegionCsv(region.Id)];
            yield return () => files.Group(FileScope.AllData, paths, () =>
            {
                var view = RegionView.Create(site, region);
                return [
                    new SiteFile(paths[0], RegionExport.Csv(view)),
                    new SiteFile(paths[1], RegionExport.Xlsx(view)),
                    SiteFile.Text(paths[2], RegionExport.Json(site, view)),
                    new SiteFile(paths[3], RegionExport.Csv(view, byteOrderMark: false)),
                ];
            });
        }

        foreach (var agency in site.Agencies)
        {
            var scope = FileScope.DataOf(agency.Id);
            var reports = site.ReportsOf(agency.Id);

            // A report's own file is its JSON: its rows in XLSX are those of its year in the agency's XLSX, and its values
            // a column of the agency's CSV (the all-years table), both of which the report page links to.
            yield return () => files.Group(scope, [Routes.AgencyJson(agency.Id)], () => [SiteFile.Text(Routes.AgencyJson(agency.Id), JsonExport.Agency(site, agency))]);
            yield return () => files.Group(scope, [Routes.AgencyCsv(agency.Id)], () => [new SiteFile(Routes.AgencyCsv(agency.Id), AllYearsCsv.Of(site, agency))]);
            yield return () => files.Group(scope, [Routes.AgencyXlsx(agency.Id)], () => [new SiteFile(Routes.AgencyXlsx(agency.Id), XlsxExport.Long(reports.SelectMany(r => LongRow.Of(r, site))))]);
            foreach (var report in reports)
            {
                var path = Routes.ReportFile(agency.Id, report.Year, "json");
                yield return () => files.Group(scope, [path], () => [SiteFile.Text(path, DataFiles.Serialize(report with { Schema = "../../../" + Routes.ReportSchema }))]);
            }
        }
    }

    /// <summary>The sitemap, feed, robots.txt and catalogues (the manifest is written last, by the sink's owner).</summary>
    /// <param name="site">The site.</param>
    /// <param name="files">Where files go.</param>
    /// <param name="sitemapLimit">The most URLs per sitemap file (a test sets a small one).</param>
    public static void WriteMetadata(SiteModel site, ISiteSink files, int sitemapLimit = SiteMetadata.SitemapLimit)
    {
        // sitemaps.org allows 50,000 URLs per file: a larger site gets sitemap.xml as an index of numbered sitemaps.
        // An .html file of input/assets is a file to download, not a page of the site.
        var pages = files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (pages.Count <= sitemapLimit)
        {
            files.Text(FileScope.Site, Routes.Sitemap, () => SiteMetadata.Sitemap(site, pages));
        }
        else
        {
            var parts = pages.Chunk(sitemapLimit).Select((chunk, i) => (Path: Routes.SitemapPart(i + 1), Pages: chunk)).ToList();
            foreach (var (path, chunk) in parts)
            {
                files.Text(FileScope.Site, path, () => SiteMetadata.Sitemap(site, chunk));
            }

            files.Text(FileScope.Site, Routes.Sitemap, () => SiteMetadata.SitemapIndex(site, parts.Select(p => p.Path)));
        }

        files.Text(FileScope.Site, Routes.Feed, () => SiteMetadata.Feed(site));
        files.Text(FileScope.Site, Routes.Robots, () => SiteMetadata.Robots(site));
        files.Text(FileScope.Site, Routes.Catalog, () => SiteMetadata.Dcat(site));
        files.Text(FileScope.Site, Routes.DataPackage, () => SiteMetadata.DataPackage(site));
    }
}
