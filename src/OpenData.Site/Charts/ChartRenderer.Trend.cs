using System.Globalization;
using System.Text;
using ScottPlot;
using ScottPlot.Grids;
using ScottPlot.Plottables;
using SkiaSharp;

namespace OpenData.Site;

internal static partial class ChartRenderer
{
    /// <summary>At the end of a trend's layout pass, reads where ScottPlot would draw its background, grid, lines, points
    /// and axes, and writes the chart file that <see cref="ChartSvg.Finish"/> makes of Skia's drawing of them, byte for
    /// byte, without drawing: no second pass, no SVG canvas and nothing written by Skia to read back.</summary>
    /// <remarks>
    /// <para>A trend chart is a few dozen lines and circles; drawing them on Skia's SVG canvas, and then reading its text
    /// back to make the file smaller, took most of a chart's time once the layout was done (300 agencies × 10 years:
    /// 19,140 trend charts).</para>
    /// <para>What is drawn and where is ScottPlot 5.1's, read from the same objects its drawing reads, in its order: the
    /// figure background (<c>BackgroundStyle.Render</c>), the grid's lines at the major ticks within the axis limits, the
    /// horizontal axis's then the vertical one's (<c>DefaultGrid.Render</c>, <c>GridStyle.Render</c>), then each plottable
    /// clipped to the data area: a scatter's line through its points and a filled circle on each
    /// (<c>Scatter.Render</c>), a vertical line across the data area (<c>VerticalLine.Render</c>), open circles
    /// (<c>Markers.Render</c>); then the axes (<see cref="WriteAxes"/>). How it is written is Skia's SVG canvas's (a
    /// path's numbers with six significant digits, an attribute's with eight, colours by name or as hexadecimal, opacity
    /// apart) as <see cref="ChartSvg.Finish"/> finishes it (numbers rounded to hundredths, one clip path and one group
    /// for everything clipped, circles, the break line dashed). A plot with anything else is drawn by Skia
    /// (<see cref="CanWrite"/>), and a test draws charts both ways and holds the files equal, so an update of ScottPlot
    /// or Skia that draws otherwise is caught.</para>
    /// </remarks>
    private sealed class WriteTrend(WriteAxes axes, (string Stroke, string Pattern) dash) : IRenderAction
    {
        // The significant digits of a path's numbers as Skia's canvas writes them, and of an attribute's.
        private const int PathDigits = 6;
        private const int AttributeDigits = 8;

        // 10^-3 … 10^8, at [n + 3].
        private static readonly double[] Powers = [1e-3, 1e-2, 1e-1, 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

        private readonly List<Drawn> _drawn = [];
        private TrendLayout? _layout;

        /// <summary>What the layout pass settled, once it ran (or what <see cref="Use"/> was given).</summary>
        public TrendLayout? Layout => _layout;

        /// <summary>Whether the plot has only what this writes as ScottPlot and Skia would draw it.</summary>
        public static bool CanWrite(Plot plot) =>
            IsPlain(plot.FigureBackground) && plot.FigureBackground.Color.Alpha == byte.MaxValue
            && IsPlain(plot.DataBackground) && plot.DataBackground.Color.Alpha == 0
            && !(plot.FigureBorder.IsVisible && plot.FigureBorder.CanBeRendered) && !(plot.DataBorder.IsVisible && plot.DataBorder.CanBeRendered)
            && plot.Axes.GetPanels().All(p => p is IAxis || (p is ScottPlot.Panels.TitlePanel title && (!title.IsVisible || string.IsNullOrWhiteSpace(title.Label.Text))))
            && plot.Axes.AllGrids.ToList() is [DefaultGrid { IsVisible: true, IsBeneathPlottables: true } grid]
            && grid.XAxis == plot.Axes.Bottom && grid.YAxis == plot.Axes.Left
            && IsPlainGrid(grid.XAxisStyle) && IsPlainGrid(grid.YAxisStyle)
            && plot.PlottableList.All(p => !p.IsVisible || p switch
            {
                Scatter s => s.ConnectStyle == ConnectStyle.Straight && s.PathStrategy is ScottPlot.PathStrategies.Straight && !s.FillY
                    && s.ScaleX == 1 && s.ScaleY == 1 && s.OffsetX == 0 && s.OffsetY == 0
                    && IsPlainLine(s.LineStyle) && IsFilledCircle(s.MarkerStyle),
                VerticalLine v => IsPlainLine(v.LineStyle) && string.IsNullOrEmpty(v.LabelStyle.Text)
                    && double.IsNegativeInfinity(v.Minimum) && double.IsPositiveInfinity(v.Maximum),
                Markers m => m.Colormap is null && IsOpenCircle(m.MarkerStyle),
                _ => false,
            });

        private static bool IsPlain(BackgroundStyle background) => background.Image is null && background.FillStyle.IsVisible && background.FillStyle.Hatch is null;

        // Lines at the major ticks only, no alternating fill, translucent (so Finish never gathers them into one path).
        private static bool IsPlainGrid(GridStyle style) =>
            !style.IsVisible || (!style.MinorLineStyle.CanBeRendered && style.FillColor1 == Colors.Transparent && style.FillColor2 == Colors.Transparent
                && (!style.MajorLineStyle.CanBeRendered || (IsPlainLine(style.MajorLineStyle) && style.MajorLineStyle.Color.Alpha < byte.MaxValue)));

        // Solid, not a hairline, with the joins and ends Skia's canvas does not write.
        private static bool IsPlainLine(LineStyle line) =>
            !line.CanBeRendered || (!line.Hairline && !line.HandDrawn && line.Pattern.Equals(LinePattern.Solid)
                && line.StrokeCap == SKStrokeCap.Butt && line.StrokeJoin == SKStrokeJoin.Miter && line.StrokeMiter == 4);

        private static bool IsFilledCircle(MarkerStyle marker) =>
            !marker.IsVisible || (marker.CustomRenderer is null && marker.Shape == MarkerShape.FilledCircle && !marker.OutlineStyle.CanBeRendered
                && marker.FillStyle.IsVisible && marker.FillStyle.Hatch is null && marker.FillStyle.Color.Alpha == byte.MaxValue);

        private static bool IsOpenCircle(MarkerStyle marker) =>
            !marker.IsVisible || (marker.CustomRenderer is null && marker.Shape == MarkerShape.OpenCircle && IsPlainLine(marker.LineStyle)
                && (!marker.LineStyle.CanBeRendered || marker.LineStyle.Color.Alpha == byte.MaxValue));

        public void Render(RenderPack rp)
        {
            // A pass that moved the axis limits is followed by another: what the last one reads is what would be drawn.
            axes.Clear();
            var plot = rp.Plot;
            var figure = rp.ScaledFigureRect;
            var grid = (DefaultGrid)plot.Axes.AllGrids.Single();
            axes.Render(rp);
            Use(new TrendLayout(
                rp.DataRect,
                figure.Left == 0 && figure.Top == 0 ? (figure.Width, figure.Height, plot.FigureBackground.Color) : (0, 0, Colors.Transparent),
                (GridLines(rp, grid.XAxis, grid.XAxisStyle), GridLines(rp, grid.YAxis, grid.YAxisStyle), grid.XAxisStyle.MajorLineStyle, grid.YAxisStyle.MajorLineStyle),
                axes.Axes), plot);
        }

        /// <summary>Reads where the plot's lines and points go in <paramref name="layout"/>: the layout pass's, or that of
        /// an earlier trend with the same layout (<see cref="TrendLayout"/>), when the plot is not laid out at all.</summary>
        public void Use(TrendLayout layout, Plot plot)
        {
            _layout = layout;
            _drawn.Clear();
            var rect = layout.Data;

            // Each plottable's axes, as a render's first step gives them (ReplaceNullAxesWithDefaults); its limits are the
            // ones set (SetUp): no later step before the layout moves them (no autoscale, continuous or otherwise, no
            // axis rules, no plottable axis managers).
            plot.Axes.ReplaceNullAxesWithDefaults();
            foreach (var plottable in plot.PlottableList.Where(p => p.IsVisible))
            {
                plottable.Axes.DataRect = rect;
                switch (plottable)
                {
                    case Scatter scatter:
                        var points = scatter.Data.GetScatterPoints().Select(scatter.Axes.GetPixel).ToArray();
                        if (points.Length == 0)
                        {
                            break;
                        }

                        if (scatter.LineStyle.CanBeRendered)
                        {
                            _drawn.Add(new Drawn(scatter.LineStyle, points, null));
                        }

                        if (scatter.MarkerStyle.IsVisible && scatter.MarkerStyle.FillStyle.Color != Colors.Transparent)
                        {
                            _drawn.AddRange(points.Select(p => new Drawn(null, [p], (scatter.MarkerStyle.Size / 2, scatter.MarkerStyle.FillStyle.Color))));
                        }

                        break;
                    case VerticalLine line when line.Axes.XAxis.Range.Contains(line.X) && line.LineStyle.CanBeRendered:
                        var (bottom, top) = (Math.Min(line.Axes.YAxis.Min, line.Axes.YAxis.Max), Math.Max(line.Axes.YAxis.Min, line.Axes.YAxis.Max));
                        _drawn.Add(new Drawn(line.LineStyle, [line.Axes.GetPixel(new Coordinates(line.X, bottom)), line.Axes.GetPixel(new Coordinates(line.X, top))], null));
                        break;
                    case Markers markers when markers.MarkerStyle.IsVisible && markers.MarkerStyle.LineStyle.CanBeRendered:
                        var style = markers.MarkerStyle;
                        _drawn.AddRange(markers.Data.GetScatterPoints().Select(c => new Drawn(style.LineStyle, [markers.Axes.GetPixel(c)], (style.Size / 2, Colors.Transparent))));
                        break;
                }
            }
        }

        // The pixels of the grid lines along an axis: at its major ticks within its limits (GridStyle.Render).
        private static float[] GridLines(RenderPack rp, IAxis axis, GridStyle style)
        {
            if (!style.IsVisible || !style.MajorLineStyle.CanBeRendered)
            {
                return [];
            }

            var (min, max) = (Math.Min(axis.Min, axis.Max), Math.Max(axis.Min, axis.Max));
            return [.. axis.TickGenerator.Ticks.Where(t => t.Position >= min && t.Position <= max && t.IsMajor)
                .Select(t => axis.GetPixel(t.Position, rp.DataRect)).Take(style.MaximumNumberOfGridLines)];
        }

        /// <summary>The chart file; null when the layout pass found something to draw that this does not write as
        /// Skia would (a grid without a line), which is then drawn by Skia.</summary>
        public string? Write(string title, int width, int height, string fontFamily)
        {
            if (_layout is not { Grid: var grid, Figure: var figure, Data: var data, Axes: var written }
                || grid.Vertical.Length == 0 || grid.Horizontal.Length == 0 || figure.Color.Alpha != byte.MaxValue)
            {
                return null;
            }

            var texts = written.Texts;
            var fontSize = texts.Count > 0 ? ChartSvgWriter.FontSize(texts[0]) : null;
            var output = new StringBuilder(1024 + (_drawn.Count * 64) + (texts.Count * 40));
            output.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width).Append("\" height=\"").Append(height)
                .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append('"');
            ChartSvgWriter.AppendRootEnd(fontFamily, fontSize, title, output);

            output.Append("\n<rect fill=\"").Append(SkiaColor(figure.Color)).Append("\" width=\"");
            AppendAttribute(figure.Width, output);
            output.Append("\" height=\"");
            AppendAttribute(figure.Height, output);
            output.Append("\"/>");

            // The grid, one path for each axis: lines across the data area, from its bottom or left edge.
            AppendGrid(grid.Vertical, grid.VerticalStyle, p => (p, data.Bottom, p, data.Top), output);
            AppendGrid(grid.Horizontal, grid.HorizontalStyle, p => (data.Left, p, data.Right, p), output);

            if (_drawn.Count > 0)
            {
                output.Append("\n<clipPath id=\"c1\">\n<rect");
                AppendRect(data.Left, data.Top, data.Right - data.Left, data.Bottom - data.Top, output);
                output.Append("/></clipPath>\n<g clip-path=\"url(#c1)\">");
                foreach (var drawn in _drawn)
                {
                    if (drawn.Circle is { } circle)
                    {
                        AppendCircle(drawn.Points[0], circle.Radius, circle.Fill, drawn.Line, output);
                    }
                    else
                    {
                        AppendPath(drawn.Line!, drawn.Points, output);
                    }
                }

                output.Append("</g>");
            }

            ChartSvgWriter.AppendAxes(written, fontSize, output);
            return output.Append("</svg>\n").ToString();
        }

        private static void AppendGrid(float[] at, LineStyle line, Func<float, (float, float, float, float)> across, StringBuilder output)
        {
            if (at.Length == 0)
            {
                return;
            }

            AppendStroke("path", line, output);
            output.Append(" d=\"");
            foreach (var (x1, y1, x2, y2) in at.Select(across))
            {
                var (fromX, fromY) = (PathNumber(x1), PathNumber(y1));
                ChartSvgNumbers.AppendMoveTo(fromX, fromY, output);
                ChartSvgNumbers.AppendLineTo(fromX, fromY, PathNumber(x2), PathNumber(y2), output);
            }

            output.Append("\"/>");
        }

        // A line through points, as Skia writes a path and Finish rounds it (a line that keeps its x or its y with one
        // number; through one point, a path with no data, as Skia writes it); the form's break line dashed.
        private void AppendPath(LineStyle line, Pixel[] points, StringBuilder output)
        {
            var stroke = AppendStroke("path", line, output);
            output.Append(" d=\"");
            if (points.Length > 1)
            {
                var (x, y) = (PathNumber(points[0].X), PathNumber(points[0].Y));
                ChartSvgNumbers.AppendMoveTo(x, y, output);
                foreach (var point in points.AsSpan(1))
                {
                    var (toX, toY) = (PathNumber(point.X), PathNumber(point.Y));
                    ChartSvgNumbers.AppendLineTo(x, y, toX, toY, output);
                    (x, y) = (toX, toY);
                }
            }

            output.Append('"');
            if (stroke == dash.Stroke)
            {
                output.Append(" stroke-dasharray=\"").Append(dash.Pattern).Append('"');
            }

            output.Append("/>");
        }

        // A circle as Skia's canvas writes an oval (its centre and radius from the rectangle around it) and Finish writes it.
        private static void AppendCircle(Pixel center, float radius, Color fill, LineStyle? line, StringBuilder output)
        {
            if (line is not null)
            {
                AppendStroke("circle", line, output);
            }
            else
            {
                output.Append("\n<circle fill=\"").Append(SkiaColor(fill)).Append('"');
            }

            var (left, top, right, bottom) = (center.X - radius, center.Y - radius, center.X + radius, center.Y + radius);
            output.Append(" cx=\"");
            AppendAttribute(Midpoint(left, right), output);
            output.Append("\" cy=\"");
            AppendAttribute(Midpoint(top, bottom), output);
            output.Append("\" r=\"");
            AppendAttribute((right - left) * 0.5f, output);
            output.Append("\"/>");
        }

        // SkRect::centerX: the midpoint in double precision, as a float.
        private static float Midpoint(float a, float b) => (float)(((double)a + b) * 0.5);

        // An element's start and its stroke as Skia writes them (fill none, colour, width, opacity when translucent); the colour.
        private static string AppendStroke(string element, LineStyle line, StringBuilder output)
        {
            var color = SkiaColor(line.Color);
            output.Append("\n<").Append(element).Append(" fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"");
            AppendAttribute(line.Width, output);
            output.Append('"');
            if (line.Color.Alpha < byte.MaxValue)
            {
                output.Append(" stroke-opacity=\"");
                ChartSvgNumbers.AppendScaled(Scaled(line.Color.Alpha / 255f, AttributeDigits, ChartSvg.OpacityDecimals), ChartSvg.OpacityDecimals, output);
                output.Append('"');
            }

            return color;
        }

        // A rectangle's attributes, x and y left out when 0 as Skia leaves them out.
        private static void AppendRect(float x, float y, float width, float height, StringBuilder output)
        {
            if (x != 0)
            {
                output.Append(" x=\"");
                AppendAttribute(x, output);
                output.Append('"');
            }

            if (y != 0)
            {
                output.Append(" y=\"");
                AppendAttribute(y, output);
                output.Append('"');
            }

            output.Append(" width=\"");
            AppendAttribute(width, output);
            output.Append("\" height=\"");
            AppendAttribute(height, output);
            output.Append('"');
        }

        private static void AppendAttribute(float value, StringBuilder output) =>
            ChartSvgNumbers.AppendScaled(Scaled(value, AttributeDigits, ChartSvg.Decimals), ChartSvg.Decimals, output);

        private static long PathNumber(float value) => Scaled(value, PathDigits, ChartSvg.Decimals);

        // A number as Skia writes it (%g: so many significant digits, the float's exact value rounded half to even), in
        // 10^-decimals rounded half away from zero as Finish rounds the text Skia wrote: the text, not the float, is
        // rounded. A float times a power of ten up to 10^8 is exact in double, so its digits need no text.
        private static long Scaled(float value, int digits, int decimals)
        {
            var magnitude = Math.Abs(value);
            if (magnitude is >= 1e-3f and < 1e5f)
            {
                var exponent = (int)Math.Floor(Math.Log10(magnitude));
                exponent += magnitude >= Powers[exponent + 4] ? 1 : magnitude < Powers[exponent + 3] ? -1 : 0;
                var places = digits - 1 - exponent;
                if (places is >= 0 and <= 8)
                {
                    var written = (long)Math.Round(value * Powers[places + 3], MidpointRounding.ToEven);
                    return places >= decimals ? ChartSvgNumbers.Rescale(written, places, decimals) : written * (long)Powers[decimals - places + 3];
                }
            }

            Span<char> text = stackalloc char[32];
            if (!value.TryFormat(text, out var length, "G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                || !ChartSvgNumbers.TryScale(text[..length], decimals, out var scaled))
            {
                throw new InvalidOperationException($"a chart coordinate that is not a number: {value.ToString(CultureInfo.InvariantCulture)}");
            }

            return scaled;
        }

        // A colour as Skia's SVG canvas names it: one of HTML's sixteen names, else #RRGGBB (its alpha is written apart).
        private static string SkiaColor(Color color) => ((color.Red << 16) | (color.Green << 8) | color.Blue) switch
        {
            0x000000 => "black",
            0x000080 => "navy",
            0x0000FF => "blue",
            0x008000 => "green",
            0x008080 => "teal",
            0x00FF00 => "lime",
            0x00FFFF => "aqua",
            0x800000 => "maroon",
            0x800080 => "purple",
            0x808000 => "olive",
            0x808080 => "gray",
            0xC0C0C0 => "silver",
            0xFF0000 => "red",
            0xFF00FF => "fuchsia",
            0xFFFF00 => "yellow",
            0xFFFFFF => "white",
            var rgb => string.Create(CultureInfo.InvariantCulture, $"#{rgb:X6}"),
        };

        // A line through points (Line set, no Circle), or a circle at the one point, filled (no Line) or stroked.
        private sealed record Drawn(LineStyle? Line, Pixel[] Points, (float Radius, Color Fill)? Circle);
    }

    /// <summary>What a trend's layout pass settles and <see cref="WriteTrend"/> reads besides the plottables: the data
    /// area, the figure's size and colour, the grid lines and the axes' lines and labels. Read only once made.</summary>
    private sealed record TrendLayout(
        PixelRect Data,
        (float Width, float Height, Color Color) Figure,
        (float[] Vertical, float[] Horizontal, LineStyle VerticalStyle, LineStyle HorizontalStyle) Grid,
        ChartAxes Axes);

    /// <summary>What a trend's layout depends on (<see cref="SetUp"/>) besides the typeface of its labels: its year
    /// labels, the value axis's limits and whether its ticks are whole numbers, its height and the typeface of its
    /// numbers; not the values between the limits, the breaks or
    /// the flagged points, which are plottables the layout does not look at. (No label holds a line feed: a plot with one
    /// is not written, WriteAxes.CanWrite.)</summary>
    private sealed record TrendLayoutKey(string Labels, double Min, double Top, bool IntegersOnly, int Height, SKTypeface Numbers);
}
