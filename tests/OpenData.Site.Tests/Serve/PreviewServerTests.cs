using System.Net;
using System.Net.Sockets;
using System.Text;
using OpenData.Site.Serve;

namespace OpenData.Site.Tests.Serve;

public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly string _parent = RepoPaths.NewTempFolder();
    private PreviewServer? _server;

    private string Root => Path.Combine(_parent, "output");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "agencies", "pingtan"));
        await File.WriteAllTextAsync(Path.Combine(Root, "index.html"), "<!doctype html><html lang=\"zh-CN\"><body><h1>首页</h1></body></html>");
        await File.WriteAllTextAsync(Path.Combine(Root, "agencies", "pingtan", "index.html"), "<html><body>平潭</body></html>");
        await File.WriteAllTextAsync(Path.Combine(Root, "data.csv"), "a,b\n1,2\n");
        await File.WriteAllTextAsync(Path.Combine(_parent, "secret.txt"), "outside the site");
        _server = await PreviewServer.StartAsync(Root, 0, new BuildStatus());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Serves_pages_and_files_on_loopback_with_live_reload_injected_into_html_only()
    {
        using var client = new HttpClient { BaseAddress = _server!.Address };

        var home = await client.GetStringAsync("/");
        var folder = await client.GetStringAsync("/agencies/pingtan/");
        var csv = await client.GetStringAsync("/data.csv");

        Assert.Equal(IPAddress.Loopback.ToString(), _server.Address.Host);
        Assert.Contains("首页", home, StringComparison.Ordinal);
        Assert.Contains(PreviewServer.StatusPath, home, StringComparison.Ordinal);
        Assert.Contains("平潭", folder, StringComparison.Ordinal);
        Assert.Equal("a,b\n1,2\n", csv);
        Assert.Equal("""{"generation":0,"error":null}""", await client.GetStringAsync(PreviewServer.StatusPath));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/agencies/../../secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/missing.html")]
    public async Task Paths_outside_the_site_or_missing_get_404_and_never_a_file_outside(string path)
    {
        var response = await RawGet(path);

        Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the site", response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_is_reported_to_open_pages_while_the_last_good_site_is_served()
    {
        using var client = new HttpClient { BaseAddress = _server!.Address };
        _server.Status.Succeeded();
        _server.Status.Failed("data/pingtan/2025.json: $.values: error D-JSON: …");

        var status = await client.GetStringAsync(PreviewServer.StatusPath);
        var home = await client.GetStringAsync("/");

        Assert.Contains("\"generation\":1", status, StringComparison.Ordinal);
        Assert.Contains("D-JSON", status, StringComparison.Ordinal);
        Assert.Contains("首页", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bounded_burst_of_5000_requests_50_at_a_time_gets_no_error()
    {
        using var client = new HttpClient { BaseAddress = _server!.Address, Timeout = TimeSpan.FromSeconds(30) };
        string[] paths = ["/", "/agencies/pingtan/", "/data.csv", "/missing"];
        var errors = 0;
        var served = 0;

        await Parallel.ForAsync(0, 5000, new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (i, cancellation) =>
        {
            var path = paths[i % paths.Length];
            using var response = await client.GetAsync(path, cancellation);
            var expected = path == "/missing" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            if (response.StatusCode != expected)
            {
                Interlocked.Increment(ref errors);
            }

            Interlocked.Increment(ref served);
        });

        Assert.Equal(5000, served);
        Assert.Equal(0, errors);
    }

    // HttpClient normalises dot segments before sending, so traversal attempts are written on a raw socket.
    private async Task<string> RawGet(string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server!.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
