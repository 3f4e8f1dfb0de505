namespace OpenData.Site.Tests.Build;

public sealed class ChartRendererTests
{
    private static readonly ChartSeries Trend = new(
        "新收申请（示例数据）", "2019年至2022年的示例数据", ChartKind.Line,
        ["2019", "2020", "2021", "2022"], [10m, null, 30m, 25m], ["2021"], "件");

    [Fact]
    public void Render_writes_accessible_svg_with_chinese_text_and_integer_year_ticks()
    {
        var svg = ChartRenderer.Render(Trend);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-title\">新收申请（示例数据）</title>", svg, StringComparison.Ordinal);
        Assert.Contains(">新收申请（示例数据）</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">2019</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("2,019", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_numbers_ids_per_chart_so_output_is_deterministic()
    {
        var first = ChartRenderer.Render(Trend);
        var other = ChartRenderer.Render(Trend with { Title = "另一个（示例数据）" });

        Assert.Contains("id=\"c1\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"c1\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_keeps_charts_on_disk_by_content_hash()
    {
        var folder = RepoPaths.NewTempFolder();
        var series = Trend with { Title = "缓存（示例数据）" };
        var drawn = ChartRenderer.Render(series, folder);
        ChartRenderer.ClearCache();

        var cached = Directory.EnumerateFiles(folder, "*.svg", SearchOption.AllDirectories).Single();
        File.WriteAllText(cached, drawn.Replace("缓存", "从磁盘读取", StringComparison.Ordinal));
        var again = ChartRenderer.Render(series, folder);

        Assert.Contains("从磁盘读取", again, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_leaves_blank_years_out_of_the_line_instead_of_drawing_zero()
    {
        var svg = ChartRenderer.Render(new ChartSeries("空白（示例数据）", "d", ChartKind.Line, ["2019", "2020", "2021"], [5m, null, 7m], [], "件"));

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<ellipse"));
    }
}
