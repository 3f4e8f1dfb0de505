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
}
