using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Site;

/// <summary>The contrast of the site's colours where the pages put one on another (WCAG 2.1, success criterion 1.4.3:
/// at least 4.5:1 for text), so a theme that makes the header or the links hard to read is said when the site is built.</summary>
/// <remarks>The pairs are the stylesheet's: white text on <c>--accent</c> (the header), and <c>--ink</c>,
/// <c>--muted</c>, <c>--accent</c> (links), <c>--warn</c> and <c>--error</c> on <c>--bg</c>, and <c>--ink</c> on
/// <c>--soft</c> (table heads). A colour <c>site.json</c> does not set is the shipped one. A colour with alpha is
/// laid over what it is drawn on (the background over white).</remarks>
internal static partial class ColorContrast
{
    /// <summary>WCAG 2.1 AA for text of normal size.</summary>
    public const double Minimum = 4.5;

    /// <summary>The shipped colours, by name: the custom properties of the <c>:root</c> rule of the shipped stylesheet
    /// (<c>Assets/site.css</c>), read from it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Shipped = CustomProperty()
        .Matches(RootRule().Match(SiteAssets.ShippedText(SiteAssets.Stylesheet)).Groups[1].Value)
        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    // Text colour, background, and what the text is; "white" is the header's text.
    private static readonly (string Text, string Background, string What)[] Pairs =
    [
        ("white", "accent", "the header's white text on accent"),
        ("ink", "bg", "text (ink) on the background (bg)"),
        ("muted", "bg", "notes and captions (muted) on the background (bg)"),
        ("accent", "bg", "links (accent) on the background (bg)"),
        ("warn", "bg", "warnings (warn) on the background (bg)"),
        ("error", "bg", "errors and finding marks (error) on the background (bg)"),
        ("ink", "soft", "table heads (ink on soft)"),
    ];

    /// <summary>Each pair below <see cref="Minimum"/> that involves a colour <paramref name="given"/> sets: the colour
    /// named (the one set, the text's when both are), what is drawn, and the ratio.</summary>
    public static IEnumerable<(string Color, string Message)> Check(IReadOnlyList<(string Name, string Value)> given)
    {
        var colors = new Dictionary<string, string>(Shipped, StringComparer.Ordinal) { ["white"] = "#ffffff" };
        foreach (var (name, value) in given)
        {
            colors[name] = value;
        }

        var set = given.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (text, background, what) in Pairs)
        {
            if (!set.Contains(text) && !set.Contains(background))
            {
                continue;
            }

            if (Parse(colors[background]) is not { } back || Parse(colors[text]) is not { } front)
            {
                continue;
            }

            var under = Over(back, (1, 1, 1));
            var ratio = Ratio(Over(front, under), under);
            if (ratio < Minimum)
            {
                yield return (set.Contains(text) ? text : background, string.Create(CultureInfo.InvariantCulture,
                    $"{what}: {colors[text]} on {colors[background]} has a contrast of {Math.Floor(ratio * 10) / 10:0.0}:1; WCAG 2.1 (1.4.3) asks at least {Minimum:0.0}:1 for text (对比度不足)"));
            }
        }
    }

    /// <summary>The contrast ratio of two opaque colours (channels 0–1): (L1 + 0.05) / (L2 + 0.05), the lighter over the darker.</summary>
    public static double Ratio((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>A colour in <see cref="CssColor"/>'s syntax as sRGB channels and alpha (0–1); <see langword="null"/> when
    /// it is not one.</summary>
    public static (double R, double G, double B, double A)? Parse(string text)
    {
        if (!CssColor.IsValid(text))
        {
            return null;
        }

        if (text[0] == '#')
        {
            var hex = text[1..];
            if (hex.Length is 3 or 4)
            {
                hex = string.Concat(hex.Select(c => new string(c, 2)));
            }

            double Channel(int i) => int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return (Channel(0), Channel(1), Channel(2), hex.Length == 8 ? Channel(3) : 1);
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        var parts = text[(open + 1)..^1].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        var alpha = parts.Length > 3 ? Clamp(Number(parts[3], 1)) : 1;
        if (text.StartsWith("rgb", StringComparison.Ordinal))
        {
            return (Clamp(Number(parts[0], 255)), Clamp(Number(parts[1], 255)), Clamp(Number(parts[2], 255)), alpha);
        }

        var (r, g, b) = FromHsl(Number(parts[0], 1) % 360, Clamp(Number(parts[1], 100)), Clamp(Number(parts[2], 100)));
        return (r, g, b, alpha);
    }

    // A number of a channel whose full scale is `scale` (255 for rgb, 100 for saturation and lightness, 1 for alpha);
    // a percentage is of the full scale, a hue's "deg" is degrees.
    private static double Number(string text, double scale) =>
        text.EndsWith('%') ? double.Parse(text[..^1], CultureInfo.InvariantCulture) / 100
        : double.Parse(text.EndsWith("deg", StringComparison.Ordinal) ? text[..^3] : text, CultureInfo.InvariantCulture) / scale;

    private static double Clamp(double value) => Math.Clamp(value, 0, 1);

    private static (double R, double G, double B) FromHsl(double hue, double saturation, double lightness)
    {
        var h = (hue < 0 ? hue + 360 : hue) / 360;
        double Channel(double n)
        {
            var k = (n + (h * 12)) % 12;
            return lightness - (saturation * Math.Min(lightness, 1 - lightness) * Math.Max(-1, Math.Min(Math.Min(k - 3, 9 - k), 1)));
        }

        return (Channel(0), Channel(8), Channel(4));
    }

    private static (double R, double G, double B) Over((double R, double G, double B, double A) top, (double R, double G, double B) under) =>
        ((top.R * top.A) + (under.R * (1 - top.A)), (top.G * top.A) + (under.G * (1 - top.A)), (top.B * top.A) + (under.B * (1 - top.A)));

    private static double Luminance((double R, double G, double B) c)
    {
        static double Linear(double v) => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));
    }

    [GeneratedRegex(@":root \{([^}]*)\}")]
    private static partial Regex RootRule();

    [GeneratedRegex(@"--([a-z]+): *([^;]+?) *;")]
    private static partial Regex CustomProperty();
}
