using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace OpenData.Site.Tests.Build;

/// <summary><see cref="ChartSvg.Finish"/> against the regular expressions it replaced, kept here as the reference.</summary>
public sealed partial class ChartSvgTests
{
    [Fact]
    public void Every_chart_of_the_test_site_is_finished_as_the_regular_expressions_finished_it()
    {
        var charts = RoutePlan.Create(SiteFixture.Model).Charts;

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var series = chart.Series();
            var skia = ChartRenderer.DrawSkia(series, ChartFont.Whole);
            Assert.Equal(Reference(skia, series.Title, series.Description, ChartRenderer.HeightOf(series)), Finish(skia, series));
        }
    }

    [Fact]
    public void Charts_of_any_series_are_finished_as_the_regular_expressions_finished_them()
    {
        var text = Gen.OneOf(Gen.String[Gen.Char['\u4e00', '\u9fa5'], 1, 12], Gen.String[Gen.Char[' ', '~'], 1, 12], Gen.Const(" 示例 & <数据> \u3000"));
        var value = Gen.Frequency((1, Gen.Const((decimal?)null)), (4, Gen.Decimal[-5000m, 5000m].Select(d => (decimal?)Math.Round(d, 2))));
        var series = Gen.Select(text, text, Gen.Bool, value.Array[1, 8], Gen.Int[0, 7], (title, description, bar, values, at) => new ChartSeries(
            title, description, bar ? ChartKind.Bar : ChartKind.Line,
            [.. values.Select((_, i) => bar ? $"{title}{i}" : (2014 + i).ToString(CultureInfo.InvariantCulture))],
            [.. values.Select(DerivedValue.Of)], bar || at >= values.Length ? [] : [(2014 + at).ToString(CultureInfo.InvariantCulture)], "件"));

        series.Sample(s =>
        {
            var skia = ChartRenderer.DrawSkia(s, ChartFont.Whole);
            Assert.Equal(Reference(skia, s.Title, s.Description, ChartRenderer.HeightOf(s)), Finish(skia, s));
        }, iter: 40);
    }

    [Theory]
    [InlineData("<svg width=\"1\" height=\"2\"><g clip-path=\"url(#b)\"/><clipPath id=\"b\"/><clipPath id=\"a\"/><use href=\"url(#zz)\"/></svg>")]
    [InlineData("  <svg viewBox=\"0 0 1 2\">\n\t<text x=\"1, 2 , \" y=\"3, \">\n\t\t 示例 \n</text><text x=\"1,2\">a</text></svg>\n\n")]
    [InlineData("<?xml version=\"1.0\" ?>\n<svg><text font-family=\"WenQuanYi Micro Hei\" id=\"t\">x</text><text font-family=\"Other\"></text></svg>")]
    [InlineData("<svg><rect/><g></g>\n</svg>")]
    public void Edge_cases_are_finished_as_the_regular_expressions_finished_them(string skia)
    {
        Assert.Equal(Reference(skia, "标题 & <b>", "说明\"'", 360), ChartSvg.Finish(skia, "标题 & <b>", "说明\"'", 720, 360, ChartRenderer.FontFallbacks, ChartRenderer.FontName));
    }

    private static string Finish(string skia, ChartSeries series) =>
        ChartSvg.Finish(skia, series.Title, series.Description, 720, ChartRenderer.HeightOf(series), ChartRenderer.FontFallbacks, ChartRenderer.FontName);

    // How charts were finished up to session 6: six passes of regular expressions (since session 10 the font is named on
    // the root only).
    private static string Reference(string svg, string title, string description, int height)
    {
        svg = XmlDeclaration().Replace(svg, "");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = IdAttribute().Replace(svg, m =>
        {
            var id = m.Groups[1].Value;
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = $"c{ids.Count + 1}";
                ids[id] = renamed;
            }

            return $"id=\"{renamed}\"";
        });
        svg = IdReference().Replace(svg, m => ids.TryGetValue(m.Groups[1].Value, out var renamed) ? $"url(#{renamed})" : m.Value);
        svg = FontFamily().Replace(svg, "");
        svg = TextContent().Replace(svg, ">$1</text>");
        svg = TrailingComma().Replace(svg, " $1=\"$2\"");
        var open = SvgOpen().Match(svg);
        var attributes = open.Groups[1].Value;
        if (!attributes.Contains("viewBox", StringComparison.Ordinal))
        {
            attributes += string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 720 {height}\"");
        }

        attributes += $" font-family=\"{ChartRenderer.FontFallbacks}\"";

        var head = new StringBuilder()
            .Append("<svg").Append(attributes).Append(" role=\"img\" aria-labelledby=\"chart-title chart-desc\">")
            .Append("<title id=\"chart-title\">").Append(SecurityElement.Escape(title)).Append("</title>")
            .Append("<desc id=\"chart-desc\">").Append(SecurityElement.Escape(description)).Append("</desc>");
        return (svg[..open.Index] + head + svg[(open.Index + open.Length)..]).Trim() + "\n";
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex IdReference();

    [GeneratedRegex("\\s*font-family=\"[^\"]*WenQuanYi[^\"]*\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@">\s*([^<]*?)\s*</text>")]
    private static partial Regex TextContent();

    [GeneratedRegex(" (x|y)=\"([^\"]*?),\\s*\"")]
    private static partial Regex TrailingComma();

    [GeneratedRegex("<svg([^>]*)>")]
    private static partial Regex SvgOpen();
}
