namespace OpenData.Site.Tests.Build;

public sealed class ChartWorkTests
{
    [Fact]
    public void The_summary_says_what_the_chart_step_adds_over_drawing_when_most_charts_were_drawn()
    {
        var work = Work(drawn: 4, cached: 1);

        var line = BuildPipeline.ChartLine(work, work.Drawing * 1.5, processors: 1);

        Assert.StartsWith("charts: 4 drawn (", line, StringComparison.Ordinal);
        Assert.Contains("1 from the cache", line, StringComparison.Ordinal);
        Assert.EndsWith("+50% over drawing", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_gives_no_ratio_when_most_charts_came_from_the_cache()
    {
        var work = Work(drawn: 2, cached: 150);

        var line = BuildPipeline.ChartLine(work, TimeSpan.FromSeconds(0.3), processors: 2);

        Assert.StartsWith("charts: 2 drawn (", line, StringComparison.Ordinal);
        Assert.EndsWith("150 from the cache; the step took 0.30 s", line, StringComparison.Ordinal);
        Assert.DoesNotContain("%", line, StringComparison.Ordinal);
    }

    private static ChartWork Work(int drawn, int cached)
    {
        var work = new ChartWork();
        for (var i = 0; i < drawn; i++)
        {
            work.Draw(() =>
            {
                Thread.Sleep(5);
                return "<svg/>";
            });
        }

        for (var i = 0; i < cached; i++)
        {
            work.CountCached();
        }

        return work;
    }
}
