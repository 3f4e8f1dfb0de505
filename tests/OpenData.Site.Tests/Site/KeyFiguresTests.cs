using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Issue #18 item 6: a report page opens with its key figures, each with its change, before the narrative.</summary>
public sealed class KeyFiguresTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("", 2022)]
    [InlineData("en/", 2022)]
    [InlineData("", 2021)]
    public void A_report_page_opens_with_its_key_figures_and_their_change_before_the_narrative_and_the_tables(string prefix, int year)
    {
        var site = SiteFixture.Model;
        var report = site.ReportsOf("pingtan").Single(r => r.Year == year);
        var previous = site.ReportsOf("pingtan").Single(r => r.Year == year - 1);
        var language = prefix.Length == 0 ? Language.Chinese : Language.English;
        var html = SiteFixture.Files.Text(prefix + Routes.Report("pingtan", year));
        var document = Parser.ParseDocument(html);
        var rows = document.QuerySelectorAll("table.key tbody tr").ToList();

        Assert.Equal(6, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var concept = KeyFigures.Concepts[i];
            var cells = rows[i].QuerySelectorAll("td").ToList();
            Assert.StartsWith(language.T(concept.LabelZh, concept.LabelEn), rows[i].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
            var value = Crosswalk.Resolve(concept, report);
            Assert.StartsWith(Display.Number(value, language), cells[0].TextContent, StringComparison.Ordinal);
            Assert.StartsWith(Display.Delta(DerivedValue.Difference(value, Crosswalk.Resolve(concept, previous))), cells[1].TextContent, StringComparison.Ordinal);
        }

        var key = html.IndexOf("id=\"key-figures\"", StringComparison.Ordinal);
        Assert.True(key > 0 && key < html.IndexOf("id=\"tables\"", StringComparison.Ordinal));
        // The narrative (its first section with a heading) follows them.
        var first = report.Narrative.First(n => n.Title.Length > 0).Title;
        Assert.True(key < html.IndexOf(first, html.IndexOf("<main", StringComparison.Ordinal), StringComparison.Ordinal), $"the key figures come after “{first}”");
    }

    [Fact]
    public void A_value_from_a_flagged_cell_keeps_its_mark_and_so_does_the_change_worked_out_from_it()
    {
        var document = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Report("pingtan", 2021)));
        var done = document.QuerySelectorAll("table.key tbody tr")[1].QuerySelectorAll("td");

        // 2020's 办理结果总计 breaks R-N2: 2021's change from it carries the mark, naming the year it is on; 2021's own value does not.
        Assert.Null(done[0].QuerySelector("a.flag"));
        Assert.Equal("⚠ 2020 R-N2", done[1].QuerySelector("a.flag")!.TextContent.Trim());

        // So does the change on the trend page.
        var trend = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Indicator("pingtan", "s3.done.tot")));
        var row2021 = trend.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "2021");
        Assert.Equal("⚠ 2020 R-N2", row2021.QuerySelectorAll("td")[1].QuerySelector("a.flag")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("", "无上年（2016年）报告，不列较上年变化。")]
    [InlineData("en/", "No report for the year before (2016), so no change is shown.")]
    public void A_first_report_has_no_change_column_and_says_why(string prefix, string note)
    {
        var section = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.Report("shanggao-county", 2017))).QuerySelector("section[aria-labelledby='key-figures']")!;

        Assert.Equal(note, section.QuerySelector("p.note")!.TextContent);
        Assert.Equal(2, section.QuerySelectorAll("table.key thead th").Length);
        Assert.All(section.QuerySelectorAll("table.key tbody tr"), row => Assert.Single(row.QuerySelectorAll("td")));
    }

    [Fact]
    public void A_report_after_a_missing_year_has_no_change_column_either()
    {
        // pingtan without its 2020 report: 2021's report before it is 2019's, not the year before.
        var site = SiteFixture.Model;
        var model = new SiteModel(site.Settings, site.Pages, DataSet.FromReports(
            site.Agencies,
            site.Reports.Where(r => r.Agency != "pingtan" || r.Year != 2020).Select(r => new SourcedReport(r, null))), site.Findings, charts: false);
        var html = PageRenderer.Render(RoutePlan.Create(model).Pages.Single(p => p.Path == Routes.Report("pingtan", 2021)));
        var section = Parser.ParseDocument(html).QuerySelector("section[aria-labelledby='key-figures']")!;

        Assert.Equal("无上年（2020年）报告，不列较上年变化。", section.QuerySelector("p.note")!.TextContent);
        Assert.All(section.QuerySelectorAll("table.key tbody tr"), row => Assert.Single(row.QuerySelectorAll("td")));
    }

    [Theory]
    [InlineData("", "s3.new.tot", 0)]
    [InlineData("", "s3.done.tot", 1)]
    [InlineData("en/", "s3.done.tot", 1)]
    public void The_key_figures_and_the_indicator_page_show_the_same_change_every_year(string prefix, string code, int row)
    {
        // Both read the change off Core's series of the concept: the report page can never say another thing than the trend page.
        var site = SiteFixture.Model;
        var reports = site.ReportsOf("pingtan");
        Assert.Same(KeyFigures.Concepts[row], Crosswalk.ConceptOf(code, reports));
        var indicator = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.Indicator("pingtan", code)));
        var byYear = indicator.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").ToList());

        foreach (var report in reports.Skip(1))
        {
            var key = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.Report("pingtan", report.Year))).QuerySelectorAll("table.key tbody tr")[row].QuerySelectorAll("td");
            var trend = byYear[Display.Year(report.Year)];

            // The trend page's cells are the value and the change; the change may carry a note on how it compares.
            Assert.Equal(trend[0].TextContent, key[0].TextContent);
            Assert.Equal(WithoutNote(trend[1]), key[1].TextContent);
        }
    }

    private static string WithoutNote(AngleSharp.Dom.IElement cell) =>
        string.Concat(cell.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { LocalName: "small" }).Select(n => n.TextContent));
}
