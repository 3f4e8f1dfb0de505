using Microsoft.Playwright;
using OpenData.Site;
using OpenData.Site.Serve;

namespace OpenData.EndToEnd.Tests;

/// <summary>The shipped demo (data/ + input/) built once into a temporary folder, served on 127.0.0.1, with Chromium ready.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();
    private PreviewServer? _server;

    public string Output { get; } = Path.Combine(RepoPaths.NewTempFolder(), "output");

    public Uri Address => _server!.Address;

    public IBrowser Browser => _browser.Browser;

    /// <summary>Where full-page screenshots are saved as test artefacts.</summary>
    public static string Screenshots => Path.Combine(RepoPaths.Root, ".tmp", "screenshots");

    public async Task InitializeAsync()
    {
        new BuildPipeline(TimeProvider.System).Run(RepoPaths.Data, RepoPaths.Input, Output, null);
        _server = await PreviewServer.StartAsync(Output, 0, new BuildStatus(), liveReload: false);
        await _browser.InitializeAsync();
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Opens a page and records console errors, failed requests and requests to any other host.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" && (url.Host != Address.Host || url.Port != Address.Port))
            {
                problems.Add($"request to another host: {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        await page.GotoAsync(new Uri(Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return (page, problems);
    }
}
