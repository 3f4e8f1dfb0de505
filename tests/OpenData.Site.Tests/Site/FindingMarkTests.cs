using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>A validation finding follows the value it is attached to: 平潭 2020's （七）总计 21 breaks R-N2, and every page,
/// sentence, chart and download that shows 21 (or a value worked out from it) says so.</summary>
public sealed class FindingMarkTests
{
    private static readonly Lazy<SiteModel> Demo = new(() =>
    {
        var data = DataSet.Load(RepoPaths.Data);
        return new SiteModel(SettingsLoader.Load(RepoPaths.Input, null), SettingsLoader.LoadPages(RepoPaths.Input), data, BuildPipeline.Validate(data, RepoPaths.Data));
    });

    private static SiteModel Site => Demo.Value;

    private static Report Pingtan(int year) => Site.ReportsOf("pingtan").Single(r => r.Year == year);

    [Fact]
    public void The_site_finds_the_R_N2_finding_on_the_cell_and_on_the_concept_summed_from_it()
    {
        Assert.Equal("R-N2", Display.Rules(Site.FindingsOn(Pingtan(2020), "s3.done.tot")));
        Assert.Equal("R-N2", Display.Rules(Site.FindingsOn(Pingtan(2020), Crosswalk.Find("applications.done")!)));
        Assert.Empty(Site.FindingsOn(Pingtan(2020), "s3.new.tot"));
        Assert.Empty(Site.FindingsOn(Pingtan(2021), Crosswalk.Find("applications.done")!));
    }

    [Theory]
    [InlineData("agencies/pingtan/indicators/s3.done.tot.html")]
    [InlineData("en/agencies/pingtan/indicators/s3.done.tot.html")]
    public void The_indicator_page_marks_the_flagged_year_and_the_changes_worked_out_from_it(string path)
    {
        var document = Parse(path);
        var rows = document.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim());

        // Year, value, change.
        var value = rows["2020"].Children[1];
        Assert.StartsWith("21", value.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("⚠ R-N2", value.QuerySelector("a.flag")!.TextContent.Trim());
        // To the cell on the report page; in English, whose report page has no tables, to its row of the all-years table
        // (the 2020 form's row: the code is on the 2021 form too).
        Assert.EndsWith(path.StartsWith("en/", StringComparison.Ordinal) ? "all-years.html#national-2019.s3.done.tot" : "2020/index.html#cell-s3.done.tot",
            value.QuerySelector("a.flag")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(rows["2020"].Children[2].QuerySelector("a.flag"));
        Assert.NotNull(rows["2021"].Children[2].QuerySelector("a.flag"));
        Assert.Null(rows["2021"].Children[1].QuerySelector("a.flag"));
        Assert.Null(rows["2024"].QuerySelector("a.flag"));
        Assert.Contains(path.StartsWith("en/", StringComparison.Ordinal) ? "red ring" : "红圈", document.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(path.StartsWith("en/", StringComparison.Ordinal) ? "Ringed in red, as published: 2020 (breaks R-N2)." : "图中红圈标出的2020年（不符合 R-N2）数值按原报告照录。", document.QuerySelector("figure img")!.GetAttribute("alt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_indicator_chart_rings_the_flagged_year_and_names_it_in_its_description()
    {
        var chart = RoutePlan.Create(Site).Charts.Single(c => c.Path == "agencies/pingtan/indicators/s3.done.tot.svg");
        var series = chart.Series();

        Assert.Equal(["", "R-N2", "", "", "", "", ""], series.Flags);
        Assert.Contains("2020年（不符合 R-N2）", series.Description, StringComparison.Ordinal);
        var svg = ChartRenderer.Render(series);
        // The description is the page's (the image's alt), in its language: the file, shared by both, has none.
        Assert.DoesNotContain("<desc", svg, StringComparison.Ordinal);
        var unflagged = ChartRenderer.Render(series with { Flags = null });

        // The ring is drawn; what it means is said in the page's caption, in the page's language, not in the chart.
        Assert.Contains("#A40000", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("#A40000", unflagged, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(ChartRenderer.KeyOf(series), ChartRenderer.KeyOf(series with { Flags = null }));
    }

    [Fact]
    public void The_indicator_chart_data_has_the_rule_ids_in_its_flag_column()
    {
        var series = RoutePlan.Create(Site).Charts.Single(c => c.CsvPath == "agencies/pingtan/indicators/s3.done.tot.csv").Series();

        var csv = Encoding.UTF8.GetString(CsvExport.Series(series.Labels, series.Values, series.Flags));

        Assert.StartsWith("\uFEFFyear,value,status,flag\r\n2019,23,reported,\r\n2020,21,reported,R-N2\r\n2021,69,reported,\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_says_a_flagged_value_is_as_published_and_breaks_its_rule_wherever_it_names_it()
    {
        var finding = Site.FindingsOn(Pingtan(2020), "s3.done.tot");
        var view = new IndicatorView("pingtan", Forms.National2019.Find("s3.done.tot")!, Crosswalk.Find("applications.done"),
            [new SeriesPoint(2019, "national-2019", 23m, Comparability.Same, false), new SeriesPoint(2020, "national-2019", 21m, Comparability.Same, false)])
        {
            Findings = [[], finding],
        };
        var later = new IndicatorView("pingtan", Forms.National2019.Find("s3.done.tot")!, Crosswalk.Find("applications.done"),
            [new SeriesPoint(2020, "national-2019", 21m, Comparability.Same, false), new SeriesPoint(2021, "national-2019", 9m, Comparability.Same, false)])
        {
            Findings = [finding, []],
        };

        Assert.Equal("2020年办理结果总计21件（按原报告照录；不符合 R-N2），较上年（23件）减少2件（8.7%）。2019—2020年间最高为2019年的23件。", Summary.Describe(view, Language.Chinese));
        Assert.Equal("In 2020, applications handled: 21 applications (as published; breaks R-N2), down 2 from 23 the year before (8.7%). Between 2019 and 2020 the highest was 23 in 2019.", Summary.Describe(view, Language.English));
        Assert.Equal("2021年办理结果总计9件，较上年（21件（按原报告照录；不符合 R-N2））减少12件（57.1%）。2020—2021年间最高为2020年的21件（按原报告照录；不符合 R-N2）。", Summary.Describe(later, Language.Chinese));
        // The JSON-LD description is the page description, which states the latest value: DescriptionTests checks that the
        // 2020 report's description carries the same mark.
    }

    [Theory]
    [InlineData("agencies/pingtan/compare/2020-2021.html", 1)]
    [InlineData("en/agencies/pingtan/compare/2020-2021.html", 1)]
    [InlineData("agencies/pingtan/compare/2020-2025.html", 1)]
    public void Compare_pages_mark_the_flagged_value_and_the_change(string path, int flaggedColumn)
    {
        // Two years of one form compare cell by cell (s3.done.tot), of two forms through the crosswalk (applications.done).
        var row = Parse(path).QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th code")?.TextContent is "applications.done" or "s3.done.tot");
        var cells = row.Children;

        Assert.StartsWith("21", cells[flaggedColumn].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("⚠ R-N2", cells[flaggedColumn].QuerySelector("a.flag")!.TextContent.Trim());
        Assert.Null(cells[3 - flaggedColumn].QuerySelector("a.flag"));
        // The change names the year of its mark, once: the change % beside it is flagged without repeating it.
        Assert.Equal("⚠ 2020 R-N2", Assert.Single(cells[3].QuerySelectorAll("a.flag")).TextContent.Trim());
        Assert.Contains("flagged", cells[4].ClassName, StringComparison.Ordinal);
        Assert.Null(cells[4].QuerySelector("a.flag"));
    }

    [Fact]
    public void A_compare_page_of_two_unflagged_years_has_no_mark()
    {
        Assert.Empty(Parse("agencies/pingtan/compare/2019-2025.html").QuerySelectorAll("a.flag"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_ranking_marks_the_flagged_value_ranked_as_published_and_the_rate_worked_out_from_it(string prefix)
    {
        var document = Parse(prefix + Routes.AcrossRanking(2020, "applications.done"));
        var row = document.QuerySelector("tbody tr")!;

        Assert.Equal("1", row.Children[0].TextContent.Trim());
        Assert.StartsWith("21", row.Children[4].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("⚠ R-N2", row.Children[4].QuerySelector("a.flag")!.TextContent.Trim());
        Assert.Contains(prefix == "en/" ? "21 (as published; breaks R-N2)" : "21（按原报告照录；不符合 R-N2）", document.QuerySelector("figure img")!.GetAttribute("alt") ?? "", StringComparison.Ordinal);

        // 公开率's denominator is 办理结果总计: the rate carries its mark; 纠错率 is not worked out from it.
        Assert.NotNull(Parse(prefix + Routes.AcrossRanking(2020, RankedMeasure.DisclosureRate.Id)).QuerySelector("tbody td:last-child a.flag"));
        Assert.Null(Parse(prefix + Routes.AcrossRanking(2020, RankedMeasure.CorrectionRate.Id)).QuerySelector("a.flag"));
    }

    [Fact]
    public void The_ranking_of_a_year_without_findings_has_no_mark()
    {
        Assert.Empty(Parse("across/2021/index.html").QuerySelectorAll("a.flag"));
        Assert.All(RankedMeasure.All, m => Assert.Empty(Parse(Routes.AcrossRanking(2021, m.Id)).QuerySelectorAll("a.flag")));
    }

    [Theory]
    [InlineData("agencies/pingtan/index.html")]
    [InlineData("en/agencies/pingtan/index.html")]
    public void The_agency_pages_headline_table_marks_the_flagged_value(string path)
    {
        var flags = Parse(path).QuerySelectorAll("td a.flag").ToList();

        var flag = Assert.Single(flags);
        Assert.StartsWith("21", flag.ParentElement!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Downloads_have_a_flag_column_with_the_rule_ids_of_the_cell()
    {
        var rows = LongRow.Of(Pingtan(2020), Site);

        Assert.Equal("R-N2", rows.Single(r => r.Code == "s3.done.tot").Flag);
        Assert.Equal("R-N2", rows.Single(r => r.Code == "s3.done.nat").Flag);
        Assert.Equal("X-S2c", rows.Single(r => r.Code == "s2v19.rules.public_total").Flag);
        Assert.Equal(3, rows.Count(r => r.Flag.Length > 0));
        Assert.Equal("flag", LongRow.Columns[8]);
        Assert.Equal("flag", CsvExport.ObservationColumns[^1]);
        var csv = Encoding.UTF8.GetString(CsvExport.ObservationRecords(rows));
        Assert.Contains("pingtan,2020,national-2019,s3.done.tot,件,21,reported,R-N2\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"flag\"", SiteMetadata.DataPackage(Site), StringComparison.Ordinal);
    }

    private static IDocument Parse(string path) =>
        new HtmlParser().ParseDocument(PageRenderer.Render(RoutePlan.Create(Site).Pages.Single(p => p.Path == path)));
}
