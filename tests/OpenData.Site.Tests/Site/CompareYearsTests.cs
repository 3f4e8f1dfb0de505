using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Each year is compared with the one before and with the latest on pages of their own, listed on the compare
/// index; any two years are read side by side on the all-years table.</summary>
public sealed class CompareYearsTests
{
    [Fact]
    public void Each_year_has_a_page_with_the_one_before_and_with_the_latest_and_no_other_pair_has_one()
    {
        var years = SiteFixture.Model.ReportsOf("pingtan").Select(r => r.Year).ToList();
        var sitemap = SiteFixture.Files.Text(Routes.Sitemap);

        foreach (var prefix in new[] { "", "en/" })
        {
            for (var i = 0; i < years.Count; i++)
            {
                for (var j = i + 1; j < years.Count; j++)
                {
                    var path = prefix + Routes.Compare("pingtan", years[i], years[j]);
                    var expected = j == i + 1 || j == years.Count - 1;
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
            Assert.Equal(i == 0 ? null : Routes.Relative(index, prefix + Routes.Compare("pingtan", years[i - 1], years[i])), before);
            Assert.Equal(i == years.Count - 1 ? null : Routes.Relative(index, prefix + Routes.Compare("pingtan", years[i], years[^1])), latest);
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
    }
}
