using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;

namespace OpenData.Site.Tests.Build;

/// <summary>The rankings across agencies: every concept of the crosswalk and both rates, per year; tied values share a rank
/// (1, 2, 2, 4); agencies that owed a report and published none are listed as such; each level is ranked within itself.</summary>
public sealed class RankingTests
{
    // The test site's data with three more agencies in 2021: 并列市 (市级) with 平潭's report (tied with it on everything),
    // 低县 (县级) with 平潭's report but 1 application received, and 无级别 (no level) whose one report is of 2020, so it owes
    // one for 2021 and has none. 上高县 and 上海 owe a 2021 report too and have none.
    private static readonly Lazy<SiteModel> Tied = new(() =>
    {
        var data = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(SiteFixture.Data, data);
        var pingtan2021 = File.ReadAllText(Path.Combine(data, "pingtan", "2021.json"));
        AddAgency(data, "tie-city", "并列市", "市级", 2021, pingtan2021);
        var low = Regex.Replace(pingtan2021, "\"s3\\.new\\.tot\": [0-9]+", "\"s3.new.tot\": 1");
        Assert.NotEqual(pingtan2021, low);
        AddAgency(data, "low-county", "低县", "县级", 2021, low);
        AddAgency(data, "no-level", "无级别", null, 2020, File.ReadAllText(Path.Combine(data, "pingtan", "2020.json")));
        var dataSet = DataSet.Load(data);
        return new SiteModel(SettingsLoader.Load(SiteFixture.Input, null), SettingsLoader.LoadPages(SiteFixture.Input), dataSet, BuildPipeline.Validate(dataSet, data));
    });

    private static readonly string[] Missing = ["no-level", "shanggao-county", "shanghai-gov-office"];

    [Fact]
    public void Tied_values_share_a_rank_and_the_next_rank_counts_them_on_the_page_and_in_the_csv()
    {
        foreach (var prefix in new[] { "", "en/" })
        {
            var rows = Rows(Page(prefix + Routes.AcrossRanking(2021, "applications.new")));

            Assert.Equal(["1", "1", "3", "—", "—", "—"], rows.Select(r => r[0]));
            Assert.Equal(["平潭综合实验区", "并列市", "低县"], rows.Take(3).Select(r => r[1]));
            // 低县's value carries the marks of the rules its changed total breaks; the value comes first.
            Assert.Equal(["70", "70", "1"], rows.Take(3).Select(r => Regex.Match(r[4], "^[0-9]+").Value));
        }

        var csv = Csv(Routes.AcrossCsv(2021, "applications.new"));
        Assert.Equal(["1", "1", "3", "", "", ""], csv.Select(r => r["rank"]));
        Assert.Equal(["pingtan", "tie-city", "low-county", .. Missing], csv.Select(r => r["agency"]));

        // The three reports have the same disclosure rate: all three are first.
        Assert.Equal(["1", "1", "1", "", "", ""], Csv(Routes.AcrossCsv(2021, RankedMeasure.DisclosureRate.Id)).Select(r => r["rank"]));
        Assert.Equal(["1", "1", "1", "—", "—", "—"], Rows(Page(Routes.AcrossRanking(2021, RankedMeasure.DisclosureRate.Id))).Select(r => r[0]));
    }

    [Fact]
    public void Agencies_that_owed_a_report_and_published_none_are_listed_last_unranked_as_without_a_report()
    {
        foreach (var (prefix, words) in new[] { ("", "未发布报告"), ("en/", "no report published") })
        {
            var path = prefix + Routes.AcrossRanking(2021, "reviews.total");
            var rows = Page(path).QuerySelectorAll("tbody tr").ToList();
            var missing = rows.Skip(3).ToList();

            Assert.Equal(6, rows.Count);
            // No rank, none within the level, and no value but the words.
            Assert.All(missing, r => Assert.Equal(["—", "—", words], [r.Children[0].TextContent, r.Children[3].TextContent, r.Children[4].TextContent]));
            Assert.Equal(
                Missing.Select(id => Routes.Relative(path, prefix + Routes.Agency(id))),
                missing.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        }

        var csv = Csv(Routes.AcrossCsv(2021, "reviews.total"));
        Assert.Equal(Missing, csv.Where(r => r["status"] == "missing").Select(r => r["agency"]));
        Assert.All(csv.Where(r => r["status"] == "missing"), r => Assert.Equal("", r["rank"] + r["value"] + r["blank_parts"]));
        // The year page counts them among the agencies listed, not among the ranked.
        Assert.Contains("3 / 6", Page(Routes.AcrossYear(2021)).QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("行政复议", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void One_table_lists_each_agency_once_in_overall_order_with_its_level_and_its_rank_within_the_level()
    {
        var path = Routes.AcrossRanking(2021, "applications.new");
        var page = Page(path);
        var rows = Rows(page);

        // No second table per level: each agency has one row, its level and level rank beside its overall rank.
        Assert.Single(page.QuerySelectorAll("table"));
        Assert.Equal(["排名", "机构", "级别", "本级排名", "数值"], page.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
        Assert.Equal(
            [
                ["1", "平潭综合实验区", "市级", "1"],
                ["1", "并列市", "市级", "1"],
                // 低县 is third over all and first of its level.
                ["3", "低县", "县级", "1"],
                ["—", "无级别", "未分级", "—"],
                ["—", "上高县人民政府", "县级", "—"],
                ["—", "上海市人民政府办公厅", "省级", "—"],
            ],
            rows.Select(r => r.Take(4)));
        Assert.Equal(rows.Count, rows.Select(r => r[1]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, page.QuerySelectorAll("tbody th[scope=row]").Length);
        // The levels are counted, not linked: there is no section per level left to link to.
        Assert.Contains("共6个机构，按级别：省级 1，市级 2，县级 2，未分级 1。", page.QuerySelector("section p")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href^='#level-'], [id^='level-']"));
        Assert.Equal(["全部机构"], page.QuerySelectorAll("section h2").Select(h => h.TextContent.Trim()));

        var english = Page("en/" + path);
        Assert.Equal(["Rank", "Agency", "Level", "Rank in level", "Numerator", "Denominator", "disclosure rate"], Page("en/" + Routes.AcrossRanking(2021, RankedMeasure.DisclosureRate.Id)).QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
        Assert.Equal(["city level", "city level", "county level", "no level", "county level", "province level"], Rows(english).Select(r => r[2]));
        Assert.Contains("6 agencies; by level: province level 1, city level 2, county level 2, no level 1.", english.QuerySelector("section p")!.TextContent, StringComparison.Ordinal);

        // The CSV has the same level ranks.
        var csv = Csv(Routes.AcrossCsv(2021, "applications.new"));
        Assert.Equal(rows.Select(r => r[3] == "—" ? "" : r[3]), csv.Select(r => r["level_rank"]));
        Assert.Equal(["市级", "市级", "县级", "", "县级", "省级"], csv.Select(r => r["level"]));
    }

    [Fact]
    public void The_charts_text_says_what_it_shows_and_who_is_first_without_listing_every_agency()
    {
        var path = Routes.AcrossRanking(2021, "applications.new");

        var zh = Page(path).QuerySelector("figure img")!.GetAttribute("alt");
        var en = Page("en/" + path).QuerySelector("figure img")!.GetAttribute("alt");

        Assert.Equal("2021年本年新收申请条形图，按数值从高到低画出3个机构；最高为平潭综合实验区 70，另有1个机构与其并列。各机构的数值见下表。", zh);
        Assert.Equal("Bar chart of applications received in 2021: 3 agencies drawn, highest first; highest: 平潭综合实验区 70, tied with 1 agency. Every agency's value is in the table below.", en);
        // The SVG's own description is the same, without the pointer to a table it is not beside.
        var chart = new AcrossView(2021, [.. Tied.Value.Reports.Where(r => r.Year == 2021)]).Chart(Crosswalk.Find("applications.new")!, Tied.Value, Language.Chinese);
        Assert.Equal(zh, chart.Description + "各机构的数值见下表。");
    }

    [Fact]
    public void The_chart_draws_the_highest_agencies_only_and_its_text_stays_short_however_many_there_are()
    {
        var (site, concept, report) = NewApplications();
        // 200 agencies with the same report: every one tied first.
        var many = new AcrossView(report.Year, [.. Enumerable.Range(0, 200).Select(i => report with { Agency = $"a{i:000}" })]);

        var chart = many.Chart(concept, site, Language.English);

        Assert.True(chart.Description.Length < 200, chart.Description);
        Assert.Contains("the 20 highest of 200 agencies with a value drawn", chart.Description, StringComparison.Ordinal);
        Assert.Contains("highest: a000 ", chart.Description, StringComparison.Ordinal);
        Assert.Contains("tied with 199 agencies", chart.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("a001", chart.Description, StringComparison.Ordinal);
        // Ties in the table's order (by agency id), and the image is as tall as 20 bars, not 200.
        Assert.Equal([.. Enumerable.Range(0, AcrossView.ChartedAgencies).Select(i => $"a{i:000}")], chart.Labels);
        Assert.Equal(90 + (32 * AcrossView.ChartedAgencies), ChartRenderer.HeightOf(chart));
    }

    [Fact]
    public void A_chart_of_more_agencies_than_it_draws_has_the_highest_values_in_order()
    {
        var (site, concept, report) = NewApplications();
        // 30 agencies with 0 … 29 new applications (示例数据), and one with the cell blank.
        var reports = Enumerable.Range(0, 30).Select(i => report with { Agency = $"a{i:000}", Values = SetNew(report, i) }).ToList();
        reports.Add(report with { Agency = "blank", Values = SetNew(report, null) });

        var chart = new AcrossView(report.Year, reports).Chart(concept, site, Language.Chinese);

        Assert.Equal([.. Enumerable.Range(10, 20).Reverse().Select(i => $"a{i:000}")], chart.Labels);
        Assert.Equal([.. Enumerable.Range(10, 20).Reverse().Select(i => (decimal?)i)], chart.Drawn);
        Assert.Contains("按数值从高到低画出数值最高的20个机构（共30个机构有数值），另有1个机构的数值未填报或部分未填报，未画出；最高为a029 29。", chart.Description, StringComparison.Ordinal);
        var svg = ChartRenderer.Render(chart);
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(svg, ">a0[0-9][0-9]<"));
        Assert.DoesNotContain(">a009<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ranking_page_with_more_agencies_than_its_chart_draws_says_so_under_the_chart_in_each_language()
    {
        // The test site's data with 21 more agencies in 2021, each with 平潭's report but its own number of new applications.
        var data = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(SiteFixture.Data, data);
        var pingtan2021 = File.ReadAllText(Path.Combine(data, "pingtan", "2021.json"));
        for (var i = 0; i < 21; i++)
        {
            AddAgency(data, $"extra-{i:00}", $"示例机构{i:00}", "县级", 2021, Regex.Replace(pingtan2021, "\"s3\\.new\\.tot\": [0-9]+", $"\"s3.new.tot\": {i}"));
        }

        var dataSet = DataSet.Load(data);
        var site = new SiteModel(SettingsLoader.Load(SiteFixture.Input, null), SettingsLoader.LoadPages(SiteFixture.Input), dataSet, BuildPipeline.Validate(dataSet, data));
        var pages = RoutePlan.Create(site).Pages;
        IDocument Ranking(string prefix) =>
            new HtmlParser().ParseDocument(PageRenderer.Render(pages.Single(p => p.Path == prefix + Routes.AcrossRanking(2021, "applications.new"))));

        var zh = Ranking("").QuerySelector("figure")!;
        var en = Ranking("en/").QuerySelector("figure")!;

        Assert.Equal("图中为数值最高的20个机构，全部机构见下表。", zh.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("The chart shows the 20 highest; every agency is in the table below.", en.QuerySelector("figcaption")!.TextContent);
        Assert.Equal((90 + (32 * AcrossView.ChartedAgencies)).ToString(System.Globalization.CultureInfo.InvariantCulture), zh.QuerySelector("img")!.GetAttribute("height"));
        // The test site alone has fewer: its chart draws every one, with no caption.
        Assert.Null(Page(Routes.AcrossRanking(2021, "applications.new")).QuerySelector("figcaption"));
    }

    [Fact]
    public void A_chart_with_no_value_to_draw_is_drawn_empty_and_says_so()
    {
        var (site, concept, report) = NewApplications();
        var view = new AcrossView(report.Year, [report with { Values = SetNew(report, null) }]);

        var chart = view.Chart(concept, site, Language.Chinese);

        Assert.Empty(chart.Labels);
        Assert.Contains("没有可画出的数值（1个机构的数值未填报或部分未填报）", chart.Description, StringComparison.Ordinal);
        Assert.StartsWith("<svg", ChartRenderer.Render(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_concept_of_the_crosswalk_and_both_rates_has_a_ranking_page_in_both_languages_in_the_sitemap()
    {
        var site = SiteFixture.Model;
        var sitemap = SiteFixture.Files.Text(Routes.Sitemap);
        Assert.Equal(Crosswalk.Concepts.Count + 2, RankedMeasure.All.Count);
        Assert.Equal([.. Crosswalk.Concepts.Select(c => c.Id), "rates.disclosure", "rates.correction"], RankedMeasure.All.Select(m => m.Id));
        foreach (var year in site.Years)
        {
            foreach (var measure in RankedMeasure.All)
            {
                foreach (var (prefix, label) in new[] { ("", measure.LabelZh), ("en/", measure.LabelEn) })
                {
                    var path = prefix + Routes.AcrossRanking(year, measure.Id);
                    var page = new HtmlParser().ParseDocument(SiteFixture.Files.Text(path));

                    Assert.Contains(label, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
                    Assert.Contains(label, page.QuerySelector("meta[name=description]")!.GetAttribute("content")!, StringComparison.Ordinal);
                    Assert.Single(page.QuerySelectorAll("table"));
                    Assert.Contains($"<loc>{site.Settings.BaseUrl}{path}</loc>", sitemap, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_catalogue_lists_every_ranking_csv_and_the_data_package_all_of_them_in_one_table()
    {
        var site = SiteFixture.Model;
        var catalog = SiteFixture.Files.Text(Routes.Catalog);
        Assert.All(
            site.Years.SelectMany(year => RankedMeasure.All.Select(m => Routes.AcrossCsv(year, m.Id))),
            path => Assert.Contains($"\"dcat:downloadURL\": \"{site.Settings.BaseUrl}{path}\"", catalog, StringComparison.Ordinal));

        var package = System.Text.Json.JsonDocument.Parse(SiteFixture.Files.Text(Routes.DataPackage));
        var resource = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == RankingCsv.PackageName);
        Assert.Equal(Routes.PackageCsv(RankingCsv.PackageName), resource.GetProperty("path").GetString());
        Assert.Equal(RankingCsv.AllColumns, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        // The table holds every year's files row for row, after the year and the measure, without the agency names
        // (which the table of agencies holds).
        var all = Read(SiteFixture.Files.Get(Routes.PackageCsv(RankingCsv.PackageName)), RankingCsv.AllColumns);
        var files = site.Years.SelectMany(year => RankedMeasure.All.SelectMany(m => Read(SiteFixture.Files.Get(Routes.AcrossCsv(year, m.Id)), RankingCsv.Columns)
            .Select(r => string.Join(',', [year.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Id, .. RankingCsv.AllColumns[2..].Select(c => r[c])]))));
        Assert.Equal(files, all.Select(r => string.Join(',', RankingCsv.AllColumns.Select(c => r[c]))));
    }

    [Fact]
    public void The_year_page_names_the_first_three_and_counts_the_agencies_tied_with_the_third()
    {
        static Standing At(string agency, decimal? value) => new(agency, null, value, null);
        var ranked = RankingView.Ranked([At("a", 5), At("b", 0), At("c", 0), At("d", 0), At("e", 0), At("f", null)]);

        var (shown, more) = RankingView.Top(ranked, 3);

        Assert.Equal([1, 2, 2, 2, 2, null], ranked.Select(s => s.Rank));
        Assert.Equal(["a", "b", "c"], shown.Select(s => s.Agency));
        Assert.Equal(2, more);
        Assert.Equal(0, RankingView.Top(RankingView.Ranked([At("a", 3), At("b", 2), At("c", 1), At("d", 0)]), 3).MoreTied);
    }

    [Fact]
    public void An_unranked_value_says_why_in_words_in_both_languages()
    {
        var rate = RankedMeasure.CorrectionRate;
        Standing Rate(DerivedValue numerator, DerivedValue denominator) => new("a", null, DerivedValue.Percent(numerator, denominator), null);

        Assert.Equal(("—（分母为 0）", "— (denominator 0)"), Both(Rate(0m, 0m), rate));
        Assert.Equal(("—（未填报）", "— (not reported)"), Both(Rate(1m, null), rate));
        Assert.Equal(("—（1 项未填报）", "— (1 part not reported)"), Both(Rate(1m, DerivedValue.Of(null) + DerivedValue.Of(3)), rate));
        Assert.Equal(("50.0%", "50.0%"), Both(Rate(1m, 2m), rate));
        Assert.Equal(("≥ 4（1 项未填报）", "≥ 4 (1 part not reported)"), Both(new("a", null, DerivedValue.Of(null) + DerivedValue.Of(4), null), RankedMeasure.All[0]));

        static (string, string) Both(Standing s, RankedMeasure m) => (RankingView.ValueText(s, m, Language.Chinese), RankingView.ValueText(s, m, Language.English));
    }

    private static void AddAgency(string data, string id, string name, string? level, int year, string report)
    {
        var folder = Directory.CreateDirectory(Path.Combine(data, id)).FullName;
        var levelLine = level is null ? "" : $",\n  \"level\": \"{level}\"";
        File.WriteAllText(Path.Combine(folder, "agency.json"), $"{{\n  \"$schema\": \"../agency.schema.json\",\n  \"id\": \"{id}\",\n  \"name\": \"{name}\",\n  \"region\": \"福建省\"{levelLine}\n}}\n");
        File.WriteAllText(Path.Combine(folder, $"{year}.json"), report.Replace("\"agency\": \"pingtan\"", $"\"agency\": \"{id}\"", StringComparison.Ordinal));
    }

    private static IDocument Page(string path) =>
        new HtmlParser().ParseDocument(PageRenderer.Render(RoutePlan.Create(Tied.Value).Pages.Single(p => p.Path == path)));

    private static List<List<string>> Rows(IParentNode scope) =>
        [.. scope.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList())];

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var year = int.Parse(path.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
        var id = Path.GetFileNameWithoutExtension(path);
        var site = Tied.Value;
        var view = new RankingView(new AcrossView(year, [.. site.Reports.Where(r => r.Year == year)]), RankedMeasure.All.Single(m => m.Id == id));
        return Read(RankingCsv.Of(view, site), RankingCsv.Columns);
    }

    private static List<Dictionary<string, string>> Read(byte[] bytes, string[] columns)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(columns.ToDictionary(c => c, c => reader.GetString(c)));
        }

        return rows;
    }

    // The test site, 本年新收申请 and a report of its newest year that has it.
    private static (SiteModel Site, Concept Concept, Report Report) NewApplications()
    {
        var site = SiteFixture.Model;
        var concept = Crosswalk.Find("applications.new")!;
        return (site, concept, site.Reports.First(r => r.Year == site.Years[^1] && Crosswalk.Resolve(concept, r).Exact is not null));
    }

    // The report's cells with 本年新收 (s3.new.tot, of the 2021 form) set to a value, or blank.
    private static Dictionary<string, ReportValue> SetNew(Report report, decimal? value)
    {
        Assert.Equal(Forms.National2021.Id, report.Form);
        return new Dictionary<string, ReportValue>(report.Values, StringComparer.Ordinal) { ["s3.new.tot"] = new ReportValue(value) };
    }
}
