using System.Text;
using Microsoft.AspNetCore.Components;

namespace OpenData.Site.Tests.Build;

public sealed class PageRendererTests
{
    [Fact]
    public void RenderUtf8_gives_the_bytes_of_Render_for_every_page_of_the_test_site()
    {
        var plan = RoutePlan.Create(SiteFixture.Model);

        foreach (var page in plan.Pages)
        {
            var text = PageRenderer.Render(page);
            var bytes = PageRenderer.RenderUtf8(page);

            Assert.True(new UTF8Encoding(false).GetBytes(text).AsSpan().SequenceEqual(bytes), page.Path);
            Assert.StartsWith("<!DOCTYPE html>\n<html", text, StringComparison.Ordinal);
            Assert.EndsWith("</html>\n", text, StringComparison.Ordinal);
        }

        // Every kind of page is covered.
        var kinds = plan.Pages.Select(p => p.Component).Distinct().Count();
        Assert.Equal(typeof(PageRenderer).Assembly.GetTypes().Count(PageTypeTests.IsPage), kinds);
    }

    [Fact]
    public void Every_page_of_the_test_site_is_the_page_Blazor_renders()
    {
        foreach (var page in RoutePlan.Create(SiteFixture.Model).Pages)
        {
            // Byte for byte as the components wrote it, then as it is published, white space collapsed.
            Assert.Equal(PageRenderer.RenderWithBlazor(page, asWritten: true), PageRenderer.Render(page, asWritten: true));
            Assert.Equal(PageRenderer.RenderWithBlazor(page), PageRenderer.Render(page));
        }
    }

    [Fact]
    public void Collapsing_white_space_changes_no_page_but_its_white_space()
    {
        var shorter = 0;
        foreach (var page in RoutePlan.Create(SiteFixture.Model).Pages)
        {
            var written = PageRenderer.Render(page, asWritten: true);
            var published = PageRenderer.Render(page);

            Assert.Equal(Strip(written), Strip(published));
            // The same elements, attributes and text, and white space wherever a browser shows it.
            Assert.Equal(GoldenHtml.Pretty(written), GoldenHtml.Pretty(published));
            shorter += published.Length < written.Length ? 1 : 0;
        }

        // The templates are indented: most pages lose white space.
        Assert.True(shorter > 0, "no page was collapsed");
    }

    private static string Strip(string html) => string.Concat(html.Where(c => !HtmlWhitespace.IsWhiteSpace(c)));

    [Fact]
    public void Pages_rendered_in_parallel_are_the_pages_rendered_one_by_one()
    {
        var pages = RoutePlan.Create(SiteFixture.Model).Pages;
        var sequential = pages.Select(PageRenderer.RenderUtf8).ToList();
        var parallel = new byte[pages.Count][];

        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = PageRenderer.RenderUtf8(pages[i]));

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.True(sequential[i].AsSpan().SequenceEqual(parallel[i]), pages[i].Path);
        }
    }

    [Fact]
    public void Child_component_parameters_are_set_as_Blazor_sets_them()
    {
        var type = StaticComponentType.Of(typeof(FindingMarks));
        var marks = Assert.IsType<FindingMarks>(type.Create());
        Finding[] findings = [new Finding("R-N2", Severity.Error, "总计不符", "Total does not add up")];

        // Names match ignoring case, as in Blazor; a name no parameter has is an error, as in Blazor.
        type.Set(marks, nameof(FindingMarks.Findings), findings);
        type.Set(marks, "withyear", true);

        Assert.Same(findings, marks.Findings);
        Assert.True(marks.WithYear);
        Assert.Throws<InvalidOperationException>(() => type.Set(marks, "NoSuchParameter", 1));
        Assert.Throws<InvalidOperationException>(() => ParameterView.FromDictionary(new Dictionary<string, object?> { ["NoSuchParameter"] = 1 }).SetParameterProperties(new FindingMarks()));
        Assert.Throws<NotSupportedException>(() => StaticComponentType.Of(typeof(string)));
    }

    [Fact]
    public void A_rendered_page_keeps_nothing_of_its_site_alive()
    {
        // Every kind of page, rendered on this thread, whose writer and buffer stay with the thread.
        var site = RenderEveryPageOfANewSite();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(site.IsAlive, "the site model outlived its pages: a build would keep every report in memory");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference RenderEveryPageOfANewSite()
    {
        var site = SiteFixture.CreateModel();
        foreach (var page in RoutePlan.Create(site).Pages)
        {
            PageRenderer.RenderUtf8(page);
        }

        return new WeakReference(site);
    }

    [Theory]
    [InlineData("index.html", "agencies/index.html", "agencies/index.html")]
    [InlineData("agencies/x/index.html", "index.html", "../../index.html")]
    [InlineData("agencies/x/index.html", "agencies/x/2020/index.html", "2020/index.html")]
    [InlineData("agencies/x/2020/index.html", "agencies/y/2020/index.html", "../../y/2020/index.html")]
    [InlineData("en/agencies/x/index.html", "assets/site.css", "../../../assets/site.css")]
    [InlineData("en/index.html", "index.html", "../index.html")]
    [InlineData("agencies/x/index.html", "agencies/x/index.html", "index.html")]
    [InlineData("a/b/index.html", "a/bc/index.html", "../bc/index.html")]
    [InlineData("a//b/index.html", "a//c.html", "../c.html")]
    public void Relative_links_walk_up_to_the_shared_folder(string from, string to, string expected) =>
        Assert.Equal(expected, Routes.Relative(from, to));

    [Fact]
    public void Relative_links_are_those_of_split_paths_for_every_page_and_target()
    {
        var paths = RoutePlan.Create(SiteFixture.Model).Pages.Select(p => p.Path).ToList();
        string[] targets = [Routes.Home, Routes.Stylesheet, "en/" + Routes.Home, "agencies/pingtan/2020/pingtan-2020.json", "agencies/pingtan/indicators/s3.new.tot.html", ""];

        foreach (var from in paths)
        {
            foreach (var to in targets.Concat(paths.Take(40)))
            {
                Assert.Equal(SplitRelative(from, to), Routes.Relative(from, to));
            }
        }
    }

    // The first implementation of Routes.Relative, kept as the reference for the one that does not split.
    private static string SplitRelative(string from, string to)
    {
        var fromParts = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", fromParts.Length - common)) + string.Join('/', toParts[common..]);
    }
}
