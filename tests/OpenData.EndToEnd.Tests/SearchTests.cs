using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenData.Site.Serve;

namespace OpenData.EndToEnd.Tests;

/// <summary>The search box in Chromium: from a site served in a sub-folder, from a page opened as a file, and without
/// JavaScript, where the form opens the agencies page.</summary>
[Collection(DemoSiteGroup.Name)]
public sealed class SearchTests(DemoSite site)
{
    [Fact]
    public async Task A_query_typed_on_a_report_page_of_a_site_in_a_sub_folder_finds_agencies_indicators_and_report_text_and_a_result_opens()
    {
        // The site as a web server publishes it under a folder of its own: /opendata/…
        var root = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(site.Output, Path.Combine(root, "opendata"));
        await using var server = await PreviewServer.StartAsync(root, 0, new BuildStatus(), liveReload: false);
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") { problems.Add(m.Text); } };
        page.PageError += (_, e) => problems.Add(e);
        page.Response += (_, r) => { if (r.Status >= 400) { problems.Add($"HTTP {r.Status}: {r.Url}"); } };
        await page.GotoAsync(new Uri(server.Address, "opendata/agencies/pingtan/2025/index.html").ToString());
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索机构、地区、指标和报告" });
        var results = page.Locator("#search-results");

        // Pinyin initials of 平潭综合实验区.
        await box.FillAsync("ptzh");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "平潭综合实验区", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("条结果");

        // An indicator label: on pingtan's page, pingtan's indicator page.
        await box.FillAsync("行政复议 总计");
        var indicator = results.GetByRole(AriaRole.Link, new() { Name = "行政复议 / 总计", Exact = true });
        await Assertions.Expect(indicator).ToHaveAttributeAsync("href", new Uri(server.Address, "opendata/agencies/pingtan/indicators/s4.rev.total.html").ToString());

        // Words of a report's text, as published.
        await box.FillAsync("全年办理政府信息公开申请218件");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "平潭综合实验区 2024" })).ToBeVisibleAsync();

        // Escape closes the results and leaves the focus in the box; arrow keys walk the results; Enter follows one.
        await box.PressAsync("Escape");
        await Assertions.Expect(results).ToBeHiddenAsync();
        await Assertions.Expect(box).ToBeFocusedAsync();
        await box.FillAsync("平潭");
        await box.PressAsync("ArrowDown");
        var first = results.GetByRole(AriaRole.Link).First;
        await Assertions.Expect(first).ToBeFocusedAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("href", new Uri(server.Address, "opendata/agencies/pingtan/index.html").ToString());
        await page.Keyboard.PressAsync("Enter");
        // The agency's page (polled: the navigation may end before a wait for it starts).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/opendata/agencies/pingtan/(index\\.html)?$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("平潭综合实验区");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_search_works_on_an_english_page_opened_as_a_file()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "en", "agencies", "pingtan", "2025", "index.html")).AbsoluteUri);

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search agencies, regions, indicators and reports" });
        await box.FillAsync("administrative reconsideration cases");
        var link = page.Locator("#search-results").GetByRole(AriaRole.Link, new() { Name = "administrative reconsideration cases", Exact = true }).First;
        await link.ClickAsync();

        // Polled, not WaitForURLAsync: when the click's navigation has ended before that call, it waits for a load event
        // the client may not have recorded (CI timed out on it once) — the page's heading shows the page is there.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/agencies/pingtan/indicators/s4\\.rev\\.total\\.html$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("administrative reconsideration cases");
        Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_form_opens_the_agencies_page_grouped_by_region_and_level()
    {
        var (page, problems) = await site.OpenAsync("agencies/pingtan/2025/index.html", new BrowserNewContextOptions { JavaScriptEnabled = false });

        await page.GetByRole(AriaRole.Searchbox).FillAsync("平潭");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agencies/index\\.html\\?q=[^&]+$"));
        await Assertions.Expect(page.Locator("h2#by-region")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.toc a[href='#by-level']")).ToBeVisibleAsync();
        await page.Locator("nav.toc a[href='#r-3']").ClickAsync();
        await Assertions.Expect(page.Locator("#r-3 + ul.tree").GetByRole(AriaRole.Link, new() { Name = "平潭综合实验区" })).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
