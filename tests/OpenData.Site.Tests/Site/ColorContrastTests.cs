using System.Text.RegularExpressions;

namespace OpenData.Site.Tests.Build;

/// <summary>The contrast check of <c>site.json</c>'s colours (WCAG 2.1, 1.4.3).</summary>
public sealed partial class ColorContrastTests
{
    [Theory]
    [InlineData("#000", "#fff", 21.0)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("#767676", "#ffffff", 4.54)]
    [InlineData("#1f5f99", "#ffffff", 6.66)]
    [InlineData("rgb(255 255 255)", "hsl(0 0% 0%)", 21.0)]
    [InlineData("#fff", "#fff", 1.0)]
    public void The_ratio_is_wcags_relative_luminance_ratio(string text, string background, double expected)
    {
        var (a, b) = (ColorContrast.Parse(text)!.Value, ColorContrast.Parse(background)!.Value);

        Assert.Equal(expected, ColorContrast.Ratio((a.R, a.G, a.B), (b.R, b.G, b.B)), 2);
    }

    [Theory]
    [InlineData("#0b5cad", 11, 92, 173, 1.0)]
    [InlineData("#fff", 255, 255, 255, 1.0)]
    [InlineData("#0b5cad80", 11, 92, 173, 0.502)]
    [InlineData("rgb(11 92 173)", 11, 92, 173, 1.0)]
    [InlineData("rgba(11, 92, 173, 0.5)", 11, 92, 173, 0.5)]
    [InlineData("rgb(100% 0% 50% / 25%)", 255, 0, 127.5, 0.25)]
    [InlineData("hsl(0 100% 50%)", 255, 0, 0, 1.0)]
    [InlineData("hsl(120deg, 100%, 25%)", 0, 127.5, 0, 1.0)]
    [InlineData("hsla(240 100% 50% / 0.5)", 0, 0, 255, 0.5)]
    public void Every_syntax_site_json_accepts_is_read(string text, double r, double g, double b, double alpha)
    {
        var color = ColorContrast.Parse(text)!.Value;

        Assert.Equal(r / 255, color.R, 3);
        Assert.Equal(g / 255, color.G, 3);
        Assert.Equal(b / 255, color.B, 3);
        Assert.Equal(alpha, color.A, 3);
        Assert.Null(ColorContrast.Parse("red"));
    }

    [Fact]
    public void The_shipped_colours_are_the_stylesheets_and_pass()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "OpenData.Site", "Assets", "site.css"));
        var root = RootRule().Match(css).Groups[1].Value;

        Assert.Equal(root.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), ColorContrast.Shipped.Select(c => $"--{c.Key}: {c.Value}"));
        Assert.Equal(SiteJson.Context.SiteColors.Properties.Select(p => p.Name), ColorContrast.Shipped.Keys);
        Assert.Empty(ColorContrast.Check([.. ColorContrast.Shipped.Select(c => (c.Key, c.Value))]));
    }

    [Fact]
    public void A_light_accent_is_named_for_the_header_and_the_links()
    {
        var found = ColorContrast.Check([("accent", "#ffcc00")]).ToList();

        Assert.Equal(["accent", "accent"], found.Select(f => f.Color));
        Assert.StartsWith("the header's white text on accent: #ffffff on #ffcc00 has a contrast of 1.5:1", found[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("links (accent) on the background (bg): #ffcc00 on #ffffff", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dark_background_names_each_shipped_text_colour_it_hides_and_a_translucent_colour_is_laid_over_it()
    {
        var found = ColorContrast.Check([("bg", "#202020")]).Select(f => f.Message[..f.Message.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(["text (ink) on the background (bg)", "notes and captions (muted) on the background (bg)", "links (accent) on the background (bg)", "warnings (warn) on the background (bg)", "errors and finding marks (error) on the background (bg)"], found);

        // Ink at 30 % over white is a light grey: too faint; fully opaque it passes.
        Assert.Contains(ColorContrast.Check([("ink", "rgba(0, 0, 0, 0.3)")]), f => f.Color == "ink");
        Assert.Empty(ColorContrast.Check([("ink", "rgba(0, 0, 0, 1)")]));
    }

    [Fact]
    public void The_build_warns_with_the_colours_place_in_site_json_and_goes_on()
    {
        var input = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(Path.Combine(RepoPaths.Root, "input"), input);
        var settings = Path.Combine(input, "site.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(settings))!.AsObject();
        json["colors"] = new System.Text.Json.Nodes.JsonObject { ["accent"] = "#ffcc00" };
        File.WriteAllText(settings, json.ToJsonString());

        var result = CliRunner.Run("build", "--data", SiteFixture.Data, "--input", input, "--output", Path.Combine(RepoPaths.NewTempFolder(), "out"), "--allow-errors", "--no-charts");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("site.json: $.colors.accent: warning: the header's white text on accent: #ffffff on #ffcc00 has a contrast of 1.5:1; WCAG 2.1 (1.4.3) asks at least 4.5:1 for text (对比度不足)", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@":root \{([^}]*)\}")]
    private static partial Regex RootRule();
}
