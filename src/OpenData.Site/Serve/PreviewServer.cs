using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenData.Site.Serve;

/// <summary>Serves a built site from a folder on 127.0.0.1 only, with live reload of open pages after each rebuild.</summary>
/// <remarks>
/// Only regular files inside the folder are served: <see cref="Resolve"/> refuses dot segments, backslashes, encoded
/// characters left after decoding, hidden files, links and anything whose full path leaves the root; all of that is a 404.
/// HTML pages get a small script that polls <c>/__opendata/status</c>: when the build generation changes the page
/// reloads; when the last build failed its message is shown over the page while the last good site stays served.
/// </remarks>
internal sealed class PreviewServer : IAsyncDisposable
{
    public const string StatusPath = "/__opendata/status";

    // How long stopping waits for requests in progress: serve must end within 2 s of Ctrl+C.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly BuildStatus _status;

    private readonly bool _liveReload;

    private PreviewServer(WebApplication app, BuildStatus status, bool liveReload)
    {
        _app = app;
        _status = status;
        _liveReload = liveReload;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public BuildStatus Status => _status;

    /// <summary>Starts serving <paramref name="root"/> on 127.0.0.1; port 0 picks a free port.</summary>
    /// <param name="root">The built site.</param>
    /// <param name="port">The port, or 0 for any free port.</param>
    /// <param name="status">The build status that open pages poll.</param>
    /// <param name="liveReload">Whether HTML pages get the live-reload script (off: the files are served exactly as built).</param>
    /// <param name="cancellation">Cancels starting.</param>
    public static async Task<PreviewServer> StartAsync(string root, int port, BuildStatus status, bool liveReload = true, CancellationToken cancellation = default)
    {
        var fullRoot = Path.GetFullPath(root);
        Directory.CreateDirectory(fullRoot);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = fullRoot });
        builder.Logging.ClearProviders();
        // The host would otherwise take Ctrl+C and SIGTERM for itself (and swallow them): the caller decides when to stop.
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = StopTimeout);
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, status, liveReload);
        app.Run(context => server.HandleAsync(context, fullRoot));
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var bound = app.Urls.First();
        server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        // Requests still open (a browser polling the status) get a moment to finish, then are cut.
        using var timeout = new CancellationTokenSource(StopTimeout);
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context, string root)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (string.Equals(request.Path.Value, StatusPath, StringComparison.Ordinal))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(_status.ToJson()).ConfigureAwait(false);
            return;
        }

        var file = Resolve(root, request.Path.Value ?? "/");
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("404 not found").ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypes.Of(file);
        context.Response.Headers.CacheControl = "no-cache";
        if (_liveReload && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = await File.ReadAllTextAsync(file, context.RequestAborted).ConfigureAwait(false);
            var body = Encoding.UTF8.GetBytes(LiveReload.Inject(html));
            context.Response.ContentLength = body.Length;
            if (HttpMethods.IsGet(request.Method))
            {
                await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            }

            return;
        }

        context.Response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The file a request path names inside the root, or <see langword="null"/> (not found, or outside the root).</summary>
    internal static string? Resolve(string root, string path)
    {
        // Kestrel has already decoded %2e and %2f once; anything still holding a backslash, a NUL or a dot segment is refused.
        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal) || path.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.')))
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine([root, .. segments]));
        var rootWithSlash = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!candidate.StartsWith(rootWithSlash, StringComparison.Ordinal) && candidate != root)
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        var info = new FileInfo(candidate);
        return info.Exists && info.LinkTarget is null ? candidate : null;
    }
}

/// <summary>A host lifetime that leaves process signals to the caller: starting and stopping happen when it says.</summary>
internal sealed class CallerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
