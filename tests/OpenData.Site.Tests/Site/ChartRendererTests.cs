namespace OpenData.Site.Tests.Build;

public sealed class ChartRendererTests
{
    private static readonly ChartSeries Trend = new(
        "新收申请（示例数据）", "2019年至2022年的示例数据", ChartKind.Line,
        ["2019", "2020", "2021", "2022"], [10m, null, 30m, 25m], ["2021"], "件");

    [Fact]
    public void Render_writes_accessible_svg_whose_only_drawn_text_is_years_and_numbers()
    {
        var svg = ChartRenderer.Render(Trend);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-title\">新收申请（示例数据）</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">新收申请（示例数据）</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">2019</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("2,019", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_axes_of_a_trend_and_a_ranking_are_written_not_drawn_on_skias_canvas()
    {
        var ranking = new ChartSeries("排名（示例数据）", "d", ChartKind.Bar, ["示例市财政局（示例数据）", "示例县教育局（示例数据）"], [12m, 7m], [], "件");

        foreach (var series in new[] { Trend, ranking })
        {
            var (skia, axes) = ChartRenderer.DrawSkia(series, ChartFont.Whole);

            // Every category label written (and the value axis's), a mark for each, and a frame line for each side.
            Assert.NotEmpty(axes.Lines);
            Assert.Superset(series.Labels.ToHashSet(), axes.Texts.Select(t => t.Text).ToHashSet());
            Assert.True(axes.Lines.Count >= axes.Texts.Count + 4, $"{axes.Lines.Count} lines for {axes.Texts.Count} labels");
            foreach (var label in series.Labels)
            {
                Assert.DoesNotContain(label, skia, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_trend_is_the_same_on_a_thread_that_measured_its_labels_before_as_on_a_new_one()
    {
        // Tick labels in the font of numbers are measured once per thread and remembered (ChartRenderer.WriteAxes).
        var trend = Trend with { Values = [.. new decimal?[] { 1200m, null, 35.5m, 8m }.Select(DerivedValue.Of)] };
        var others = Enumerable.Range(0, 20).Select(i => Trend with { Values = [.. new decimal?[] { i, 1200m - i, null, 8m * i }.Select(DerivedValue.Of)] });

        string OnNewThread(Func<string> draw)
        {
            var svg = "";
            var thread = new Thread(() => svg = draw());
            thread.Start();
            thread.Join();
            return svg;
        }

        var fresh = OnNewThread(() => ChartRenderer.Render(trend));
        var after = OnNewThread(() =>
        {
            foreach (var other in others)
            {
                ChartRenderer.Render(other);
            }

            return ChartRenderer.Render(trend);
        });

        Assert.Equal(fresh, after);
        Assert.Equal(fresh, ChartRenderer.Render(trend));
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
    public void Render_leaves_blank_years_out_of_the_line_instead_of_drawing_zero()
    {
        var svg = ChartRenderer.Render(new ChartSeries("空白（示例数据）", "d", ChartKind.Line, ["2019", "2020", "2021"], [5m, null, 7m], [], "件"));

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<circle"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_subset_of_the_font_draws_the_same_bytes_as_the_whole_font(bool ranking)
    {
        var series = !ranking
            ? Trend with { Title = "字体子集：新收申请（示例数据）", Values = [1234.5m, null, -30m, 25m] }
            : new ChartSeries("字体子集：办理结果总计（示例数据）", "d", ChartKind.Bar, ["示例市财政局（示例数据）", "示例市𠀋局", "Agency & Co."], [1572m, 0.25m, null], [], "件");
        string[] texts = [series.Title, series.Unit, .. series.Labels];

        var whole = ChartRenderer.Draw(series, ChartFont.Whole, numbers: ChartFont.Whole);
        using var own = ChartFont.Subset(texts.SelectMany(t => t.EnumerateRunes()).Select(r => r.Value).Concat(Enumerable.Range(0x20, 0x5F)));

        Assert.NotNull(own);
        Assert.True(own.GlyphCount < 200, $"the subset has {own.GlyphCount} glyphs");
        Assert.Equal(whole, ChartRenderer.Draw(series, own));
        Assert.Equal(whole, ChartRenderer.Draw(series, ChartFont.For(texts)));
        Assert.Equal(whole, ChartRenderer.Draw(series, ChartFont.Whole));
        Assert.True(ChartFont.Ascii.GlyphCount < 120, $"the subset for numbers has {ChartFont.Ascii.GlyphCount} glyphs");
    }

    [Fact]
    public void A_subset_keeps_the_metrics_of_the_whole_font()
    {
        using var own = ChartFont.Subset("新收申请 2019".EnumerateRunes().Select(r => r.Value));
        using var wholeFont = new SkiaSharp.SKFont(ChartFont.Whole, 16);
        using var ownFont = new SkiaSharp.SKFont(own, 16);

        Assert.Equal(wholeFont.Metrics, ownFont.Metrics);
        Assert.Equal(wholeFont.MeasureText("新收申请 2019", out var wholeBounds), ownFont.MeasureText("新收申请 2019", out var ownBounds));
        Assert.Equal(wholeBounds, ownBounds);
    }
}
