using System.Text;

namespace OpenData.Site.Tests.Build;

/// <summary>Any sequence of builds, some stopped before they publish, leaves the output folder holding exactly the last
/// published site; publishing links or writes only what changed since the site before, once the spare folder exists.</summary>
public sealed class PublishPropertyTests
{
    private static readonly BuildSummary Summary = new(0, 0, 0, 0, 0, 0, 0, 0);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_builds_publish_exactly_the_last_site_and_link_only_what_the_spare_lacks(int seed)
    {
        var random = new Random(seed);
        var root = RepoPaths.NewTempFolder();
        var output = Path.Combine(root, "output");
        var site = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            site[Name(random)] = "v0";
        }

        BuildState? previous = null;
        var published = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var lastWritten = 0;
        var spare = false; // whether the last publish kept the site before it as the spare folder
        for (var round = 1; round <= 30; round++)
        {
            var next = Change(site, random, round);
            var streamed = next.Keys.Where(_ => random.Next(4) == 0).ToHashSet(StringComparer.Ordinal);
            var fingerprint = BuildFingerprint.Compute(Path.Combine(root, "data"), Path.Combine(root, "input"), "round " + round, new DateOnly(2026, 12, 5));
            var sink = new SiteOutput(output, fingerprint, previous);
            sink.Group(FileScope.Site, [.. next.Keys], () => next.Select(f => streamed.Contains(f.Key)
                ? SiteFile.Streamed(f.Key, s => s.Write(Encoding.UTF8.GetBytes(f.Value)))
                : new SiteFile(f.Key, Encoding.UTF8.GetBytes(f.Value))));
            if (random.Next(5) == 0)
            {
                // Stopped before publishing: the output is still the last published site (the spare is no longer trusted).
                Assert.Equal(published, Published(output));
                spare = false;
                continue;
            }

            var republish = previous is not null;
            previous = sink.Commit(Summary);
            site = next;
            published = new SortedDictionary<string, string>(next, StringComparer.Ordinal);
            Assert.Equal(published, Published(output));
            if (spare)
            {
                // Only the files the previous build wrote (the spare's older versions), and streamed files that came out the same.
                Assert.True(sink.Linked <= lastWritten + streamed.Count, $"round {round}: {sink.Linked} links, {lastWritten} written before, {streamed.Count} streamed");
            }

            lastWritten = sink.Written;
            spare = republish;
        }
    }

    private static SortedDictionary<string, string> Change(SortedDictionary<string, string> site, Random random, int round)
    {
        var next = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, content) in site)
        {
            switch (random.Next(10))
            {
                case 0:
                    break; // deleted
                case 1 or 2:
                    next[path] = "v" + round;
                    break;
                default:
                    next[path] = content;
                    break;
            }
        }

        for (var i = random.Next(4); i > 0; i--)
        {
            next[Name(random)] = "new " + round;
        }

        return next;
    }

    private static string Name(Random random) => $"d{random.Next(4)}/e{random.Next(3)}/f{random.Next(1000)}.html";

    // Every file of the folder but the manifest.
    private static SortedDictionary<string, string> Published(string folder) => !Directory.Exists(folder)
        ? new(StringComparer.Ordinal)
        : new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => p != Routes.Manifest)
            .ToDictionary(p => p, p => File.ReadAllText(Path.Combine(folder, p))), StringComparer.Ordinal);
}
