using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OpenData.Site.Sample;

namespace OpenData.Site.Tests.Build;

/// <summary>Issue #18 item 6, the home page: what an annual report is and how to read the outcomes, the trend over every
/// agency (blank-aware, partial sums marked), the latest reports, the publication record of the last year due and links
/// onward; a handful of rows whatever the number of agencies.</summary>
public sealed class HomePageTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("", new[] { "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理" }, "1 月 31 日", "3 月 31 日", "属于四类过程性信息")]
    [InlineData("en/", new[] { "Disclosed", "Partially disclosed", "Not disclosed", "Unable to provide", "Not processed", "Other handling" }, "31 January", "31 March", "still in process")]
    public void The_home_page_says_what_an_annual_report_is_and_how_to_read_each_outcome(string prefix, string[] outcomes, string departments, string governments, string reason)
    {
        var document = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.Home));

        var what = document.QuerySelector("h2#what")!.NextElementSibling!.TextContent;
        Assert.Contains(departments, what, StringComparison.Ordinal);
        Assert.Contains(governments, what, StringComparison.Ordinal);
        var terms = document.QuerySelectorAll("details dl dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.Equal(outcomes.Length, terms.Count);
        Assert.All(outcomes.Zip(terms), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.All(document.QuerySelectorAll("details dl dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
        Assert.Contains(reason, document.QuerySelector("details dl")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_headline_trend_is_the_blank_aware_sum_over_every_agency_and_a_year_with_a_missing_report_is_marked_partial(string prefix)
    {
        // The fictional hierarchy of RegionPageTests: 15 agencies, 2023 complete; in 2024 one report is missing and another
        // leaves 部分公开 blank.
        var site = RegionPageTests.Hierarchy();
        var language = prefix.Length == 0 ? Language.Chinese : Language.English;
        var table = Parser.ParseDocument(Render(site, prefix + Routes.Home)).QuerySelector("h2#trend + p + div table")!;
        var rows = table.QuerySelectorAll("tbody tr").ToList();

        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["2023", "2024"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
        foreach (var (row, year) in rows.Zip(new[] { 2023, 2024 }))
        {
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
            var reports = site.Agencies.Select(a => site.ReportOf(a.Id, year)).ToList();
            var missing = reports.Count(r => r is null);
            Assert.Equal(language.T($"{15 - missing} / 15", $"{15 - missing} of 15"), cells[0]);
            Assert.Equal(Expected(reports, language, "s3.new.tot"), cells[1]);
            Assert.Equal(Expected(reports, language, "s3.done.tot"), cells[2]);
            if (year == 2023)
            {
                var disclosed = Sum(reports, "s3.granted.tot").Sum + Sum(reports, "s3.partial.tot").Sum;
                var rate = Math.Round(disclosed / Sum(reports, "s3.done.tot").Sum * 100, 1, MidpointRounding.AwayFromZero);
                Assert.Equal(rate.ToString("0.0", CultureInfo.InvariantCulture) + "%", cells[3]);
                Assert.Equal(language.T("完整", "complete"), cells[4]);
            }
            else
            {
                // Handled is partial, so no rate follows; the parts not reported: 予以公开 1, 部分公开 2, 办理结果总计 1.
                var blanks = new[] { "s3.granted.tot", "s3.partial.tot", "s3.done.tot" }.Sum(code => Sum(reports, code).Blanks);
                Assert.Equal(4, blanks);
                Assert.Equal(language.T($"—（{blanks} 项未填报）", $"— ({blanks} parts not reported)"), cells[3]);
                Assert.Equal(language.T("不完整：1 个机构没有本年度报告；1 个机构的报告有未填报或表中没有的项目", "incomplete: 1 agency has no report; 1 agency's report leaves some of these blank or lacks them"), cells[4]);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void Each_year_of_the_trend_counts_the_reports_whose_summed_figures_break_a_check_and_links_to_the_findings(string prefix)
    {
        var site = SiteFixture.Model;
        string[] concepts = ["applications.new", "applications.done", "applications.granted", "applications.partial"];
        var codes = Crosswalk.Concepts.Where(c => concepts.Contains(c.Id)).SelectMany(c => c.Sources).SelectMany(s => s.Codes).ToHashSet(StringComparer.Ordinal);
        var flagged = site.Findings.Where(f => SiteModel.IsShown(f) && f.Code is not null && codes.Contains(f.Code))
            .Select(f => (f.Agency!, f.Year!.Value)).Distinct().ToList();

        var rows = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.Home)).QuerySelectorAll("h2#trend + p + div table tbody tr").ToList();

        var counts = rows.ToDictionary(r => int.Parse(r.QuerySelector("th")!.TextContent, CultureInfo.InvariantCulture), r => r.QuerySelectorAll("td")[^1]);
        Assert.Contains(("pingtan", 2020), flagged);
        Assert.All(counts, c => Assert.Equal(flagged.Count(f => f.Item2 == c.Key).ToString(CultureInfo.InvariantCulture), c.Value.TextContent));
        Assert.Equal(Routes.Quality, counts[2020].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(counts[2023].QuerySelector("a"));
    }

    [Fact]
    public void The_latest_reports_are_the_most_recent_year_first_then_the_most_recently_published_and_limited()
    {
        // Fictional: 15 agencies, 2023 and 2024; some 2024 reports have a publication date, the rest none.
        var site = WithDates(RegionPageTests.Hierarchy());
        var items = Parser.ParseDocument(Render(site, Routes.Home)).QuerySelectorAll("h2#latest + ul li a")
            .Select(a => a.GetAttribute("href")!.Split('/')).Select(parts => site.ReportOf(parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture))!).ToList();

        Assert.Equal(HomeFigures.LatestCount, items.Count);
        Assert.All(items, r => Assert.Equal(2024, r.Year));
        for (var i = 1; i < items.Count; i++)
        {
            Assert.True(Before(items[i - 1], items[i]), $"{items[i - 1].Agency} before {items[i].Agency}");
        }

        // Nothing left out comes before the last one listed.
        Assert.All(site.Reports.Except(items), r => Assert.False(Before(r, items[^1]), $"{r.Agency} {r.Year} is left out"));
        Assert.Contains(items, r => r.Provenance?.PublishedOn is null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_publication_record_of_the_last_year_due_equals_the_completeness_pages_row(string prefix)
    {
        // The repository's data on a day when every 2025 report was due.
        var site = Demo(asOf: new DateOnly(2026, 12, 5));

        var home = Parser.ParseDocument(Render(site, prefix + Routes.Home));
        var record = Parser.ParseDocument(Render(site, prefix + Routes.Completeness));

        Assert.Equal(2025, HomeFigures.LastDueYear(site));
        var row = Cells(home.QuerySelector("h2#record ~ div table tbody tr")!);
        Assert.Equal(Cells(record.QuerySelectorAll("tr").First(r => r.QuerySelector("th")?.TextContent == "2025")), row);
        // 平潭's, 上高县's and 上海's 2025 reports were due; 平潭's came, with no date recorded.
        Assert.Equal(["2025", "3", "1", "2", "0", "1"], row.Take(6));
        Assert.Contains(Routes.Completeness, home.QuerySelectorAll("h2#record ~ p a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_home_page_links_onward_and_no_longer_lists_every_agency()
    {
        var document = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Home));

        var onward = document.QuerySelectorAll("h2#more + ul.cards a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Routes.Agencies, Routes.Regions, Routes.Across, Routes.Downloads, Routes.Quality, Routes.Completeness], onward);
        Assert.DoesNotContain(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Routes.Agency("shanggao-county"));
    }

    [Fact]
    public void The_home_page_does_not_grow_with_the_number_of_agencies()
    {
        var small = Sample(10);
        var large = Sample(30);

        foreach (var prefix in new[] { "", "en/" })
        {
            var a = Encoding.UTF8.GetByteCount(Render(small, prefix + Routes.Home));
            var b = Encoding.UTF8.GetByteCount(Render(large, prefix + Routes.Home));
            Assert.True(Math.Abs(b - a) < 1024, $"{prefix}index.html: {a} bytes at 10 agencies, {b} at 30");
        }
    }

    private static string Render(SiteModel site, string path) => PageRenderer.Render(RoutePlan.Create(site).Pages.Single(p => p.Path == path));

    private static List<string> Cells(IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];

    private static (decimal Sum, int Blanks) Sum(IEnumerable<Report?> reports, string code)
    {
        var numbers = reports.Select(r => r?.Number(code)).ToList();
        return (numbers.Sum(n => n ?? 0), numbers.Count(n => n is null));
    }

    private static string Expected(IEnumerable<Report?> reports, Language language, string code)
    {
        var (sum, blanks) = Sum(reports, code);
        var number = sum.ToString(CultureInfo.InvariantCulture);
        return blanks == 0 ? number : language.T($"≥ {number}（{blanks} 项未填报）", $"≥ {number} ({blanks} {(blanks == 1 ? "part" : "parts")} not reported)");
    }

    // Listed before: a later year; in a year, a later publication date, a date before none; then the agency id.
    private static bool Before(Report a, Report b) =>
        a.Year != b.Year ? a.Year > b.Year
        : a.Provenance?.PublishedOn != b.Provenance?.PublishedOn ? (a.Provenance?.PublishedOn ?? DateOnly.MinValue) > (b.Provenance?.PublishedOn ?? DateOnly.MinValue)
        : string.CompareOrdinal(a.Agency, b.Agency) < 0;

    // The first six 2024 reports get a publication date, out of agency order and two of them on the same day.
    private static SiteModel WithDates(SiteModel site)
    {
        var dated = site.Reports.Where(r => r.Year == 2024).Take(6).Select((r, j) => (r, j)).ToDictionary(p => p.r, p => new DateOnly(2025, 1, 1 + (p.j * 7 % 28)));
        var reports = site.Reports.Select(r => new SourcedReport(
            dated.TryGetValue(r, out var on) ? r with { Provenance = r.Provenance! with { PublishedOn = on } } : r,
            $"data/{r.Agency}/{r.Year}.json")).ToList();
        var data = DataSet.FromReports(site.Agencies, reports);
        return new SiteModel(site.Settings, site.Pages, data, [.. Validator.Validate(data).Findings]);
    }

    private static SiteModel Sample(int agencies)
    {
        var generator = new SampleGenerator(1);
        var data = DataSet.FromReports(
            [.. Enumerable.Range(0, agencies).Select(SampleGenerator.CreateAgency)],
            [.. Enumerable.Range(0, agencies).SelectMany(i => generator.CreateReports(i, 2022, 2024)).Select(r => new SourcedReport(r, $"data/{r.Agency}/{r.Year}.json"))]);
        return new SiteModel(SettingsLoader.Load(SiteFixture.Input, null), SettingsLoader.LoadPages(SiteFixture.Input), data, [.. Validator.Validate(data).Findings], charts: false);
    }

    private static SiteModel Demo(DateOnly asOf)
    {
        var dataSet = DataSet.Load(RepoPaths.Data);
        return new SiteModel(SettingsLoader.Load(RepoPaths.Input, null), SettingsLoader.LoadPages(RepoPaths.Input), dataSet, BuildPipeline.Validate(dataSet, RepoPaths.Data), charts: false, asOf: asOf);
    }
}
