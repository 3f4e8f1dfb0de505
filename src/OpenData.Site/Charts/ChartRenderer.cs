using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.Rendering.RenderActions;
using SkiaSharp;

namespace OpenData.Site;

/// <summary>Draws <see cref="ChartSeries"/> as accessible, deterministic SVG with ScottPlot and the shipped CJK font.</summary>
/// <remarks>Thread-safe: each chart has its own plot, and the ids ScottPlot numbers process-wide are renumbered per chart.</remarks>
internal static partial class ChartRenderer
{
    public const string FontName = "WenQuanYi Micro Hei";
    internal const string FontFallbacks = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    // A chart whose labels are all ASCII (a trend: years and numbers) needs no Chinese font: the font it was measured
    // with, then any sans-serif. 19,000 trend charts of a province wrote the Chinese fallbacks for nothing (0.6 KiB a report).
    internal const string AsciiFontFallbacks = "'WenQuanYi Micro Hei', sans-serif";
    private const int Width = 720;
    private const int Height = 360;

    // Part of every cache key: bump it when drawing or post-processing changes, so cached charts are redrawn.
    private const string RendererVersion = "opendata-chart-10/ScottPlot-5.1.59";

    // The colour of the line where the form changes, as Skia writes it, and its dashes (10 px, then 10 px of gap): Skia's
    // SVG canvas would write a dashed line as a filled rectangle per dash, so it is drawn solid and dashed by ChartSvg.
    private const string BreakColor = "#8A4B00";
    private const string BreakDashes = "10";

    /// <summary>The SVG for a series, from <paramref name="store"/> when the same content was drawn before.</summary>
    /// <param name="series">What to draw.</param>
    /// <param name="store">Charts kept between builds by content hash (<see cref="ChartCache"/>): looked in first, and the
    /// chart is kept there whether it was drawn or found. <see langword="null"/> to draw it.</param>
    /// <param name="work">Counts charts drawn and cached, and times the drawing; <see langword="null"/> when nobody asks.</param>
    public static string Render(ChartSeries series, IChartStore? store = null, ChartWork? work = null) =>
        Encoding.UTF8.GetString(RenderUtf8(series, store, work));

    /// <summary><see cref="Render"/> as the UTF-8 bytes of the SVG file: what a build writes and what stores keep, so a
    /// chart is encoded once, when it is drawn, and never again for its file or its pack.</summary>
    public static byte[] RenderUtf8(ChartSeries series, IChartStore? store = null, ChartWork? work = null)
    {
        if (store is null)
        {
            return DrawUtf8(series, work);
        }

        var key = KeyOf(series);
        var svg = store.Find(key);
        if (svg is not null)
        {
            work?.CountCached();
        }
        else
        {
            svg = DrawUtf8(series, work);
        }

        store.Keep(key, svg);
        return svg;
    }

    private static byte[] DrawUtf8(ChartSeries series, ChartWork? work)
    {
        string DrawIt() => Draw(series, ChartFont.For(series.Labels));
        return Encoding.UTF8.GetBytes(work is null ? DrawIt() : work.Draw(DrawIt));
    }

    /// <summary>The cache key of a series: the SHA-256 of the renderer's version and of everything that affects the drawing.</summary>
    internal static string KeyOf(ChartSeries series) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(RendererVersion + "\n" + series.Content())));

    /// <summary>The drawn height in pixels (the width is always 720): rankings grow with the number of agencies.</summary>
    public static int HeightOf(ChartSeries series) => series.Kind == ChartKind.Bar ? Math.Max(200, 90 + (32 * series.Labels.Count)) : Height;

    /// <summary>Draws a chart with the given typeface, and numbers and years with <paramref name="numbers"/>
    /// (<see cref="ChartFont.Ascii"/> unless given): the whole font or any subset of it with the chart's characters gives the same bytes.</summary>
    /// <param name="series">What to draw.</param>
    /// <param name="typeface">The typeface of every label.</param>
    /// <param name="numbers">The typeface of numbers and years.</param>
    /// <param name="axesBySkia">Draw the axes on Skia's canvas, as ScottPlot does, rather than write them: the same
    /// chart, for a test that checks where <see cref="WriteAxes"/> puts their lines and labels.</param>
    /// <param name="bySkia">Draw a trend's background, grid, lines and points on Skia's canvas and finish what it wrote
    /// (<see cref="ChartSvg.Finish"/>), as a ranking is drawn, rather than write the file from the layout
    /// (<see cref="WriteTrend"/>): the same bytes, for a test that holds the writer to Skia's drawing.</param>
    internal static string Draw(ChartSeries series, SkiaSharp.SKTypeface typeface, SkiaSharp.SKTypeface? numbers = null, bool axesBySkia = false, bool bySkia = false)
    {
        if (series.Kind == ChartKind.Line && !axesBySkia && !bySkia && Write(series, typeface, numbers) is { } written)
        {
            return written;
        }

        var (svg, axes) = DrawSkia(series, typeface, numbers, axesBySkia);
        return ChartSvg.Finish(svg, series.Title, Width, HeightOf(series), FontFamilyOf(series), FontName, (BreakColor, BreakDashes), axes);
    }

    /// <summary>The <c>font-family</c> of a chart's SVG: the Chinese fallbacks only when a label needs them.</summary>
    internal static string FontFamilyOf(ChartSeries series) =>
        series.Labels.All(ChartFont.IsPrintableAscii) ? AsciiFontFallbacks : FontFallbacks;

    /// <summary>The SVG of a chart as Skia's canvas writes it, before <see cref="ChartSvg.Finish"/>, and its axes for
    /// <see cref="ChartSvg.Finish"/> to write (none when Skia drew them).</summary>
    internal static (string Svg, ChartAxes Axes) DrawSkia(ChartSeries series, SkiaSharp.SKTypeface typeface, SkiaSharp.SKTypeface? numbers = null, bool axesBySkia = false)
    {
        var height = HeightOf(series);
        using var plot = NewPlot(series, typeface, numbers);

        // What Plot.GetSvgXml does, for less: its first pass, which settles the layout and the axis limits so that the
        // SVG is drawn once, runs on a canvas that draws nothing (not a bitmap) and leaves out the drawing steps.
        var actions = plot.RenderManager.RenderActions;
        var all = actions.ToArray();
        LayOut(plot, height, then: null);

        // The SVG pass draws with the layout and the ticks the first pass settled: laying out again would measure every
        // tick label again, and generating the ticks again would give the same ones. A chart has no legend items, no
        // visible benchmark, no zoom rectangle and no OpenGL plottables: those steps would look and draw nothing.
        actions.Clear();
        actions.AddRange(all.Where(a => a is not (RegenerateTicks or RenderLegends or RenderBenchmark or RenderZoomRectangle
            or StoreGLState or RestoreGLState or SyncGLPlottables)));
        plot.Layout.LayoutEngine = new SettledLayout(plot.RenderManager.LastRender.Layout);
        plot.RenderManager.ClearCanvasBeforeEachRender = false;

        // The axes are written by ChartSvg where ScottPlot would draw them: Skia's SVG canvas takes as long to write a
        // chart's axes as to draw the rest of it (WriteAxes).
        var axes = new ChartAxes();
        if (!axesBySkia && WriteAxes.CanWrite(plot))
        {
            actions[actions.FindIndex(a => a is RenderPanels)] = new WriteAxes(axes);
        }

        var passes = plot.RenderManager.RenderCount;
        string svg;
        using (var stream = new SKDynamicMemoryWStream())
        {
            using (var canvas = SKSvgCanvas.Create(SKRect.Create(Width, height), stream))
            {
                plot.Render(canvas, Width, height);
            }

            using var data = stream.DetachAsData();
            svg = Encoding.UTF8.GetString(data.AsSpan());
        }

        // ScottPlot draws again when a pass moves the axis limits: on an SVG canvas that would be two charts in one.
        if (plot.RenderManager.RenderCount != passes + 1)
        {
            throw new InvalidOperationException($"chart \"{series.Title}\": the layout pass did not settle the axis limits");
        }

        return (svg, axes);
    }

    /// <summary>A trend's chart file written from the layout, with no drawing: one pass on a canvas that draws nothing
    /// settles the layout and the ticks as <see cref="DrawSkia"/>'s first pass does, and at its end
    /// <see cref="WriteTrend"/> reads where everything goes and writes the file <see cref="ChartSvg.Finish"/> would make
    /// of Skia's drawing. Null when the plot has something the writer does not write (<see cref="WriteTrend.CanWrite"/>).</summary>
    /// <remarks>Trends with the same layout (<see cref="TrendLayoutKey"/>: a province's trends are mostly small counts
    /// over the same years, and 19,090 trends of the 300 × 10 sample have 2,167 layouts) are laid out once: the layout
    /// pass, most of a trend's time, is skipped for the others, whose lines and points are placed in the layout kept.</remarks>
    internal static string? Write(ChartSeries series, SkiaSharp.SKTypeface typeface, SkiaSharp.SKTypeface? numbers = null)
    {
        var height = HeightOf(series);
        using var plot = NewPlot(series, typeface, numbers);
        if (!WriteTrend.CanWrite(plot) || !WriteAxes.CanWrite(plot))
        {
            return null;
        }

        var trend = new WriteTrend(new WriteAxes(new ChartAxes()), (BreakColor, BreakDashes));
        var (min, top) = ValueLimits(series);
        var key = new TrendLayoutKey(string.Join('\n', series.Labels), min, top, IntegersOnly(series), height, numbers ?? ChartFont.Ascii);
        var layouts = TrendLayouts.GetValue(typeface, static _ => new ConcurrentDictionary<TrendLayoutKey, TrendLayout>());
        if (layouts.TryGetValue(key, out var layout))
        {
            trend.Use(layout, plot);
        }
        else
        {
            LayOut(plot, height, then: trend);
            if (trend.Layout is { } settled)
            {
                KeepLayout(layouts, key, settled);
            }
        }

        return trend.Write(series.Title, Width, height, FontFamilyOf(series));
    }

    // How many trend layouts are kept for a typeface (Write), in case some site's trends all differ; a site's few thousand fit.
    private const int TrendLayoutLimit = 8192;

    // Trend layouts by the typeface of their labels (a build's subset of the font: they go with it) and by what else
    // they depend on, for every thread: a layout is the same whichever trend settled it first.
    private static readonly ConditionalWeakTable<SKTypeface, ConcurrentDictionary<TrendLayoutKey, TrendLayout>> TrendLayouts = new();

    private static void KeepLayout(ConcurrentDictionary<TrendLayoutKey, TrendLayout> layouts, TrendLayoutKey key, TrendLayout layout)
    {
        if (layouts.Count >= TrendLayoutLimit)
        {
            layouts.Clear();
        }

        layouts.TryAdd(key, layout);
    }

    /// <summary>How many trend layouts with these year labels are kept: for a test that the layout pass ran once for
    /// trends that share a layout.</summary>
    internal static int TrendLayoutsWith(IReadOnlyList<string> labels) =>
        TrendLayouts.Sum(typeface => typeface.Value.Keys.Count(k => k.Labels == string.Join('\n', labels)));

    // Renders the plot once on a canvas that draws nothing, without the drawing steps: the layout, the axis limits and
    // the ticks are settled, and then (given) reads them.
    private static void LayOut(Plot plot, int height, IRenderAction? then)
    {
        var actions = plot.RenderManager.RenderActions;
        actions.RemoveAll(a => a is RenderFigureBackground or RenderDataBackground or RenderGridsBelowPlottables or RenderPlottables
            or RenderGridsAbovePlottables or RenderLegends or RenderPanels or RenderBorders or RenderPlottablesLast or RenderBenchmark);
        if (then is not null)
        {
            actions.Add(then);
        }

        using var layout = new SKNoDrawCanvas(Width, height);
        plot.Render(layout, Width, height);
    }

    // The plot of a series, its plottables, ticks, limits and fonts set; the caller disposes of it.
    private static Plot NewPlot(ChartSeries series, SkiaSharp.SKTypeface typeface, SkiaSharp.SKTypeface? numbers)
    {
        var plot = new Plot();
        try
        {
            SetUp(plot, series, typeface, numbers);
            return plot;
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }

    private static void SetUp(Plot plot, ChartSeries series, SkiaSharp.SKTypeface typeface, SkiaSharp.SKTypeface? numbers)
    {
        var horizontal = series.Kind == ChartKind.Bar;
        // A chart carries no words of its own (no title, unit or legend), so one file serves the pages of every language:
        // the page says what it shows, in the page's language, in its caption and the image's alt text. Years and
        // numbers are the same in both; a ranking's labels are agency names, which are data.
        var count = series.Labels.Count;
        var positions = Enumerable.Range(0, count).Select(i => horizontal ? (double)(count - 1 - i) : i).ToArray();
        BarPlot? bars = null;
        if (horizontal)
        {
            bars = AddBars(plot, series, positions);
        }
        else
        {
            AddLine(plot, series, positions);
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < count; i++)
        {
            ticks.AddMajor(positions[i], series.Labels[i]);
        }

        var values = new ChartTicks(integersOnly: IntegersOnly(series));

        // The right and top axes have no data and draw no ticks, only their frame line: ScottPlot would still work out
        // (and measure) automatic ticks for them in every pass.
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
        plot.Axes.Top.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();

        var (min, top) = ValueLimits(series);
        var categories = (-0.5, Math.Max(0.5, count - 0.5));
        if (horizontal)
        {
            plot.Axes.Left.TickGenerator = ticks;
            plot.Axes.Bottom.TickGenerator = values;
            plot.Axes.SetLimits(min, top, categories.Item1, categories.Item2);
        }
        else
        {
            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Axes.Left.TickGenerator = values;
            plot.Axes.SetLimits(categories.Item1, categories.Item2, min, top);
        }

        // Every label is drawn with the given typeface (ScottPlot would otherwise look fonts up by name), and numbers and
        // years with a subset of it that has only ASCII: the SVG canvas maps each label's glyphs back to characters by
        // walking every character of its typeface, under a lock all threads share, and most labels of a chart are ticks.
        var ascii = numbers ?? ChartFont.Ascii;
        var categoryTicks = series.Labels.All(label => Ascii.IsValid(label)) ? ascii : typeface;
        plot.Axes.Title.Label.Font = typeface;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.Font = typeface;
            axis.TickLabelStyle.Font = axis.TickGenerator == values ? ascii : axis.TickGenerator == ticks ? categoryTicks : typeface;
        }

        if (bars is not null)
        {
            bars.ValueLabelStyle.Font = ascii;
        }
    }

    // The value axis's limits: from 0 (or the least value, when negative) to a tenth above the greatest (a ranking's bars
    // three twentieths, for their labels).
    private static (double Min, double Top) ValueLimits(ChartSeries series)
    {
        var max = series.Drawn.Where(v => v is not null).Select(v => (double)v!.Value).DefaultIfEmpty(0).Max();
        var min = Math.Min(0, series.Drawn.Where(v => v is not null).Select(v => (double)v!.Value).DefaultIfEmpty(0).Min());
        return (min, max <= min ? min + 1 : max + ((max - min) * (series.Kind == ChartKind.Bar ? 0.15 : 0.1)));
    }

    // Whether the value axis has whole-number ticks only: every value drawn is whole.
    private static bool IntegersOnly(ChartSeries series) => series.Drawn.All(v => v is null || v == decimal.Truncate(v.Value));

    private static void AddLine(Plot plot, ChartSeries series, double[] positions)
    {
        // A blank or partial year ends a segment: the line is never drawn through a value that was not (wholly) reported.
        var xs = new List<double>();
        var ys = new List<double>();
        void Flush()
        {
            if (xs.Count > 0)
            {
                var scatter = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), Color.FromHex("#1f5f99"));
                scatter.LineWidth = 2;
                scatter.MarkerSize = 7;
            }

            xs.Clear();
            ys.Clear();
        }

        for (var i = 0; i < positions.Length; i++)
        {
            if (series.Values[i].Exact is { } value)
            {
                xs.Add(positions[i]);
                ys.Add((double)value);
            }
            else
            {
                Flush();
            }

            if (i + 1 < positions.Length && series.Breaks.Contains(series.Labels[i + 1]))
            {
                Flush();
                // Unlabelled: a label collides with the title or the year ticks; the description and the page say what it marks.
                plot.Add.VerticalLine(positions[i] + 0.5, 1.5f, Color.FromHex(BreakColor), LinePattern.Solid);
            }
        }

        Flush();

        // A flagged value is drawn as published, with a ring around it (the legend under the chart names it).
        var flagged = Enumerable.Range(0, positions.Length).Where(i => series.IsFlagged(i) && series.Values[i].Exact is not null).ToList();
        if (flagged.Count > 0)
        {
            var rings = plot.Add.Markers(
                flagged.Select(i => positions[i]).ToArray(),
                flagged.Select(i => (double)series.Values[i].Exact!.Value).ToArray(),
                MarkerShape.OpenCircle,
                16,
                Color.FromHex("#a40000"));
            rings.MarkerStyle.LineWidth = 2;
        }
    }

    private static BarPlot AddBars(Plot plot, ChartSeries series, double[] positions)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < positions.Length; i++)
        {
            if (series.Values[i].Exact is { } value)
            {
                bars.Add(new Bar
                {
                    Position = positions[i],
                    Value = (double)value,
                    FillColor = Color.FromHex("#1f5f99"),
                    Label = value.ToString(CultureInfo.InvariantCulture),
                    Orientation = Orientation.Horizontal,
                });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = FontName;
        plottable.ValueLabelStyle.FontSize = 12;
        return plottable;
    }

    /// <summary>In the pass that draws, does what ScottPlot's <c>RenderPanels</c> does, except that it keeps the axes'
    /// lines (frames and tick marks) and tick labels for <see cref="ChartSvg"/> to write instead of drawing them.</summary>
    /// <remarks>
    /// <para>Skia's SVG canvas takes about 10 µs to write a text (it formats every glyph's position with <c>printf</c> and
    /// measures every string it writes), and a path element per tick mark, which <see cref="ChartSvg"/> then reads back and
    /// gathers into one: a trend chart's axes cost as much as the rest of it (300 agencies × 10 years: 0.56 → 0.25 ms a
    /// trend chart on one processor without them).</para>
    /// <para>What is drawn and where is ScottPlot 5.1's (<c>XAxisBase.Render</c>, <c>YAxisBase.Render</c>,
    /// <c>AxisBase.DrawTicks</c>, <c>AxisBase.DrawFrame</c>, <c>LabelStyle.Render</c>), in its order: for each axis each
    /// tick's mark, from the edge of the data area outwards, and its label, measured with its style and aligned to a point
    /// past the mark, 2 px further on a horizontal axis (centred on the tick) and 5 px on a vertical one (ending or
    /// starting there, centred on the tick); then the axis's frame line along that edge (a top one 0.1 px lower, as
    /// ScottPlot draws it without anti-aliasing). The charts' axes are all black, solid and untitled, their labels plain
    /// (black, regular, upright); a plot whose axes are not is drawn by ScottPlot (<see cref="CanWrite"/>). A test draws charts both ways and compares every
    /// line and label, so an update of ScottPlot that draws them otherwise is caught.</para>
    /// </remarks>
    private sealed class WriteAxes(ChartAxes axes) : IRenderAction
    {
        private const float HorizontalGap = 2;
        private const float VerticalGap = 5;
        private const float TopFrameShift = 0.1f;
        private static readonly char[] Spaces = [' ', '\t'];

        /// <summary>Whether every axis of the plot is one this writes as ScottPlot draws it.</summary>
        public static bool CanWrite(Plot plot) => plot.Axes.GetAxes().All(a =>
            string.IsNullOrEmpty(a.Label.Text) && IsPlainText(a.TickLabelStyle)
            && a.TickGenerator.Ticks.All(t => !t.Label.Contains('\n', StringComparison.Ordinal))
            && IsPlainBlack(a.MajorTickStyle.Color, a.MajorTickStyle.Hairline, a.MajorTickStyle.Pattern)
            && IsPlainBlack(a.MinorTickStyle.Color, a.MinorTickStyle.Hairline, a.MinorTickStyle.Pattern)
            && (!a.FrameLineStyle.CanBeRendered || (IsPlainBlack(a.FrameLineStyle.Color, a.FrameLineStyle.Hairline, a.FrameLineStyle.Pattern) && !a.FrameLineStyle.AntiAlias)));

        // Black, regular, upright text without a box, shadow or point: what ChartText writes.
        private static bool IsPlainText(LabelStyle style) =>
            style.Rotation == 0 && style.ForeColor == Colors.Black && !style.Bold && !style.Italic && style.PointSize == 0
            && style.BackgroundColor == Colors.Transparent && style.BorderColor == Colors.Transparent && style.ShadowColor == Colors.Transparent;

        private static bool IsPlainBlack(Color color, bool hairline, LinePattern pattern) =>
            color == Colors.Black && !hairline && pattern.Equals(LinePattern.Solid);

        /// <summary>The lines and labels written.</summary>
        public ChartAxes Axes => axes;

        /// <summary>Forgets what was written, for a pass that writes them again.</summary>
        public void Clear()
        {
            axes.Lines.Clear();
            axes.Texts.Clear();
        }

        // How many labels a thread remembers (Measure), in case some site's labels are all different.
        private const int MeasuredLimit = 4096;

        // Labels measured with the font of numbers and years, on this thread: a province's 19,000 trends label the same
        // few years and round numbers, and measuring one (setting the paint's font, its metrics, the text's width) was
        // a tenth of writing a trend.
        [ThreadStatic]
        private static Dictionary<(string Text, float Size, bool Subpixel), MeasuredText>? _measured;

        // A label's size as ScottPlot measures it (LabelStyle.Measure), remembered when it is in the font of numbers.
        private static MeasuredText Measure(LabelStyle style, string label, Paint paint)
        {
            if (style.Font != ChartFont.Ascii || style.Image is not null)
            {
                return style.Measure(label, paint);
            }

            var measured = _measured ??= [];
            var key = (label, style.FontSize, style.SubpixelText);
            if (!measured.TryGetValue(key, out var size))
            {
                size = style.Measure(label, paint);
                if (measured.Count < MeasuredLimit)
                {
                    measured[key] = size;
                }
            }

            return size;
        }

        public void Render(RenderPack rp)
        {
            foreach (var panel in rp.Plot.Axes.GetPanels())
            {
                var (size, offset) = (rp.Layout.PanelSizes[panel], rp.Layout.PanelOffsets[panel]);
                if (panel is not IAxis axis)
                {
                    panel.Render(rp, size, offset);
                }
                else if (axis.IsVisible)
                {
                    Write(rp, axis, axis.GetPanelRect(rp.DataRect, size, offset, rp.Paint));
                }
            }
        }

        private void Write(RenderPack rp, IAxis axis, PixelRect rect)
        {
            // The edge of the panel along the data area, and which way is outwards.
            var (edge, outwards, horizontal) = axis.Edge switch
            {
                Edge.Bottom => (rect.Top, 1f, true),
                Edge.Top => (rect.Bottom, -1f, true),
                Edge.Left => (rect.Right, -1f, false),
                _ => (rect.Left, 1f, false),
            };
            var alignment = axis.Edge switch
            {
                Edge.Bottom => Alignment.UpperCenter,
                Edge.Top => Alignment.LowerCenter,
                Edge.Left => Alignment.MiddleRight,
                _ => Alignment.MiddleLeft,
            };
            var style = axis.TickLabelStyle;
            foreach (var tick in axis.TickGenerator.Ticks)
            {
                var mark = tick.IsMajor ? axis.MajorTickStyle : axis.MinorTickStyle;
                var along = axis.GetPixel(tick.Position, rect);
                var end = outwards < 0 ? edge - mark.Length : edge + mark.Length;
                axes.Lines.Add(horizontal ? new ChartLine(along, edge, along, end, mark.Width) : new ChartLine(edge, along, end, along, mark.Width));
                if (string.IsNullOrWhiteSpace(tick.Label) || !style.IsVisible)
                {
                    continue;
                }

                var distance = mark.Length + (horizontal ? HorizontalGap : VerticalGap);
                var away = outwards < 0 ? edge - distance : edge + distance;
                var anchor = horizontal ? new Pixel(along, away) : new Pixel(away, along);
                // Spaces and tabs before the first letter are left out with their places, and a run of them is one
                // space, as Skia's canvas writes a text (and a browser shows one).
                var text = tick.Label.TrimStart(Spaces);
                var measured = text.Length == tick.Label.Length ? Measure(style, tick.Label, rp.Paint) : style.Measure(tick.Label, rp.Paint);
                var box = measured.Rect(alignment);
                var skipped = text.Length < tick.Label.Length ? rp.Paint.MeasureText(tick.Label[..^text.Length]).Width : 0;
                axes.Texts.Add(new ChartText(
                    (double)(anchor.X + style.OffsetX) + box.Left + skipped,
                    (double)(anchor.Y + style.OffsetY) + (box.Bottom - measured.Bottom),
                    text.AsSpan().IndexOfAny(Spaces) >= 0 ? SpaceRuns().Replace(text, " ") : text,
                    style.FontSize));
            }

            var frame = axis.FrameLineStyle;
            if (frame.CanBeRendered)
            {
                axes.Lines.Add(axis.Edge switch
                {
                    Edge.Left => new ChartLine(rect.Right, rect.Bottom, rect.Right, rect.Top, frame.Width),
                    Edge.Right => new ChartLine(rect.Left, rect.Bottom, rect.Left, rect.Top, frame.Width),
                    Edge.Bottom => new ChartLine(rect.Left, rect.Top, rect.Right, rect.Top, frame.Width),
                    _ => new ChartLine(rect.Left, rect.Bottom + TopFrameShift, rect.Right, rect.Bottom + TopFrameShift, frame.Width),
                });
            }
        }
    }

    [GeneratedRegex("[ \t]+")]
    private static partial Regex SpaceRuns();

    /// <summary>The layout a first pass settled, for the pass that draws.</summary>
    private sealed class SettledLayout(ScottPlot.Layout layout) : ILayoutEngine
    {
        public ScottPlot.Layout GetLayout(PixelRect figureRect, Plot plot, Paint paint) => layout;
    }
}

/// <summary>A value axis without minor ticks (<see cref="ChartRenderer"/>).</summary>
internal sealed class NoMinorTicks : IMinorTickGenerator
{
    public static readonly NoMinorTicks Instance = new();

    public IEnumerable<double> GetMinorTicks(double[] majorTicks, CoordinateRange visibleRange) => [];
}
