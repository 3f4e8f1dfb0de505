using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using MiniExcelLibs;
using OpenData.Site.Sample;

namespace OpenData.Site.Tests.Build;

/// <summary>Regions as a whole: pages and downloads of a fictional hierarchy (the sample's 示例省: the province, its first
/// city and that city's first county, each government with four departments), in which one department of the city has
/// no 2024 report and another left 部分公开 blank in 2024.</summary>
public sealed class RegionPageTests
{
    private const string City = "sample-006";
    private const string Missing = "sample-009";
    private const string Blanked = "sample-008";
    private static readonly Lazy<SiteModel> LazySite = new(() => Hierarchy());
    private static readonly Lazy<SiteFiles> LazyFiles = new(() => SiteBuilder.Build(Site));

    private static SiteModel Site => LazySite.Value;

    private static SiteFiles Files => LazyFiles.Value;

    /// <summary>The test hierarchy, built in memory from the sample generator (fictional agencies only).</summary>
    internal static SiteModel Hierarchy()
    {
        var generator = new SampleGenerator(1);
        var agencies = Enumerable.Range(0, 15).Select(SampleGenerator.CreateAgency).ToList();
        var reports = new List<SourcedReport>();
        for (var i = 0; i < agencies.Count; i++)
        {
            foreach (var report in generator.CreateReports(i, 2023, 2024))
            {
                if (report.Agency == Missing && report.Year == 2024)
                {
                    continue;
                }

                var changed = report.Agency == Blanked && report.Year == 2024
                    ? report with { Values = new Dictionary<string, ReportValue>(report.Values, StringComparer.Ordinal) { ["s3.partial.tot"] = ReportValue.Blank } }
                    : report;
                reports.Add(new SourcedReport(changed, $"data/{report.Agency}/{report.Year}.json"));
            }
        }

        var data = DataSet.FromReports(agencies, reports);
        return new SiteModel(SettingsLoader.Load(SiteFixture.Input, null), SettingsLoader.LoadPages(SiteFixture.Input), data, [.. Validator.Validate(data).Findings]);
    }

    private static decimal Sum(string concept, int year, IEnumerable<string> agencies) =>
        agencies.Select(id => Site.ReportOf(id, year)).OfType<Report>().Sum(r => Crosswalk.Resolve(Crosswalk.Find(concept)!, r).Known ?? 0);

    private static IReadOnlyList<string> CityMembers => [.. Site.RegionOf(City)!.Members.Select(a => a.Id)];

    [Fact]
    public void The_city_region_is_the_city_its_departments_and_its_county_with_its_departments()
    {
        Assert.Equal([City, "sample-007", "sample-008", "sample-009", "sample-010", "sample-011", "sample-012", "sample-013", "sample-014", "sample-015"], CityMembers);
        Assert.Equal(["sample-001", City, "sample-011"], Site.Regions.Select(r => r.Id));
    }

    [Fact]
    public void The_region_page_shows_exact_sums_for_a_complete_year_and_marked_lower_bounds_for_a_year_with_a_missing_report()
    {
        var row = Row(Html(Routes.Region(City)), "本年新收申请");

        Assert.Equal(Sum("applications.new", 2023, CityMembers).ToString(CultureInfo.InvariantCulture), row[1]);
        Assert.Equal($"≥ {Sum("applications.new", 2024, CityMembers).ToString(CultureInfo.InvariantCulture)}（1 项未填报）", row[2]);
        var partialRow = Row(Html(Routes.Region(City)), "部分公开");
        Assert.Equal($"≥ {Sum("applications.partial", 2024, CityMembers).ToString(CultureInfo.InvariantCulture)}（2 项未填报）", partialRow[2]);
        var text = new HtmlParser().ParseDocument(Html(Routes.Region(City))).Body!.TextContent;
        Assert.Contains("2024 年没有报告（每份计 1 项未填报）：示例省示例1市财政局", text, StringComparison.Ordinal);
        Assert.Contains("2024 年“部分公开”有未填报的单元格：示例省示例1市教育局", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_region_page_says_the_same_in_english()
    {
        var html = Html("en/" + Routes.Region(City));

        var row = Row(html, "applications received");
        Assert.Equal($"≥ {Sum("applications.new", 2024, CityMembers).ToString(CultureInfo.InvariantCulture)} (1 part not reported)", row[2]);
        Assert.Contains("2024, no report (each counted as 1 part not reported): ", html, StringComparison.Ordinal);
        Assert.Contains("region as a whole", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本年新收申请", html, StringComparison.Ordinal);
        Assert.DoesNotContain("（件）", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disclosure_rate_is_worked_out_from_the_summed_parts_not_averaged()
    {
        // 2023 is complete: (Σ granted + Σ partial) ÷ Σ handled, which the mean of the members' rates is not.
        var members = CityMembers;
        var granted = Sum("applications.granted", 2023, members) + Sum("applications.partial", 2023, members);
        var done = Sum("applications.done", 2023, members);
        var expected = Math.Round(granted / done * 100, 1, MidpointRounding.AwayFromZero);
        var mean = members.Select(id => Site.ReportOf(id, 2023)!).Average(r =>
            (Crosswalk.Resolve(Crosswalk.Find("applications.granted")!, r).Known!.Value + Crosswalk.Resolve(Crosswalk.Find("applications.partial")!, r).Known!.Value)
            / Crosswalk.Resolve(Crosswalk.Find("applications.done")!, r).Known!.Value * 100);

        var row = Row(Html(Routes.Region(City)), "公开率");

        Assert.Equal(expected.ToString("0.0", CultureInfo.InvariantCulture) + "%", row[1]);
        Assert.NotEqual(Math.Round(mean, 1).ToString("0.0", CultureInfo.InvariantCulture) + "%", row[1]);
        // 2024: a department's report is missing, so 办理结果总计 is partial and no rate follows; the parts not reported are
        // counted: 予以公开 1 (the missing report), 部分公开 2 (it and the blank cell), 办理结果总计 1.
        Assert.Equal("—（4 项未填报）", row[2]);
    }

    [Fact]
    public void Shares_are_given_over_a_complete_total_and_withheld_over_a_partial_one()
    {
        var html = Html(Routes.Region(City));
        var doc = new HtmlParser().ParseDocument(html);
        var tables = doc.QuerySelectorAll("h3 + div table").ToList();
        var headings = doc.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        var table2023 = tables[headings.Where(h => h.EndsWith('年')).ToList().IndexOf("2023 年")];
        var table2024 = tables[headings.Where(h => h.EndsWith('年')).ToList().IndexOf("2024 年")];

        // The county with everything under it, 2023: its sum and its share of the city's sum.
        var county = Site.RegionOf("sample-011")!.Members.Select(a => a.Id).ToList();
        var part = Sum("applications.new", 2023, county);
        var share = Math.Round(part / Sum("applications.new", 2023, CityMembers) * 100, 1, MidpointRounding.AwayFromZero);
        var countyRow = table2023.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("及所属机构", StringComparison.Ordinal));
        Assert.Equal($"{part.ToString(CultureInfo.InvariantCulture)}（{share.ToString("0.0", CultureInfo.InvariantCulture)}%）", countyRow.QuerySelectorAll("td")[0].TextContent.Trim());
        // 2024: the total is partial, so no share is given; the missing department's part is blank.
        var countyRow2024 = table2024.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("及所属机构", StringComparison.Ordinal));
        Assert.EndsWith("（占比不详）", countyRow2024.QuerySelectorAll("td")[0].TextContent.Trim(), StringComparison.Ordinal);
        var missingRow = table2024.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("财政局", StringComparison.Ordinal));
        Assert.Equal("—", missingRow.QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Fact]
    public void The_region_page_has_the_members_linked_and_the_publication_record_of_all_of_them()
    {
        var doc = new HtmlParser().ParseDocument(Html(Routes.Region(City)));

        var links = doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(CityMembers, id => Assert.Contains($"../../agencies/{id}/index.html", links));
        Assert.Contains("../sample-011/index.html", links);
        // Publication record: 10 members owe 2023 and 2024 up to the site's date; one 2024 report is missing.
        var total = doc.QuerySelectorAll("tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).Single(r => r[0] == "合计");
        Assert.Equal(["合计", "20", "19", "1"], total.Take(4));
    }

    [Fact]
    public void The_regions_page_nests_regions_by_hierarchy_without_javascript_in_both_languages()
    {
        var doc = new HtmlParser().ParseDocument(Html(Routes.Regions));

        var top = doc.QuerySelector("main ul.tree")!;
        var province = top.Children.Single();
        Assert.StartsWith("示例省人民政府", province.TextContent.Trim(), StringComparison.Ordinal);
        var city = province.QuerySelector("ul.tree > li")!;
        Assert.Contains("（10 个机构）", city.TextContent, StringComparison.Ordinal);
        Assert.Equal("sample-011/index.html", city.QuerySelectorAll("a")[1].GetAttribute("href"));
        // No script of its own: only the search box's, which every page loads (deferred) and the page works without.
        Assert.All(doc.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.EndsWith("assets/search.js", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Contains("(10 agencies)", Html("en/" + Routes.Regions), StringComparison.Ordinal);
    }

    [Fact]
    public void Agency_pages_link_their_region_and_the_nav_links_the_regions_page()
    {
        var department = Html(Routes.Agency("sample-008"));
        var city = Html("en/" + Routes.Agency(City));

        Assert.Contains("所属地区：<a href=\"../../regions/sample-006/index.html\">", department, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../regions/sample-006/index.html\">This region as a whole</a>", city, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../regions/index.html\">地区</a>", department, StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_csv_has_sums_rates_and_the_members_behind_a_partial_one_with_formulas_escaped()
    {
        var csv = Encoding.UTF8.GetString(Files.Get(Routes.RegionCsv(City)));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(string.Join(',', RegionExport.Columns), lines[0]);
        Assert.Contains($"{City},2023,applications.new,本年新收申请,件,{Sum("applications.new", 2023, CityMembers).ToString(CultureInfo.InvariantCulture)},reported,0,10,,", lines);
        Assert.Contains($"{City},2024,applications.new,本年新收申请,件,{Sum("applications.new", 2024, CityMembers).ToString(CultureInfo.InvariantCulture)},partial,1,10,{Missing},", lines);
        Assert.Contains($"{City},2024,applications.partial,部分公开,件,{Sum("applications.partial", 2024, CityMembers).ToString(CultureInfo.InvariantCulture)},partial,2,10,{Missing},{Blanked}", lines);
        Assert.Contains(lines, l => l.StartsWith($"{City},2023,rate.disclosure,公开率,%,", StringComparison.Ordinal) && l.Contains(",reported,", StringComparison.Ordinal));
        Assert.StartsWith("\uFEFF", Encoding.UTF8.GetString(Files.Get(Routes.RegionCsv(City))), StringComparison.Ordinal);
        Assert.False(Encoding.UTF8.GetString(Files.Get(Routes.PackageRegionCsv(City))).StartsWith('\uFEFF'));
    }

    [Fact]
    public void A_region_csv_escapes_text_that_could_run_as_a_formula()
    {
        var view = new RegionView(new Region(new Agency("=cmd", "=cmd"), [new Agency("=cmd", "=cmd")], []), [Regions.Total(["=cmd"], 2024, (_, _) => null)], []);

        var csv = Encoding.UTF8.GetString(RegionExport.Csv(view));

        Assert.DoesNotContain("\r\n=cmd", csv, StringComparison.Ordinal);
        Assert.Contains("'=cmd", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_json_and_xlsx_hold_the_same_totals_and_the_catalogues_list_them()
    {
        using var json = JsonDocument.Parse(Files.Get(Routes.RegionJson(City)));
        var y2024 = json.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2024);
        var received = y2024.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("quantity").GetString() == "applications.new");

        Assert.Equal(10, json.RootElement.GetProperty("members").GetArrayLength());
        Assert.Equal([Missing], y2024.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(("partial", Sum("applications.new", 2024, CityMembers)), (received.GetProperty("status").GetString(), received.GetProperty("value").GetDecimal()));
        using var xlsx = new MemoryStream(Files.Get(Routes.RegionXlsx(City)));
        var rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r["quantity"] == "applications.new" && Convert.ToInt32(r["year"], CultureInfo.InvariantCulture) == 2024);
        Assert.Equal((Sum("applications.new", 2024, CityMembers), "partial", Missing), (Convert.ToDecimal(row["value"], CultureInfo.InvariantCulture), (string?)row["status"], (string?)row["missing"]));
        Assert.Contains(Routes.RegionCsv(City), Files.Text(Routes.Catalog), StringComparison.Ordinal);
        Assert.Contains(Routes.PackageRegionCsv(City), Files.Text(Routes.DataPackage), StringComparison.Ordinal);
        Assert.Contains(Routes.RegionJson(City), Files.Text(Routes.DataPackage), StringComparison.Ordinal);
        Assert.Contains("/regions/sample-006/</loc>", Files.Text(Routes.Sitemap), StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_page_matches_its_golden_file()
    {
        Golden.Match(GoldenHtml.Pretty(Html(Routes.Region(City))), SiteFixture.GoldenPath("pages/regions_sample-006_index.html"));
    }

    private static string Html(string path) => Files.Text(path);

    // The text of each cell of the one table row whose header cell starts with the text.
    private static List<string> Row(string html, string header) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("tr")
            .Where(r => r.QuerySelector("th")?.TextContent.Trim().StartsWith(header, StringComparison.Ordinal) == true)
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList())
            .First();
}
