using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Each year is compared with the latest, and with the one before, on pages of their own, listed on the compare
/// index, except two years in a row on the same form, which the later report's table compares cell by cell; any two years
/// are read side by side on the all-years table.</summary>
public sealed class CompareYearsTests
{
    [Fact]
    public void Each_year_has_a_page_with_the_latest_and_with_the_one_before_across_a_form_change_and_no_other_pair_has_one()
    {
        var reports = SiteFixture.Model.ReportsOf("pingtan");
        var years = reports.Select(r => r.Year).ToList();
        var sitemap = SiteFixture.Files.Text(Routes.Sitemap);

        foreach (var prefix in new[] { "", "en/" })
        {
            for (var i = 0; i < years.Count; i++)
            {
                for (var j = i + 1; j < years.Count; j++)
                {
                    var path = prefix + Routes.Compare("pingtan", years[i], years[j]);
                    var expected = (j == i + 1 && reports[i].Form != reports[j].Form) || (j == years.Count - 1 && j > i + 1);
                    Assert.True(SiteFixture.Files.Contains(path) == expected, $"{path}: expected {(expected ? "a page" : "none")}");
                    Assert.Equal(expected, sitemap.Contains($"<loc>{SiteFixture.Model.Settings.BaseUrl}{path}</loc>", StringComparison.Ordinal));
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_compare_index_links_each_year_with_the_one_before_and_with_the_latest_and_the_all_years_table(string prefix)
    {
        var index = prefix + Routes.CompareIndex("pingtan");
        var years = SiteFixture.Model.ReportsOf("pingtan").Select(r => r.Year).ToList();
        var document = new HtmlParser().ParseDocument(SiteFixture.Files.Text(index));
        var rows = document.QuerySelectorAll("tbody tr").ToList();

        Assert.Equal(years.Count, rows.Count);
        for (var i = 0; i < years.Count; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").ToList();
            var before = cells[0].QuerySelector("a")?.GetAttribute("href");
            var latest = cells[1].QuerySelector("a")?.GetAttribute("href");
            // Two years in a row on the same form are compared on the later report's tables.
            var reports = SiteFixture.Model.ReportsOf("pingtan");
            var expectedBefore = i == 0 ? null
                : reports[i - 1].Form == reports[i].Form ? Routes.Relative(index, prefix + Routes.Report("pingtan", years[i]) + "#tables")
                : Routes.Relative(index, prefix + Routes.Compare("pingtan", years[i - 1], years[i]));
            Assert.Equal(expectedBefore, before);
            var expectedLatest = i == years.Count - 1 ? null
                : i == years.Count - 2 && reports[i].Form == reports[^1].Form ? Routes.Relative(index, prefix + Routes.Report("pingtan", years[^1]) + "#tables")
                : Routes.Relative(index, prefix + Routes.Compare("pingtan", years[i], years[^1]));
            Assert.Equal(expectedLatest, latest);
        }

        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Routes.Relative(index, prefix + Routes.AllYears("pingtan")));
    }

    [Fact]
    public void A_report_page_links_the_year_before_the_latest_year_and_the_all_years_table()
    {
        var path = Routes.Report("pingtan", 2021);
        var links = new HtmlParser().ParseDocument(SiteFixture.Files.Text(path)).QuerySelectorAll("ul.actions a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains(Routes.Relative(path, Routes.Compare("pingtan", 2020, 2021)), links);
        Assert.Contains(Routes.Relative(path, Routes.Compare("pingtan", 2021, 2025)), links);
        Assert.Contains(Routes.Relative(path, Routes.AllYears("pingtan")), links);

        // 2023 and 2022 are on the same form: the 2023 table gives each cell's 2022 value and change, and no page repeats it.
        var sameForm = Routes.Report("pingtan", 2023);
        var document = new HtmlParser().ParseDocument(SiteFixture.Files.Text(sameForm));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("compare/2022-2023", StringComparison.Ordinal));
        Assert.False(SiteFixture.Files.Contains(Routes.Compare("pingtan", 2022, 2023)));
        var cell = document.GetElementById("cell-s3.new.tot")!;
        var previous = SiteFixture.Model.ReportsOf("pingtan").Single(r => r.Year == 2022).Value("s3.new.tot");
        Assert.Contains("上年 " + Display.Value(previous), cell.QuerySelector(".chg")!.TextContent, StringComparison.Ordinal);
    }
}
