namespace OpenData.Site.Serve;

/// <summary>
/// <c>opendata serve</c> at work: builds, serves the output on 127.0.0.1, watches data/ and input/, rebuilds after each
/// change and tells open pages to reload. A failed rebuild is reported in the page while the last good site stays served.
/// </summary>
internal sealed class ServeSession : IAsyncDisposable
{
    // Editors save in bursts (temporary file, rename, touch): wait for the burst to end before rebuilding.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly string _data;
    private readonly string _input;
    private readonly string _output;
    private readonly TextWriter _log;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _lock = new();
    private PreviewServer? _server;
    private Timer? _debounce;
    private bool _stopped;

    private ServeSession(string data, string input, string output, TextWriter log)
    {
        _data = data;
        _input = input;
        _output = output;
        _log = log;
    }

    public BuildStatus Status { get; } = new();

    public Uri Address => _server!.Address;

    public static async Task<ServeSession> StartAsync(string data, string input, string output, int port, TextWriter log, CancellationToken cancellation = default)
    {
        var session = new ServeSession(data, input, output, log);
        await session.RebuildAsync().ConfigureAwait(false);
        session._server = await PreviewServer.StartAsync(output, port, session.Status, liveReload: true, cancellation).ConfigureAwait(false);
        session.Watch(data);
        session.Watch(input);
        return session;
    }

    /// <summary>Rebuilds now; returns whether the build succeeded.</summary>
    public async Task<bool> RebuildAsync()
    {
        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            // A preview shows work in progress: errors are flagged on the pages rather than stopping the build.
            var pipeline = new BuildPipeline(TimeProvider.System, allowErrors: true);
            var result = await Task.Run(() => pipeline.Run(_data, _input, _output, "/")).ConfigureAwait(false);
            Status.Succeeded();
            foreach (var warning in pipeline.Warnings)
            {
                _log.WriteLine(warning);
            }

            var total = pipeline.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
            _log.WriteLine(FormattableString.Invariant($"opendata serve: built {result.Summary.Files} files ({result.Written} written) in {total.TotalMilliseconds:0} ms"));
            return true;
        }
        catch (BuildFailedException e)
        {
            var message = string.Join("\n", e.Problems);
            Status.Failed(message);
            _log.WriteLine($"opendata serve: build failed; the last good site is still served.\n{message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Status.Failed(e.Message);
            _log.WriteLine($"opendata serve: build failed; the last good site is still served.\n{e.Message}");
            return false;
        }
        finally
        {
            _building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            _stopped = true;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        if (_debounce is not null)
        {
            await _debounce.DisposeAsync().ConfigureAwait(false);
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        // A build still running is not waited for (serve stops within 2 s): its publish is atomic, and the next build
        // clears what it left. Its semaphore is released by that build, so it is disposed only when free.
        if (_building.Wait(0))
        {
            _building.Dispose();
        }
    }

    private void Watch(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Schedule()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _debounce ??= new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
            _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }
}
