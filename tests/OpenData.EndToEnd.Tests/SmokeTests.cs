using OpenData.Site.Serve;

namespace OpenData.EndToEnd.Tests;

public sealed class SmokeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Chromium_opens_a_page_from_the_preview_server_and_renders_chinese()
    {
        var root = RepoPaths.NewTempFolder();
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><html lang=\"zh-CN\"><head><title>首页</title></head><body><h1>政府信息公开</h1></body></html>");
        await using var server = await PreviewServer.StartAsync(root, 0, new BuildStatus());
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(server.Address.ToString());

        Assert.Equal("首页", await page.TitleAsync());
        Assert.Equal("政府信息公开", await page.InnerTextAsync("h1"));
        var width = await page.EvaluateAsync<double>("() => document.querySelector('h1').getBoundingClientRect().width");
        Assert.True(width > 50, $"Chinese text has no width ({width}px): is a CJK font installed?");
    }
}
