using System.Reflection;
using System.Text;

namespace OpenData.Site;

/// <summary>The files of <c>assets/</c>: the shipped stylesheet and icon, and every file of <c>input/assets</c>.</summary>
/// <remarks>
/// <para>A file of <c>input/assets</c> is published as it is under the same name, and replaces a shipped file of that
/// name (<c>favicon.svg</c>), with one exception: <c>site.css</c> extends the shipped stylesheet instead of replacing
/// it. The published <c>assets/site.css</c> is the shipped rules, then the colours of <c>site.json</c> as custom
/// properties, then the operator's rules, so that the operator's rules win and the shipped ones keep their fixes on an
/// upgrade of the tool.</para>
/// <para>Each file has a scope of its own (<see cref="FileScope.AssetOf"/>): changing one remakes that file alone.</para>
/// </remarks>
internal static class SiteAssets
{
    /// <summary>The stylesheet's name, shipped and in <c>input/assets</c>.</summary>
    public const string Stylesheet = "site.css";

    /// <summary>The files the tool ships, by name.</summary>
    public static readonly IReadOnlyList<string> Shipped = [Stylesheet, SiteSettings.ShippedFavicon, SearchScript];

    /// <summary>The search box's script (<see cref="Routes.SearchScript"/>).</summary>
    public const string SearchScript = "search.js";

    /// <summary>Adds every file of <c>assets/</c>.</summary>
    public static void Write(SiteSettings settings, ISiteSink files)
    {
        var inputs = settings.Assets.ToDictionary(a => a.Name, StringComparer.Ordinal);
        foreach (var name in Shipped.Union(inputs.Keys, StringComparer.Ordinal))
        {
            var input = inputs.GetValueOrDefault(name);
            files.File(FileScope.AssetOf(name), Routes.Asset(name), () => name == Stylesheet
                ? StylesheetOf(settings.Colors, input?.Content)
                : input?.Content ?? SiteFiles.Utf8.GetBytes(ShippedText(name)));
        }
    }

    /// <summary>The published stylesheet: the shipped rules, the colours as custom properties, the operator's rules.</summary>
    internal static byte[] StylesheetOf(IReadOnlyList<(string Name, string Value)> colors, byte[]? operatorRules)
    {
        var css = new StringBuilder(ShippedText(Stylesheet));
        if (colors.Count > 0)
        {
            css.Append("\n/* colours of input/site.json */\n:root {");
            foreach (var (name, value) in colors)
            {
                css.Append(" --").Append(name).Append(": ").Append(value).Append(';');
            }

            css.Append(" }\n");
        }

        var bytes = SiteFiles.Utf8.GetBytes(css.ToString());
        if (operatorRules is null)
        {
            return bytes;
        }

        var own = operatorRules.AsSpan();
        own = own.StartsWith("\uFEFF"u8) ? own[3..] : own;
        return [.. bytes, .. "\n/* input/assets/site.css */\n"u8, .. own];
    }

    /// <summary>A file the tool ships, as text with line feeds.</summary>
    internal static string ShippedText(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("assets/" + name)
            ?? throw new InvalidOperationException($"embedded asset {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
