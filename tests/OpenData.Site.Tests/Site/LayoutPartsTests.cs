using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>The parts of the layout a thread keeps from page to page (<see cref="LayoutParts"/>): a page is the same
/// whichever page its thread rendered before it.</summary>
public sealed class LayoutPartsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pages_rendered_in_any_order_are_the_pages_rendered_each_on_a_thread_of_its_own(int seed)
    {
        var pages = RoutePlan.Create(SiteFixture.Model).Pages.ToArray();
        new Random(seed).Shuffle(pages);

        var kept = 0;
        string? last = null;
        foreach (var page in pages)
        {
            var alone = RenderOnANewThread(page);
            var parts = LayoutParts.For(page.Context);
            Assert.Equal(alone, PageRenderer.Render(page));
            kept += ReferenceEquals(parts, LayoutParts.For(page.Context)) && last == page.Language.Code ? 1 : 0;
            last = page.Language.Code;
        }

        // The parts of a page serve the next one of its language when it is as deep and under the same folders.
        Assert.True(kept > pages.Length / 10, $"parts kept for {kept} of {pages.Length} pages");
    }

    [Fact]
    public void The_pages_of_an_agency_share_their_parts_and_pages_elsewhere_do_not()
    {
        var pages = RoutePlan.Create(SiteFixture.Model).Pages.Where(p => !p.Language.IsEnglish).ToDictionary(p => p.Route);

        // Reports, indicators and comparisons are as deep, under the agency's folder: the links of the header are the same.
        var report = LayoutParts.For(pages["agencies/pingtan/2022/index.html"].Context);
        Assert.Same(report, LayoutParts.For(pages["agencies/pingtan/2023/index.html"].Context));
        Assert.Same(report, LayoutParts.For(pages.Values.First(p => p.Route.StartsWith("agencies/pingtan/indicators/", StringComparison.Ordinal)).Context));

        // As deep under another folder, or under the same folder but less deep: other links.
        var across = LayoutParts.For(pages.Values.First(p => p.Route.StartsWith("across/", StringComparison.Ordinal) && p.Route.Count(c => c == '/') == 2).Context);
        Assert.NotSame(report, across);
        Assert.NotEqual(report.Footer.Html, across.Footer.Html);
        Assert.NotSame(across, LayoutParts.For(pages["agencies/pingtan/index.html"].Context));
    }

    [Fact]
    public void A_header_that_holds_the_mark_of_the_language_link_is_rendered_on_each_page()
    {
        var site = SiteFixture.CreateModel(new JsonObject { ["title"] = LayoutParts.LanguageLinkMark });
        var pages = RoutePlan.Create(site).Pages.Where(p => !p.Language.IsEnglish).Take(20).ToList();

        foreach (var page in pages)
        {
            Assert.Null(LayoutParts.For(page.Context).Header);
            var document = new HtmlParser().ParseDocument(PageRenderer.Render(page));
            Assert.Equal(LayoutParts.LanguageLinkMark, document.QuerySelector("header.site a.brand")!.TextContent);
            Assert.Equal(page.Context.Alternate(Language.English), document.QuerySelector("header.site nav li:last-child a[hreflang=en]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_site_without_English_pages_keeps_its_whole_header_and_links_no_other_language()
    {
        var site = SiteFixture.CreateModel(new JsonObject { ["languages"] = new JsonArray("zh-CN") });
        var pages = RoutePlan.Create(site).Pages;

        Assert.All(pages, p => Assert.False(p.Language.IsEnglish));
        foreach (var page in pages)
        {
            Assert.Equal(RenderOnANewThread(page), PageRenderer.Render(page));
            Assert.True(LayoutParts.For(page.Context).Header is (_, null), page.Path);
            var document = new HtmlParser().ParseDocument(PageRenderer.Render(page));
            Assert.Empty(document.QuerySelectorAll("[hreflang]"));
            Assert.Equal(page.Context.Href(Routes.Page("about")), document.QuerySelector("header.site nav li:last-child a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_parts_are_written_as_they_are()
    {
        var parts = LayoutParts.For(RoutePlan.Create(SiteFixture.Model).Pages.First(p => p.Route == "agencies/pingtan/2022/index.html").Context);

        // Each starts and ends with a tag and is collapsed already: none is read again for its white space.
        Assert.All(new[] { parts.Head, parts.Header!.Value.Start, parts.Header!.Value.End!, parts.Footer }, part => Assert.NotNull(part.FirstElement));
        Assert.StartsWith("<a class=\"skip\"", parts.Header!.Value.Start.Html, StringComparison.Ordinal);
        Assert.EndsWith("</li>", parts.Header!.Value.Start.Html, StringComparison.Ordinal);
        Assert.StartsWith("</ul></nav>", parts.Header!.Value.End!.Html, StringComparison.Ordinal);
    }

    private static string RenderOnANewThread(PlannedPage page)
    {
        string? html = null;
        var thread = new Thread(() => html = PageRenderer.Render(page));
        thread.Start();
        thread.Join();
        return html!;
    }
}
