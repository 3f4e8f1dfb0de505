using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenData.EndToEnd.Tests;

[Collection(DemoSiteGroup.Name)]
public sealed class PageTests(DemoSite site)
{
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "home", "" },
        { "agencies", "agencies/" },
        { "agency", "agencies/pingtan/" },
        { "report-2021-form", "agencies/pingtan/2025/" },
        { "report-2019-form", "agencies/shanghai-gov-office/2019/" },
        { "report-old-form", "agencies/shanggao-county/2017/" },
        { "report-with-findings", "agencies/pingtan/2020/" },
        { "indicator", "agencies/pingtan/indicators/s3.new.tot.html" },
        { "indicator-with-finding", "agencies/pingtan/indicators/s3.done.tot.html" },
        { "compare-index", "agencies/pingtan/compare/" },
        { "compare", "agencies/pingtan/compare/2019-2025.html" },
        { "compare-with-finding", "en/agencies/pingtan/compare/2020-2021.html" },
        { "across", "across/" },
        { "across-year", "across/2019/" },
        { "across-year-with-finding", "across/2020/" },
        { "across-ranking-with-finding", "across/2020/applications.done.html" },
        { "across-rate-en", "en/across/2020/rates.disclosure.html" },
        { "quality", "quality/" },
        { "downloads", "downloads/" },
        { "about", "pages/about/" },
        { "methodology", "pages/methodology/" },
        { "home-en", "en/" },
        { "report-en", "en/agencies/pingtan/2025/" },
        { "all-years-en", "en/agencies/pingtan/all-years.html" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_opens_without_console_errors_failed_or_foreign_requests(string name, string path)
    {
        var (page, problems) = await site.OpenAsync(path);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DemoSite.Screenshots, $"{name}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("pingtan", 2025, "s3.new.tot", "s3.done.nat", "s3.carry_out.org.biz", "s2.fees.amount_wan", "s4.rev.total")]
    [InlineData("pingtan", 2020, "s3.done.nat", "s2v19.fees.delta", "s2v19.license.decisions", "s3.other.tot")]
    [InlineData("shanghai-gov-office", 2019, "s3.new.tot", "s3.granted.tot", "s3.granted.nat", "s2v19.procure.amount", "s4.lit_after.total")]
    [InlineData("shanggao-county", 2017, "old.active.total", "old.apply.received.online", "old.fees", "old.org.budget")]
    public async Task Report_pages_show_the_numbers_of_the_data_file_and_blanks_as_blank(string agency, int year, params string[] codes)
    {
        var report = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, agency, $"{year}.json")).Value!;
        var (page, problems) = await site.OpenAsync($"agencies/{agency}/{year}/");

        foreach (var code in codes)
        {
            var shown = (await page.Locator($"[id='cell-{code}'] > a:not(.flag)").InnerTextAsync()).Trim();
            var value = report.Value(code);
            var expected = value.IsBlank ? "—" : value.Raw ?? value.Number!.Value.ToString("#,0.############", CultureInfo.GetCultureInfo("zh-CN"));
            Assert.True(expected == shown || expected.Replace(",", "", StringComparison.Ordinal) == shown.Replace(",", "", StringComparison.Ordinal), $"{code}: data {expected}, page {shown}");
        }

        var table = page.Locator($"table:has([id='cell-{codes[0]}'])");
        await table.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(DemoSite.Screenshots, $"table-{agency}-{year}.png") });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_blank_cell_is_never_shown_as_zero()
    {
        var report = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "shanghai-gov-office", "2019.json")).Value!;
        var blanks = report.Values.Where(p => p.Value.IsBlank).Select(p => p.Key).ToList();
        var (page, _) = await site.OpenAsync("agencies/shanghai-gov-office/2019/");

        Assert.True(blanks.Count > 100);
        foreach (var code in blanks)
        {
            Assert.Equal("—", (await page.Locator($"[id='cell-{code}'] > a:not(.flag)").InnerTextAsync()).Trim());
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_english_report_page_leads_to_its_cells_in_the_years_column_of_the_english_all_years_table()
    {
        // The English report page has the key figures, findings and source in English, and no tables: its cells are the
        // year's column of the English all-years table.
        var (page, problems) = await site.OpenAsync("agencies/pingtan/2020/");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/agencies/pingtan/2020/index\\.html$"));
        Assert.Equal(0, await page.Locator("main table:not(.key)").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "2020 column of the all-years table" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/agencies/pingtan/all-years\\.html#y2020$"));
        var heading = page.Locator("th[id='y2020']");
        await Assertions.Expect(heading).ToBeInViewportAsync();
        Assert.True(await heading.EvaluateAsync<bool>("h => h.matches(':target')"));
        Assert.NotEqual("none", await heading.EvaluateAsync<string>("h => getComputedStyle(h).boxShadow"));
        // The column is in the table of the form the 2020 report used; its heading leads back to the report page.
        Assert.Equal(1, await page.Locator("[id='national-2019'] + div th[id='y2020']").CountAsync());
        await heading.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/agencies/pingtan/2020/index\\.html$"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_cells_chinese_trend_page_leads_an_english_reader_to_the_cells_row_of_the_english_all_years_table_outlined_in_view()
    {
        // 平潭's 不予公开 · 属于国家秘密 total varies between years but is no crosswalk concept: its trend page is in Chinese only.
        var (page, problems) = await site.OpenAsync("agencies/pingtan/indicators/s3.refused.secret.tot.html");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/agencies/pingtan/all-years\\.html#s3\\.refused\\.secret\\.tot$"));
        var row = page.Locator("[id='s3.refused.secret.tot']");
        await Assertions.Expect(row).ToBeInViewportAsync();
        Assert.True(await row.EvaluateAsync<bool>("r => r.matches(':target')"));
        // The row is outlined (its cells' inset shadow), and it shows the cell's value in each year of its form (2021–2025).
        Assert.NotEqual("none", await row.Locator("th").EvaluateAsync<string>("c => getComputedStyle(c).boxShadow"));
        Assert.Equal(5, await row.Locator("td").CountAsync());

        // The way back: the English table's language link opens the Chinese table, whose row links the trend page.
        await page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agencies/pingtan/all-years\\.html$"));
        await Assertions.Expect(page.Locator("[id='s3.refused.secret.tot'] th a")).ToHaveAttributeAsync("href", "indicators/s3.refused.secret.tot.html");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Charts_are_visible_svg_trends_without_words_and_rankings_with_chinese_names_rendered()
    {
        var (page, problems) = await site.OpenAsync("agencies/pingtan/indicators/s3.new.tot.html");
        var image = page.Locator("figure img").First;

        Assert.True(await image.IsVisibleAsync());
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);

        // A trend chart draws years and numbers only (one file for both languages), each rendered by a font.
        var (svg, _) = await site.OpenAsync("agencies/pingtan/indicators/s3.new.tot.svg");
        var texts = await svg.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('text')].map(t => ({ text: t.textContent, width: t.getBBox().width }))
            """);
        Assert.True(texts.GetArrayLength() > 5, "the chart has no axis labels");
        foreach (var text in texts.EnumerateArray())
        {
            Assert.Matches("^[0-9,.−-]+$", text.GetProperty("text").GetString()!);
            Assert.True(text.GetProperty("width").GetDouble() > 3, $"\"{text.GetProperty("text")}\" has no width");
        }

        // A ranking names its agencies, in the chart font (CJK).
        var (ranking, _) = await site.OpenAsync("across/2025/applications.new.svg");
        var chinese = await ranking.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('text')].filter(t => /[\u4e00-\u9fff]/.test(t.textContent))
                .map(t => ({ text: t.textContent, width: t.getBBox().width }))
            """);
        Assert.True(chinese.GetArrayLength() > 0, "the ranking chart has no Chinese text");
        foreach (var text in chinese.EnumerateArray())
        {
            Assert.True(text.GetProperty("width").GetDouble() > 10, $"\"{text.GetProperty("text")}\" has no width: no CJK font rendered it");
        }

        await ranking.Context.CloseAsync();
        var title = await svg.Locator("title").First.TextContentAsync();
        Assert.Contains("平潭综合实验区", title, StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
        await svg.Context.CloseAsync();
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("agencies/pingtan/2025/", 2)]
    [InlineData("agencies/shanggao-county/2017/", 1)]
    [InlineData("agencies/pingtan/indicators/s3.new.tot.html", 1)]
    [InlineData("across/2025/applications.new.html", 1)]
    [InlineData("quality/", 0)]
    public async Task At_375_px_without_javascript_nothing_scrolls_sideways_and_tables_and_charts_remain(string path, int minimumTables)
    {
        var (page, problems) = await site.OpenAsync(path, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            JavaScriptEnabled = false,
            IsMobile = true,
        });

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"{path}: the page is {scrollWidth}px wide at 375px");
        Assert.True(await page.Locator("table").CountAsync() >= minimumTables);
        if (path.Contains("indicators", StringComparison.Ordinal) || path.StartsWith("across", StringComparison.Ordinal))
        {
            Assert.True(await page.Locator("figure img").First.IsVisibleAsync());
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DemoSite.Screenshots, $"mobile-{path.Replace('/', '_')}.png"), FullPage = true });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
