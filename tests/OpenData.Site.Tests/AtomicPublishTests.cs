using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace OpenData.Site.Tests;

/// <summary>A reader of the output folder never sees files of two builds: not while a rebuild publishes, and not after one
/// killed at any point.</summary>
public sealed partial class AtomicPublishTests
{
    private const int Rebuilds = 14;

    [Fact]
    public async Task Rebuilds_killed_at_random_points_never_show_a_reader_two_builds_at_once()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The reader pins the folder through /proc (Linux); the publish itself is tested everywhere by the build tests.
        }

        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        var input = Path.Combine(root, "input");
        var output = Path.Combine(root, "output");
        RepoPaths.CopyFolder(RepoPaths.Data, data);
        RepoPaths.CopyFolder(RepoPaths.Input, input);
        SetEdition(input, 0);
        new BuildPipeline(TimeProvider.System).Run(data, input, output, null);
        // Every Chinese page that shows the site title, and so the edition of the build that wrote it.
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(output, "en"), StringComparison.Ordinal) && Edition(File.ReadAllText(f)) == 0)
            .Select(f => Path.GetRelativePath(output, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages show the edition");

        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() => ReadUntil(output, pages, stop.Token));
        try
        {
            // One rebuild left to finish, to know how long one takes; then rebuilds killed at random points of that time.
            var edition = 1;
            SetEdition(input, edition);
            var whole = await RunBuild(data, input, output, killAfter: null);
            var seed = Environment.TickCount;
            var random = new Random(seed);
            var published = edition;
            for (edition = 2; edition <= Rebuilds; edition++)
            {
                SetEdition(input, edition);
                var killAfter = TimeSpan.FromMilliseconds(random.NextDouble() * whole.TotalMilliseconds * 1.2);
                var finished = await RunBuild(data, input, output, killAfter) != TimeSpan.Zero;
                var seen = EditionsAtRest(output, pages);
                Assert.True(seen.Count == 1, $"seed {seed}, edition {edition}, killed after {killAfter.TotalMilliseconds:0} ms: the output holds editions {string.Join(", ", seen)}");
                Assert.Contains(seen.Single(), finished ? new[] { edition } : new[] { published, edition });
                published = seen.Single();
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        var snapshots = await reader;
        Assert.True(snapshots.Whole > 20, $"the reader saw only {snapshots.Whole} whole snapshots");
        Assert.True(snapshots.Mixed.Count == 0, "a reader saw two builds at once: " + string.Join("; ", snapshots.Mixed.Take(3)));

        // A build that is left to finish publishes the last edition everywhere, and the folder equals a clean build's.
        await RunBuild(data, input, output, killAfter: null);
        Assert.Equal([Rebuilds], EditionsAtRest(output, pages));
        var clean = Path.Combine(root, "clean");
        new BuildPipeline(TimeProvider.System) { Clean = true }.Run(data, input, clean, null);
        Assert.Equal(FolderHashes.Of(clean), FolderHashes.Of(output));
    }

    private sealed record Snapshots(int Whole, List<string> Mixed);

    // Reads every page again and again, each time through one handle on the output folder as it was when the pass began
    // (a rename of the folder does not move the handle): one pass is what a reader sees at one instant.
    private static Snapshots ReadUntil(string output, List<string> pages, CancellationToken stop)
    {
        var whole = 0;
        var mixed = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            var handle = open(System.Text.Encoding.UTF8.GetBytes(output + "\0"), ReadOnlyDirectory);
            if (handle < 0)
            {
                continue; // No output folder at this instant (only the two-rename fallback has one): nothing mixed.
            }

            try
            {
                var folder = $"/proc/self/fd/{handle.ToString(CultureInfo.InvariantCulture)}";
                var editions = new SortedSet<int>();
                var gone = false;
                foreach (var page in pages)
                {
                    try
                    {
                        editions.Add(Edition(File.ReadAllText(Path.Combine(folder, page))));
                    }
                    catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
                    {
                        gone = true; // A folder deleted after a publish: this pass read a site being taken away.
                        break;
                    }
                }

                // The folder read is no longer the output: it was exchanged during the pass. Its files were all read from
                // one folder while the builds around could not change it, but the reader cannot tell: not counted.
                gone |= new FileInfo(folder).LinkTarget != output;
                if (!gone && editions.Count > 1)
                {
                    mixed.Add("editions " + string.Join(", ", editions));
                }
                else if (!gone)
                {
                    whole++;
                }
            }
            finally
            {
                _ = close(handle);
            }
        }

        return new Snapshots(whole, mixed);
    }

    private static SortedSet<int> EditionsAtRest(string output, List<string> pages) =>
        [.. pages.Select(p => Edition(File.ReadAllText(Path.Combine(output, p))))];

    // Runs `opendata build` as a process; kills it after killAfter. Returns the time it took, or zero when it was killed.
    private static async Task<TimeSpan> RunBuild(string data, string input, string output, TimeSpan? killAfter)
    {
        var watch = Stopwatch.StartNew();
        using var process = CliRunner.Start(null, "build", "--data", data, "--input", input, "--output", output);
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var limit = new CancellationTokenSource(killAfter ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await drain;
            Assert.True(killAfter is not null, "a build took more than 5 minutes");
            return TimeSpan.Zero;
        }

        var text = await drain;
        Assert.True(process.ExitCode == 0, text[0] + text[1]);
        return watch.Elapsed;
    }

    private static void SetEdition(string input, int edition)
    {
        var file = Path.Combine(input, "site.json");
        File.WriteAllText(file, TitleRegex().Replace(File.ReadAllText(file), $"\"title\": \"政府信息公开工作年度报告开放数据（第{edition}版）\"", 1));
    }

    private static int Edition(string html) =>
        EditionRegex().Match(html) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex("\"title\": \"[^\"]*\"")]
    private static partial Regex TitleRegex();

    [GeneratedRegex("开放数据（第(\\d+)版）")]
    private static partial Regex EditionRegex();

    private const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY on Linux

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc")]
    private static extern int close(int handle);
}
