using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Any two years of an agency are compared on a page of their own, picked without JavaScript from the compare
/// index, a table of years by years; the pages of each year with the one before and with the latest keep their addresses.</summary>
public sealed class CompareAnyTwoYearsTests
{
    [Fact]
    public void Every_two_years_have_a_compare_page_listed_in_the_sitemap()
    {
        var years = SiteFixture.Model.ReportsOf("pingtan").Select(r => r.Year).ToList();
        var sitemap = SiteFixture.Files.Text(Routes.Sitemap);

        foreach (var prefix in new[] { "", "en/" })
        {
            foreach (var from in years)
            {
                foreach (var to in years.Where(y => y > from))
                {
                    var path = prefix + Routes.Compare("pingtan", from, to);
                    Assert.True(SiteFixture.Files.Contains(path), $"missing {path}");
                    Assert.Contains($"<loc>{SiteFixture.Model.Settings.BaseUrl}{path}</loc>", sitemap, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("agencies/pingtan/compare/2019-2020.html")]
    [InlineData("agencies/pingtan/compare/2019-2025.html")]
    [InlineData("agencies/pingtan/compare/2024-2025.html")]
    [InlineData("en/agencies/pingtan/compare/2022-2023.html")]
    public void The_pages_of_each_year_with_the_one_before_and_with_the_latest_keep_their_addresses(string path)
    {
        Assert.True(SiteFixture.Files.Contains(path), $"missing {path}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_compare_index_links_the_two_years_of_each_cell_earlier_first(string prefix)
    {
        var index = prefix + Routes.CompareIndex("pingtan");
        var years = SiteFixture.Model.ReportsOf("pingtan").Select(r => r.Year).ToList();
        var table = new HtmlParser().ParseDocument(SiteFixture.Files.Text(index)).QuerySelector("table")!;

        Assert.Equal(years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(years.Count, rows.Count);
        for (var i = 0; i < years.Count; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").ToList();
            Assert.Equal(years.Count, cells.Count);
            for (var j = 0; j < years.Count; j++)
            {
                var link = cells[j].QuerySelector("a")?.GetAttribute("href");
                if (i == j)
                {
                    Assert.Null(link);
                    continue;
                }

                var target = Routes.Relative(index, prefix + Routes.Compare("pingtan", Math.Min(years[i], years[j]), Math.Max(years[i], years[j])));
                Assert.Equal(target, link);
            }
        }
    }
}
