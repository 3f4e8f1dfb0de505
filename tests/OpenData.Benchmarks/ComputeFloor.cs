using System.Diagnostics;
using OpenData.Site;

namespace OpenData.Benchmarks;

/// <summary>What rendering a site's pages and drawing its charts cost this machine with nothing else done: every planned
/// page rendered and every chart drawn, in memory, on as many threads as the build uses, by a warm process, with no file
/// written and no chart cache. With <see cref="DiskFloor"/> (the files written with nothing computed) it bounds from below
/// what a build of the site can take here: loading, checking, the datasets and the bookkeeping of a real build come on
/// top.</summary>
internal static class ComputeFloor
{
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The site of <paramref name="data"/> and <paramref name="input"/>, loaded and planned as a build does it
    /// (not timed), then its pages rendered and, with <paramref name="charts"/>, its charts drawn.</summary>
    public static (Figures Pages, Figures? Charts) Measure(string data, string input, bool charts)
    {
        var dataSet = DataSet.Load(data);
        var site = new SiteModel(SettingsLoader.Load(input, null), SettingsLoader.LoadPages(input), dataSet, BuildPipeline.Validate(dataSet, data));
        var plan = RoutePlan.Create(site);
        var pages = Time(plan.Pages.Count, () => Parallel.ForEach(plan.Pages, Parallelism, page => PageRenderer.RenderUtf8(page)));
        if (!charts || plan.Charts.Count == 0)
        {
            return (pages, null);
        }

        ChartFont.For(plan.ChartTexts);
        return (pages, Time(plan.Charts.Count, () => Parallel.ForEach(plan.Charts, Parallelism, chart => ChartRenderer.RenderUtf8(chart.Series()))));
    }

    private static Figures Time(int items, Action work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        process.Refresh();
        return new Figures(items, watch.Elapsed, process.TotalProcessorTime - cpu);
    }

    internal readonly record struct Figures(int Items, TimeSpan Wall, TimeSpan Cpu)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{Items:N0}: {Wall.TotalSeconds:0.00} s wall, {Cpu.TotalSeconds:0.00} s CPU ({Wall.TotalMilliseconds / Items:0.000} ms each)");
    }
}
