using System.Diagnostics;

namespace OpenData.Site.Tests;

/// <summary>The same input gives the same bytes wherever and whenever it is built; a killed build leaves the previous site.</summary>
public sealed class ReproducibilityTests
{
    [Fact]
    public void Building_the_demo_twice_in_different_folders_at_different_times_gives_identical_manifests()
    {
        var first = Path.Combine(RepoPaths.NewTempFolder(), "a", "output");
        var second = Path.Combine(RepoPaths.NewTempFolder(), "somewhere", "else", "site");

        // Months apart, across a new year, but before the next deadline (2027-01-31): the same reports are due, so the
        // publication record is the same. Only a passed deadline changes the site (CompletenessPageTests).
        new BuildPipeline(new FixedTime(new DateTimeOffset(2026, 4, 1, 0, 0, 1, TimeSpan.Zero))).Run(RepoPaths.Data, RepoPaths.Input, first, null);
        new BuildPipeline(new FixedTime(new DateTimeOffset(2027, 1, 31, 23, 59, 0, TimeSpan.FromHours(8)))).Run(RepoPaths.Data, RepoPaths.Input, second, null);

        Assert.Equal(File.ReadAllText(Path.Combine(first, "SHA256SUMS")), File.ReadAllText(Path.Combine(second, "SHA256SUMS")));
        Assert.Equal(FolderHashes.Of(first), FolderHashes.Of(second));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_rewrites_no_file()
    {
        var output = Path.Combine(RepoPaths.NewTempFolder(), "output");
        new BuildPipeline(TimeProvider.System).Run(RepoPaths.Data, RepoPaths.Input, output, null);
        var stamps = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var folder = new DirectoryInfo(output).CreationTimeUtc;
        Thread.Sleep(50);

        new BuildPipeline(TimeProvider.System).Run(RepoPaths.Data, RepoPaths.Input, output, null);

        Assert.All(stamps, p => Assert.Equal(p.Value, File.GetLastWriteTimeUtc(p.Key)));
        Assert.Equal(folder, new DirectoryInfo(output).CreationTimeUtc);
        Assert.False(Directory.Exists(output + ".staging"));
    }

    [Fact]
    public void Killing_a_build_half_way_leaves_the_previous_output_byte_for_byte()
    {
        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        var output = Path.Combine(root, "output");
        RepoPaths.CopyFolder(RepoPaths.Data, data);
        new BuildPipeline(TimeProvider.System).Run(data, RepoPaths.Input, output, null);
        var before = FolderHashes.Of(output);
        var agency = Path.Combine(data, "pingtan", "agency.json");
        File.WriteAllText(agency, File.ReadAllText(agency).Replace("平潭综合实验区", "平潭综合实验区（中途被终止的构建）", StringComparison.Ordinal));
        var cache = BuildPipeline.ChartCacheFolder(output);
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        using var process = CliRunner.Start(null, "build", "--data", data, "--input", RepoPaths.Input, "--output", output);
        // Charts are drawn (and cached) before the commit step: once one is on disk, the build is half-way.
        var watch = Stopwatch.StartNew();
        while (!(Directory.Exists(cache) && Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Any()) && !process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the build finished before it could be killed half-way");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.Equal(before, FolderHashes.Of(output));
    }

}
