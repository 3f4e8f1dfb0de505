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

        // 2020's 办理结果总计 breaks R-N2: 2021's change from it carries the mark; 2021's own value does not.
        Assert.Null(done[0].QuerySelector("a.flag"));
        Assert.Contains("R-N2", done[1].QuerySelector("a.flag")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_report_shows_no_change()
    {
        var document = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Report("shanggao-county", 2017)));

        Assert.All(document.QuerySelectorAll("table.key tbody tr"), row => Assert.Equal("", row.QuerySelectorAll("td")[1].TextContent.Trim()));
    }
}
