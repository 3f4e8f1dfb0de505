using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsCheck;

namespace OpenData.Site.Tests.Build;

/// <summary><see cref="ChartSvg.Finish"/>: a smaller file that draws what Skia's canvas drew.</summary>
public sealed partial class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_chart_of_the_test_site_draws_what_skia_drew_in_a_smaller_file()
    {
        var charts = RoutePlan.Create(SiteFixture.Model).Charts;

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            AssertFinished(chart.Series());
        }
    }

    [Fact]
    public void Charts_of_any_series_draw_what_skia_drew_in_a_smaller_file()
    {
        var text = Gen.OneOf(Gen.String[Gen.Char['\u4e00', '\u9fa5'], 1, 12], Gen.String[Gen.Char[' ', '~'], 1, 12], Gen.Const(" 示例 & <数据> \u3000"));
        var value = Gen.Frequency((1, Gen.Const((decimal?)null)), (4, Gen.Decimal[-5000m, 5000m].Select(d => (decimal?)Math.Round(d, 2))));
        var series = Gen.Select(text, text, Gen.Bool, value.Array[1, 8], Gen.Int[0, 7], (title, description, bar, values, at) => new ChartSeries(
            title, description, bar ? ChartKind.Bar : ChartKind.Line,
            [.. values.Select((_, i) => bar ? $"{title}{i}" : (2014 + i).ToString(CultureInfo.InvariantCulture))],
            [.. values.Select(DerivedValue.Of)], bar || at >= values.Length ? [] : [(2014 + at).ToString(CultureInfo.InvariantCulture)], "件"));

        series.Sample(AssertFinished, iter: 40);
    }

    [Fact]
    public void Every_trend_of_the_test_site_is_written_byte_for_byte_as_skias_drawing_is_finished()
    {
        var trends = RoutePlan.Create(SiteFixture.Model).Charts.Select(c => c.Series()).Where(s => s.Kind == ChartKind.Line).ToList();

        Assert.NotEmpty(trends);
        Assert.Contains(trends, s => s.HasFlags);
        Assert.Contains(trends, s => s.Breaks.Count > 0);
        foreach (var series in trends)
        {
            AssertWrittenAsDrawn(series);
        }
    }

    [Fact]
    public void Trends_of_any_series_are_written_byte_for_byte_as_skias_drawing_is_finished()
    {
        // Blanks (a point alone between two, a line through one point), decimals, negative numbers, all zero, a form
        // break anywhere, flagged points.
        var value = Gen.Frequency((2, Gen.Const((decimal?)null)), (1, Gen.Const((decimal?)0m)), (4, Gen.Decimal[-5000m, 5000m].Select(d => (decimal?)Math.Round(d, 2))), (2, Gen.Int[0, 40].Select(i => (decimal?)i)));
        var series = Gen.Select(value.Array[1, 12], Gen.Int[0, 12], Gen.Bool.Array[12], (values, at, flagged) => new ChartSeries(
            "趋势（示例数据）", "d", ChartKind.Line,
            [.. values.Select((_, i) => (2014 + i).ToString(CultureInfo.InvariantCulture))],
            [.. values.Select(DerivedValue.Of)], at >= values.Length ? [] : [(2014 + at).ToString(CultureInfo.InvariantCulture)], "件",
            flagged.Take(values.Length).Any(f => f) ? [.. flagged.Take(values.Length).Select(f => f ? "R-N2" : "")] : null));

        series.Sample(AssertWrittenAsDrawn, iter: 300);
    }

    [Fact]
    public void Trends_that_share_a_layout_are_laid_out_once_and_written_as_skias_drawing_is_finished()
    {
        // Years no other test draws, values from 0 to 6 with a 6 somewhere: one layout (the same labels, limits and
        // ticks), and lines, points, blanks, breaks and rings anywhere in it.
        string[] years = [.. Enumerable.Range(1991, 10).Select(y => y.ToString(CultureInfo.InvariantCulture))];
        var value = Gen.Frequency((1, Gen.Const((decimal?)null)), (4, Gen.Int[0, 6].Select(i => (decimal?)i)));
        var series = Gen.Select(value.Array[10], Gen.Int[0, 9], Gen.Int[0, 12], Gen.Bool.Array[10], (values, top, at, flagged) =>
        {
            values[top] = 6;
            return new ChartSeries(
                "同一布局（示例数据）", "d", ChartKind.Line, years, [.. values.Select(DerivedValue.Of)], at >= years.Length ? [] : [years[at]], "件",
                flagged.Any(f => f) ? [.. flagged.Select(f => f ? "R-N2" : "")] : null);
        });

        series.Sample(AssertWrittenAsDrawn, iter: 60);

        Assert.Equal(1, ChartRenderer.TrendLayoutsWith(years));
    }

    private static void AssertWrittenAsDrawn(ChartSeries series)
    {
        var written = ChartRenderer.Write(series, ChartFont.Whole);

        Assert.NotNull(written);
        Assert.Equal(ChartRenderer.Draw(series, ChartFont.Whole, bySkia: true), written);
        Assert.Equal(written, ChartRenderer.Draw(series, ChartFont.Whole));
    }

    [Fact]
    public void A_form_break_is_one_dashed_line_and_plotted_segments_share_one_clip_path()
    {
        var series = new ChartSeries("断点（示例数据）", "d", ChartKind.Line, ["2019", "2020", "2021", "2022"], [1m, 2m, null, 4m], ["2021"], "件");

        var svg = ChartRenderer.Render(series);

        Assert.Single(Regex.Matches(svg, "stroke-dasharray=\"10\""));
        Assert.DoesNotContain("fill=\"#8A4B00\"", svg, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(svg, "<clipPath"));
        Assert.Single(Regex.Matches(svg, "<g "));
        Assert.Equal(ChartRenderer.Render(series), svg);
    }

    [Theory]
    [InlineData(
        "<svg width=\"1\" height=\"2\"><g clip-path=\"url(#b)\"/><clipPath id=\"b\"/><clipPath id=\"a\"/><use href=\"url(#zz)\"/></svg>",
        "<svg width=\"1\" height=\"2\" viewBox=\"0 0 720 360\" font-family=\"F\" role=\"img\" aria-labelledby=\"chart-title\">{0}\n<g clip-path=\"url(#c1)\"/>\n<clipPath id=\"c1\"/>\n<clipPath id=\"c2\"/>\n<use href=\"url(#zz)\"/></svg>\n")]
    [InlineData(
        "  <svg viewBox=\"0 0 1 2\">\n\t<text transform=\"translate(1.004 2)\" x=\"1, 2 , \" y=\"3, \" font-size=\"12\">\n\t\t 示例 \n</text><text x=\"1,2\" font-size=\"9\">a</text></svg>\n\n",
        "<svg viewBox=\"0 0 1 2\" font-family=\"F\" font-size=\"12\" role=\"img\" aria-labelledby=\"chart-title\">{0}\n<text x=\"2\" y=\"5\">示例</text>\n<text x=\"1\" font-size=\"9\">a</text></svg>\n")]
    [InlineData(
        "<?xml version=\"1.0\" ?>\n<svg xmlns:xlink=\"x\"><text font-family=\"WenQuanYi Micro Hei\" id=\"t\">x</text><ellipse rx=\"0.5\" ry=\"0.50\"/><ellipse rx=\"1\" ry=\"2\" cx=\"-0.004\"/></svg>",
        "<svg viewBox=\"0 0 720 360\" font-family=\"F\" role=\"img\" aria-labelledby=\"chart-title\">{0}\n<text id=\"c1\">x</text>\n<circle r=\".5\"/>\n<ellipse rx=\"1\" ry=\"2\" cx=\"0\"/></svg>\n")]
    [InlineData(
        "<svg><clipPath id=\"p\"><rect x=\"1\"/></clipPath><g clip-path=\"url(#p)\"><path fill=\"none\" stroke=\"black\" stroke-miterlimit=\"4\" d=\"M0 0L0 5\"/>"
        + "<text>1</text><path fill=\"none\" stroke=\"black\" d=\"M1 1L2 1\"/><path fill=\"none\" stroke=\"red\" d=\"M1 1L2 2\"/></g>"
        + "<clipPath id=\"q\"><rect x=\"1\"/></clipPath><g clip-path=\"url(#q)\"><path fill=\"#8A4B00\" d=\"M0 0Z\"/></g><rect/></svg>",
        "<svg viewBox=\"0 0 720 360\" font-family=\"F\" role=\"img\" aria-labelledby=\"chart-title\">{0}\n<clipPath id=\"c1\">\n<rect x=\"1\"/></clipPath>\n<g clip-path=\"url(#c1)\">"
        + "\n<path fill=\"none\" stroke=\"black\" d=\"M0 0V5M1 1H2\"/>\n<text>1</text>\n<path fill=\"none\" stroke=\"red\" d=\"M1 1L2 2\"/>\n<path fill=\"#8A4B00\" d=\"M0 0Z\"/></g>\n<rect/></svg>\n")]
    public void Edge_cases_are_finished_as_written_here(string skia, string expected)
    {
        const string Head = "<title id=\"chart-title\">标题 &amp; &lt;b&gt;</title>";

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, expected, Head), ChartSvg.Finish(skia, "标题 & <b>", 720, 360, "F", ChartRenderer.FontName));
    }

    [Theory]
    [InlineData("M73.086716 331.93164L73.086716 15", "M73.09 331.93V15")]
    [InlineData("M0.5 0.25L-0.004 0.25M1 2Q3 4 5 6C1 2 3 4 5 6Z", "M.5 .25H0M1 2Q3 4 5 6C1 2 3 4 5 6Z")]
    [InlineData("m1 2l3 4", "m1 2l3 4")]
    [InlineData("M1e-05 2.0051L1,2", "M0 2.01L1 2")]
    public void Path_data_is_rounded_and_straight_lines_keep_one_number(string data, string expected)
    {
        var output = new System.Text.StringBuilder();
        ChartSvgNumbers.AppendPathData(data, output);

        Assert.Equal(expected, output.ToString());
    }

    private static void AssertFinished(ChartSeries series)
    {
        // Drawn wholly by Skia, axes too, as ScottPlot draws them: the finished chart writes its axes' lines and labels
        // itself (ChartRenderer.WriteAxes), and they must be where ScottPlot puts them.
        var skia = ChartRenderer.DrawSkia(series, ChartFont.Whole, axesBySkia: true).Svg;
        var svg = ChartRenderer.Draw(series, ChartFont.Whole);
        var before = XDocument.Parse(skia).Root!;
        var after = XDocument.Parse(svg).Root!;

        Assert.True(svg.Length < skia.Length * 0.7, $"{svg.Length} of {skia.Length} characters");
        Assert.Equal(svg, ChartRenderer.Draw(series, ChartFont.Whole));
        Assert.Equal("img", (string?)after.Attribute("role"));
        Assert.Equal($"0 0 720 {ChartRenderer.HeightOf(series)}", (string?)after.Attribute("viewBox"));
        // Read keeping white space: a title of spaces alone is kept as written (a plain parse drops it). The description
        // is the page's (alt, aria-describedby), in its language: the file has none.
        var written = XDocument.Parse(svg, LoadOptions.PreserveWhitespace).Root!;
        Assert.Equal(series.Title, written.Element(Svg + "title")?.Value);
        Assert.Null(written.Element(Svg + "desc"));
        // The Chinese fonts are named only when a label needs one (an agency's name); years and numbers need none.
        Assert.Equal(series.Labels.Any(l => l.Any(c => c is < ' ' or > '~')) ? ChartRenderer.FontFallbacks : ChartRenderer.AsciiFontFallbacks, (string?)after.Attribute("font-family"));

        // Ids numbered per chart, each referenced one there, and one clip path for each distinct clip.
        var ids = after.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().Where(id => !id.StartsWith("chart-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"c{i}"), ids);
        foreach (Match reference in UrlReference().Matches(svg))
        {
            Assert.Contains(reference.Groups[1].Value, ids);
        }

        var clips = after.Descendants(Svg + "clipPath").Select(c => c.ToString(SaveOptions.DisableFormatting).Replace(c.Attribute("id")!.Value, "", StringComparison.Ordinal)).ToList();
        Assert.Equal(clips.Distinct().Count(), clips.Count);
        Assert.Equal(before.Descendants(Svg + "clipPath").Select(c => string.Concat(c.Nodes())).Distinct().Count(), clips.Count);

        // Nothing the browser assumes, no glyph position lists, numbers rounded.
        Assert.DoesNotContain("stroke-miterlimit=\"4\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<ellipse", svg, StringComparison.Ordinal);
        foreach (var attribute in after.Descendants().Attributes())
        {
            var name = attribute.Name.LocalName;
            if (name is "x" or "y" && attribute.Parent!.Name.LocalName == "text")
            {
                Assert.DoesNotContain(",", attribute.Value, StringComparison.Ordinal);
            }

            if (name is "d" or "x" or "y" or "cx" or "cy" or "r" or "width" or "height" or "stroke-width")
            {
                Assert.DoesNotMatch(@"\.\d{3}", attribute.Value);
            }
            else if (name.EndsWith("opacity", StringComparison.Ordinal))
            {
                Assert.DoesNotMatch(@"\.\d{4}", attribute.Value);
            }
        }

        // The same texts where they were, the same points and the same lines, to the hundredth of a pixel. The axes' lines
        // and labels are worked out, not read from what Skia wrote (six significant digits), so they may round the other way.
        var (drawn, placed) = (Texts(before), Texts(after));
        Assert.Equal(drawn.Select(t => t.Text), placed.Select(t => t.Text));
        foreach (var (skiaText, text) in drawn.Zip(placed))
        {
            Assert.True(Math.Abs(skiaText.X - text.X) <= 0.01m && Math.Abs(skiaText.Y - text.Y) <= 0.01m, $"\"{text.Text}\" at ({text.X}, {text.Y}), where Skia drew it at ({skiaText.X}, {skiaText.Y})");
        }

        Assert.Equal(Points(before), Points(after));
        var (skiaLines, lines) = (Lines(before), Lines(after));
        Assert.Equal(skiaLines.Select(l => l.Style), lines.Select(l => l.Style));
        foreach (var (skiaLine, line) in skiaLines.Zip(lines))
        {
            Assert.True(new[] { line.X1 - skiaLine.X1, line.Y1 - skiaLine.Y1, line.X2 - skiaLine.X2, line.Y2 - skiaLine.Y2 }.All(d => Math.Abs(d) <= 0.01m), $"{line}, where Skia drew {skiaLine}");
        }

        Assert.Equal(Rectangles(before), Rectangles(after));
    }
    private static List<(string Text, decimal X, decimal Y)> Texts(XElement root) => [.. root.Descendants(Svg + "text").Select(t =>
    {
        var (x, y) = (First(t, "x"), First(t, "y"));
        if (((string?)t.Attribute("transform"))?.Replace("translate(", "", StringComparison.Ordinal).TrimEnd(')').Split(' ') is [var dx, var dy])
        {
            (x, y) = (x + Number(dx), y + Number(dy));
        }

        return (t.Value.Trim(), Rounded(x), Rounded(y));
    })];

    private static List<string> Rectangles(XElement root) => [.. root.Descendants(Svg + "rect")
        .Where(r => r.Parent!.Name.LocalName != "clipPath")
        .Select(r => $"{r.Attribute("fill")?.Value} {r.Attribute("stroke")?.Value} {Round(First(r, "x"))} {Round(First(r, "y"))} {Round(First(r, "width"))} {Round(First(r, "height"))}")];

    private static decimal First(XElement element, string name) => Number(((string?)element.Attribute(name) ?? "0").Split(',')[0]);

    // As written, so rounding it is rounding what Skia wrote.
    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string> Points(XElement root) => [.. root.Descendants()
        .Where(e => e.Name.LocalName is "ellipse" or "circle")
        .Select(e => $"{e.Attribute("fill")?.Value} {Round(First(e, "cx"))} {Round(First(e, "cy"))} {Round(First(e, e.Name.LocalName == "circle" ? "r" : "rx"))}")];

    // Every straight line of every path, with its fill and stroke, in order of those and position.
    private static List<(string Style, decimal X1, decimal Y1, decimal X2, decimal Y2)> Lines(XElement root) => [.. root.Descendants(Svg + "path")
        .SelectMany(p => Segments(p.Attribute("d")!.Value).Select(s => ($"{p.Attribute("fill")?.Value} {p.Attribute("stroke")?.Value} {s.Kind}", s.X1, s.Y1, s.X2, s.Y2)))
        .OrderBy(l => l.Item1, StringComparer.Ordinal).ThenBy(l => l.X1).ThenBy(l => l.Y1).ThenBy(l => l.X2).ThenBy(l => l.Y2)];

    private static IEnumerable<(string Kind, decimal X1, decimal Y1, decimal X2, decimal Y2)> Segments(string data)
    {
        var (x, y) = (0m, 0m);
        foreach (Match command in PathCommand().Matches(data))
        {
            var numbers = command.Groups[2].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
            var (fromX, fromY) = (x, y);
            switch (command.Groups[1].Value)
            {
                case "M" or "L":
                    (x, y) = (numbers[0], numbers[1]);
                    break;
                case "H":
                    x = numbers[0];
                    break;
                case "V":
                    y = numbers[0];
                    break;
                default:
                    (x, y) = (numbers.Length >= 2 ? numbers[^2] : x, numbers.Length >= 2 ? numbers[^1] : y);
                    break;
            }

            if (command.Groups[1].Value != "M")
            {
                yield return (command.Groups[1].Value.Replace('H', 'L').Replace('V', 'L'), Rounded(fromX), Rounded(fromY), Rounded(x), Rounded(y));
            }
        }
    }

    private static string Round(decimal value) => Rounded(value).ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal Rounded(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"([MLHVCQZ])([^MLHVCQZ]*)")]
    private static partial Regex PathCommand();
}
