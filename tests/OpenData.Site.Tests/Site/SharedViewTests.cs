namespace OpenData.Site.Tests.Build;

public sealed class SharedViewTests
{
    [Fact]
    public void A_shared_value_is_made_once_for_its_uses_and_let_go_after_the_last()
    {
        var made = 0;
        var shared = new Shared<object>(() => new { Number = ++made }, uses: 3);

        var first = shared.Use();
        Assert.Same(first, shared.Use());
        Assert.Same(first, shared.Use());
        Assert.Equal(1, made);

        // Not kept after its last use: a use beyond those planned makes it again.
        Assert.NotSame(first, shared.Use());
        Assert.Equal(2, made);
    }

    [Fact]
    public void An_indicators_pages_in_both_languages_and_its_chart_share_one_view_and_its_summary()
    {
        var plan = RoutePlan.Create(SiteFixture.Model);
        var chart = plan.Charts.First(c => c.CsvPath is not null);
        var route = chart.Path.Replace(".svg", ".html", StringComparison.Ordinal);
        var pages = plan.Pages.Where(p => p.Route == route).ToList();

        Assert.Equal([Language.Chinese, Language.English], pages.Select(p => p.Language));
        var zh = Assert.IsType<PlannedPage<IndicatorPage, IndicatorView>>(pages[0]).View();
        Assert.Same(zh, Assert.IsType<PlannedPage<IndicatorPage, IndicatorView>>(pages[1]).View());
        var series = chart.Series();
        Assert.StartsWith(zh.Describe(Language.Chinese), series.Description, StringComparison.Ordinal);
        Assert.Same(zh.Describe(Language.Chinese), zh.Describe(Language.Chinese));
        Assert.Equal(zh.Title(SiteFixture.Model, Language.Chinese), series.Title);
    }

    [Fact]
    public void Each_routes_pages_are_side_by_side_in_every_language()
    {
        var site = SiteFixture.Model;
        var pages = RoutePlan.Create(site).Pages;

        // Every route has its Chinese page, followed at once by its English page where it has one: every route but a
        // single cell's trend page (SiteModel.HasIndicatorPage).
        var chineseOnly = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(Language.Chinese, pages[i].Language);
            if (i + 1 < pages.Count && pages[i + 1].Language == Language.English)
            {
                Assert.Equal(pages[i].Route, pages[++i].Route);
                Assert.Null(pages[i - 1].OtherLanguageRoute);
            }
            else
            {
                chineseOnly++;
                Assert.Contains("/indicators/", pages[i].Route, StringComparison.Ordinal);
                Assert.StartsWith(Routes.AllYears(pages[i].Route.Split('/')[1]) + "#", pages[i].OtherLanguageRoute, StringComparison.Ordinal);
            }
        }

        Assert.Equal(site.Agencies.Sum(a => site.IndicatorCodes[a.Id].Count - site.IndicatorPages(a.Id, Language.English).Count()), chineseOnly);
        Assert.True(chineseOnly > 10);
    }

    [Fact]
    public void A_reports_changes_are_worked_out_once_for_its_pages_in_both_languages_and_kept_for_a_few_reports_only()
    {
        var site = SiteFixture.CreateModel();
        var report = site.Reports.First(r => site.Previous(r)?.Year == r.Year - 1);

        var changes = site.ChangesOf(report);

        Assert.Same(changes, site.ChangesOf(report));
        Assert.Equal(YearOverYear.Compare(report, site.Previous(report)).Select(c => (c.Code, c)), changes.Select(p => (p.Key, p.Value)));
        var others = site.Reports.Where(r => !ReferenceEquals(r, report)).ToList();
        Assert.True(others.Count >= RecentChanges.Size);
        foreach (var other in others)
        {
            site.ChangesOf(other);
        }

        var again = site.ChangesOf(report);
        Assert.NotSame(changes, again);
        Assert.Equal(changes, again);
    }

    [Fact]
    public void A_years_ranking_is_worked_out_once_for_the_pages_that_show_it()
    {
        var site = SiteFixture.Model;
        var year = site.Years[^1];
        var reports = new AcrossView(year, [.. site.Reports.Where(r => r.Year == year)]);

        var standings = new RankingView(reports, RankedMeasure.DisclosureRate).Standings(site);

        Assert.Same(standings, new RankingView(reports, RankedMeasure.DisclosureRate).Standings(site));
        // Another view of the same reports, or another measure, has its own.
        var apart = new RankingView(reports with { }, RankedMeasure.DisclosureRate).Standings(site);
        Assert.NotSame(standings, apart);
        Assert.Equal(standings.Select(s => (s.Agency, s.Rank, s.Value, s.HasReport)), apart.Select(s => (s.Agency, s.Rank, s.Value, s.HasReport)));
        Assert.NotSame(standings, new RankingView(reports, RankedMeasure.CorrectionRate).Standings(site));
    }
}
