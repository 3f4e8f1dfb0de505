namespace OpenData.Site.Tests.Build;

public sealed class ChartCacheTests
{
    private static readonly FileScope First = FileScope.DataOf("first-agency");
    private static readonly FileScope Second = FileScope.DataOf("second-agency");

    [Fact]
    public void Charts_drawn_in_one_build_are_taken_from_the_packs_in_the_next_without_drawing()
    {
        var folder = RepoPaths.NewTempFolder();
        var charts = Charts(("a", First), ("b", First), ("c", Second), ("d", FileScope.AllData));
        var drawn = Make(folder, charts, new ChartWork());

        var work = new ChartWork();
        var again = Make(folder, charts, work);

        Assert.Equal(drawn, again);
        Assert.Equal(0, work.Drawn);
        Assert.Equal(4, work.Cached);
        // One file per scope, not one per chart.
        Assert.Equal(
            ["_site.charts", "first-agency.charts", "second-agency.charts"],
            Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pack_is_written_when_the_last_chart_of_its_scope_is_done()
    {
        var folder = RepoPaths.NewTempFolder();
        var cache = new ChartCache(folder, Charts(("a", First), ("b", First)));
        var pack = cache.For(First);

        ChartRenderer.Render(Series("a"), pack);
        pack.Done();
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());

        ChartRenderer.Render(Series("b"), pack);
        pack.Done();
        Assert.True(File.Exists(Path.Combine(folder, "first-agency.charts")));
    }

    [Fact]
    public void A_pack_keeps_only_the_charts_its_scope_has_now()
    {
        var folder = RepoPaths.NewTempFolder();
        Make(folder, Charts(("old", First)), new ChartWork());
        Make(folder, Charts(("new", First)), new ChartWork());

        var pack = new ChartCache(folder, Charts(("new", First))).For(First);

        Assert.Null(pack.Find(ChartRenderer.KeyOf(Series("old"))));
        Assert.NotNull(pack.Find(ChartRenderer.KeyOf(Series("new"))));
    }

    [Fact]
    public void The_same_charts_give_the_same_pack_bytes_in_any_order()
    {
        var a = RepoPaths.NewTempFolder();
        var b = RepoPaths.NewTempFolder();

        Make(a, Charts(("x", First), ("y", First), ("z", First)), new ChartWork());
        Make(b, Charts(("z", First), ("x", First), ("y", First)), new ChartWork());

        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "first-agency.charts")), File.ReadAllBytes(Path.Combine(b, "first-agency.charts")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(-1)] // the first length says more bytes than there are
    public void A_damaged_pack_is_ignored_and_its_charts_drawn_again(int keep)
    {
        var folder = RepoPaths.NewTempFolder();
        var charts = Charts(("a", First), ("b", First));
        var drawn = Make(folder, charts, new ChartWork());
        var file = Path.Combine(folder, "first-agency.charts");
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, keep >= 0 ? bytes[..keep] : [.. bytes[..54], 0xFF, 0xFF, 0xFF, 0x7F, .. bytes[58..]]);

        var work = new ChartWork();
        var again = Make(folder, charts, work);

        Assert.Equal(drawn, again);
        Assert.Equal(2, work.Drawn);
        Assert.Equal(bytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void Packs_of_scopes_without_charts_now_and_leftovers_are_removed()
    {
        var folder = RepoPaths.NewTempFolder();
        Make(folder, Charts(("a", First), ("b", Second)), new ChartWork());
        Directory.CreateDirectory(Path.Combine(folder, "ab"));
        File.WriteAllText(Path.Combine(folder, "ab", "ab12.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(folder, "first-agency.charts.0123.tmp"), "cut short");

        var cache = new ChartCache(folder, Charts(("a", First)));
        cache.RemoveStale();

        Assert.Equal(["first-agency.charts"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    private static ChartSeries Series(string name) => new(
        $"缓存（示例数据）{name}", "示例数据", ChartKind.Line, ["2020", "2021"], [1m, name.Length], [], "件");

    private static List<PlannedChart> Charts(params (string Name, FileScope Scope)[] charts) =>
        [.. charts.Select(c => new PlannedChart($"{c.Name}.svg", null, c.Scope, () => Series(c.Name)))];

    // What the chart step does with a cache: every chart rendered through its scope's pack, in the given order.
    private static List<string> Make(string folder, List<PlannedChart> charts, ChartWork work)
    {
        var cache = new ChartCache(folder, charts);
        var svgs = new List<string>();
        foreach (var chart in charts)
        {
            var pack = cache.For(chart.Scope);
            svgs.Add(ChartRenderer.Render(chart.Series(), pack, work));
            pack.Done();
        }

        cache.RemoveStale();
        return svgs;
    }
}
