using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Values worked out from cells some of which are blank (a concept's sum, a rate, a change) are shown as partial
/// on pages, in summaries and in chart data: never as the plain sum of the cells that were reported.</summary>
public sealed class PartialValueTests
{
    private static readonly Lazy<SiteModel> RefusedPartial = new(() => DemoWith(("pingtan", 2021, "s3.refused.enforce_file.tot")));

    [Fact]
    public void The_compare_page_shows_refusals_with_a_blank_reason_as_at_least_what_was_reported_never_as_a_plain_number()
    {
        var row = Row(Render(RefusedPartial.Value, "agencies/pingtan/compare/2020-2021.html"), "applications.refused");

        Assert.Equal("不予公开 applications.refused", row[0]);
        Assert.Equal("0", row[1]);
        Assert.Equal("≥ 2（1 项未填报）", row[2]);
        Assert.Equal("≥ +2", row[3]);
        Assert.DoesNotContain("2", row.Skip(1));
        Assert.DoesNotContain("+2", row.Skip(1));
    }

    [Fact]
    public void The_english_compare_page_says_how_many_parts_were_not_reported()
    {
        var row = Row(Render(RefusedPartial.Value, "en/agencies/pingtan/compare/2020-2021.html"), "applications.refused");

        Assert.Equal("≥ 2 (1 part not reported)", row[2]);
    }

    [Fact]
    public void The_compare_page_of_the_unchanged_data_shows_the_whole_sum()
    {
        var row = Row(Render(DemoWith(), "agencies/pingtan/compare/2020-2021.html"), "applications.refused");

        Assert.Equal("8", row[2]);
        Assert.Equal("+8", row[3]);
    }

    [Fact]
    public void The_disclosure_rate_with_a_blank_partial_grant_count_is_a_marked_lower_bound_not_a_rate()
    {
        var site = DemoWith(("pingtan", 2021, "s3.partial.tot"));
        var report = site.ReportsOf("pingtan").Single(r => r.Year == 2021);

        var rate = Assert.Single(new RankingView(new AcrossView(2021, [report]), RankedMeasure.DisclosureRate).Standings(site), s => s.HasReport);

        Assert.True(rate.Numerator.IsPartial);
        Assert.Equal(report.Number("s3.granted.tot"), rate.Numerator.Known);
        Assert.Null(rate.Value.Exact);
        Assert.True(rate.Value.IsPartial);
        Assert.Null(rate.Rank);
        var html = Render(site, Routes.AcrossRanking(2021, RankedMeasure.DisclosureRate.Id));
        // A rate's table has seven columns: rank, agency, level, rank in level, numerator, denominator, rate.
        var cells = Rows(html, site.AgencyName("pingtan", Language.Chinese)).First(r => r.Count == 7);
        Assert.Equal(["—", "—"], [cells[0], cells[3]]);
        Assert.Equal($"≥ {report.Number("s3.granted.tot")}（1 项未填报）", cells[4]);
        Assert.Matches(@"^≥ \d+\.\d%（1 项未填报）$", cells[6]);
    }

    [Fact]
    public void A_rate_whose_denominator_has_a_blank_part_has_no_number_but_says_why()
    {
        var rate = DerivedValue.Percent(DerivedValue.Of(3), DerivedValue.Of(null) + DerivedValue.Of(10));

        Assert.Equal("—（1 项未填报）", Display.Rate(rate, Language.Chinese));
        Assert.Equal("— (1 part not reported)", Display.Rate(rate, Language.English));
    }

    [Fact]
    public void Rankings_rank_exact_values_then_list_partial_ones_unranked_then_blanks()
    {
        var concept = Crosswalk.Find("lawsuits.total")!;
        var report = DemoWith().ReportsOf("pingtan").Single(r => r.Year == 2025);
        Report Agency(string id, decimal? direct, decimal? after) => Copy(report, id, ("s4.lit_direct.total", direct), ("s4.lit_after.total", after));

        var ranking = new AcrossView(2025, [Agency("a", 1, 2), Agency("b", 50, null), Agency("c", null, null), Agency("d", 4, 5), Agency("e", null, 1)]).Ranking(concept);

        Assert.Equal(["d", "a", "b", "e", "c"], ranking.Select(e => e.Agency));
        Assert.Equal([true, true, false, false, false], ranking.Select(e => AcrossView.IsRanked(e.Value)));
        Assert.Equal("≥ 50（1 项未填报）", Display.Number(ranking[2].Value, Language.Chinese));
    }

    [Fact]
    public void The_chart_data_of_an_indicator_followed_through_a_concept_marks_a_partial_year()
    {
        var site = DemoWith(("pingtan", 2021, "s3.other.misc.tot"));
        var chart = RoutePlan.Create(site).Charts.Single(c => c.CsvPath == "agencies/pingtan/indicators/s3.other.tot.csv");
        var report = site.ReportsOf("pingtan").Single(r => r.Year == 2021);
        var known = report.Number("s3.other.no_fix.tot")!.Value + report.Number("s3.other.no_fee.tot")!.Value;

        var series = chart.Series();
        var csv = Encoding.UTF8.GetString(CsvExport.Series(series.Labels, series.Values, series.Flags));

        Assert.Contains($"\r\n2021,{known},partial,\r\n", csv, StringComparison.Ordinal);
        Assert.Null(series.Drawn.ElementAt(series.Labels.ToList().IndexOf("2021")));
        Assert.Contains("不含1个有未填报项的年份", series.Description, StringComparison.Ordinal);
    }

    private static string Render(SiteModel site, string path)
    {
        var page = RoutePlan.Create(site).Pages.Single(p => p.Path == path);
        return PageRenderer.Render(page);
    }

    // The text of each cell of the one table row whose header cell contains the text.
    private static List<string> Row(string html, string header) => Rows(html, header).Single();

    private static List<List<string>> Rows(string html, string header) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("tr")
            .Where(r => r.QuerySelector("th")?.TextContent.Contains(header, StringComparison.Ordinal) == true)
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList())];

    // A copy of a report for another agency with some cells replaced (blank when the number is null).
    private static Report Copy(Report report, string agency, params (string Code, decimal? Number)[] changes)
    {
        var values = new Dictionary<string, ReportValue>(report.Values, StringComparer.Ordinal);
        foreach (var (code, number) in changes)
        {
            values[code] = number is { } n ? ReportValue.Of(n) : ReportValue.Blank;
        }

        return report with { Agency = agency, Values = values };
    }

    // The demo site (data/ and input/) built from a copy of the data with some cells blanked.
    private static SiteModel DemoWith(params (string Agency, int Year, string Code)[] blanks)
    {
        var data = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(RepoPaths.Data, data);
        foreach (var (agency, year, code) in blanks)
        {
            var path = Path.Combine(data, agency, $"{year}.json");
            var text = File.ReadAllText(path);
            var blanked = Regex.Replace(text, $"\"{Regex.Escape(code)}\": [^,\\n]+", $"\"{code}\": null");
            Assert.NotEqual(text, blanked);
            File.WriteAllText(path, blanked);
        }

        var dataSet = DataSet.Load(data);
        return new SiteModel(SettingsLoader.Load(RepoPaths.Input, null), SettingsLoader.LoadPages(RepoPaths.Input), dataSet, BuildPipeline.Validate(dataSet, data));
    }
}
