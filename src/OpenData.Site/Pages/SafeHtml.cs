using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenData.Site;

/// <summary>What HTML from the site's own settings may carry onto every page (the footer and <c>&lt;head&gt;</c> of
/// <c>site.json</c>): the rules of the Markdown pages, applied to HTML.</summary>
/// <remarks>
/// <para>Markdown pages never run code: their raw HTML is shown as text, and a link or image keeps its address only
/// when <see cref="IsSafeUrl"/> allows it (else <c>#</c>). Settings HTML is parsed (AngleSharp, as a browser parses it)
/// and written again from an allow-list: the elements and attributes below, with the same address rule. Everything
/// else goes: scripts, styles, frames and forms with their content; event handlers (<c>on…</c>), <c>style</c> and any
/// other attribute; comments; other elements keep their text only.</para>
/// <para>Text and attribute values are encoded as the pages encode them, so plain text comes out as Razor writes it.</para>
/// </remarks>
internal static class SafeHtml
{
    private static readonly HtmlEncoder Encoder = PageHtmlEncoder.Instance;

    private static readonly FrozenSet<string> Dropped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "noframes", "textarea", "select", "svg", "math", "title", "xmp", "plaintext", "base", "form", "button", "input",
        "audio", "video", "canvas", "head",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(["br", "img", "meta", "link"], StringComparer.Ordinal);

    private static readonly string[] Global = ["class", "lang", "dir", "title"];

    // What a footer line may hold (it is written inside a <p>): text-level elements, links and images, as Markdown makes.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Phrasing = Allow(new()
    {
        ["a"] = ["href", "rel", "hreflang"],
        ["abbr"] = [],
        ["b"] = [],
        ["bdi"] = [],
        ["br"] = [],
        ["cite"] = [],
        ["code"] = [],
        ["em"] = [],
        ["i"] = [],
        ["img"] = ["src", "alt", "width", "height"],
        ["mark"] = [],
        ["q"] = [],
        ["s"] = [],
        ["small"] = [],
        ["span"] = [],
        ["strong"] = [],
        ["sub"] = [],
        ["sup"] = [],
        ["time"] = ["datetime"],
        ["u"] = [],
    });

    // What <head> may gain: descriptions (verification tags, Open Graph) and links (a web font, an author page).
    private static readonly FrozenDictionary<string, FrozenSet<string>> HeadElements = Allow(new()
    {
        ["meta"] = ["name", "property", "content"],
        ["link"] = ["rel", "href", "type", "sizes", "hreflang", "media"],
    });

    private static readonly FrozenSet<string> LinkRelations = FrozenSet.ToFrozenSet(
        ["stylesheet", "icon", "apple-touch-icon", "preconnect", "dns-prefetch", "author", "license", "me", "alternate"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a link or image address may be kept: absolute http or https, <c>mailto:</c>, or relative (no
    /// scheme, not <c>//host</c>). Never <c>javascript:</c>, <c>data:</c> or any other scheme.</summary>
    public static bool IsSafeUrl(string? url) =>
        url is null || Links.External(url) is not null || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || (!url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal));

    /// <summary>Text or HTML for a line of the page footer: text-level elements, links and images only.</summary>
    /// <param name="html">The HTML as written in the settings.</param>
    /// <param name="removed">Gets what was left out or changed, each said once, in the order met, so the build can tell
    /// its author (<see cref="SettingsLoader"/>); <see langword="null"/> when nobody asks.</param>
    public static string Footer(string html, ICollection<string>? removed = null) => Write(html, Phrasing, keepText: true, separator: "", removed);

    /// <summary>HTML for the end of <c>&lt;head&gt;</c>: <c>&lt;meta name|property content&gt;</c> and
    /// <c>&lt;link rel href&gt;</c> (stylesheet, icon, preconnect …) only, one a line; text is left out.</summary>
    /// <inheritdoc cref="Footer" path="/param"/>
    public static string Head(string html, ICollection<string>? removed = null) => Write(html, HeadElements, keepText: false, separator: "\n", removed);

    private static string Write(string html, FrozenDictionary<string, FrozenSet<string>> allowed, bool keepText, string separator, ICollection<string>? removed)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument("");
        var output = new StringBuilder();
        var first = true;
        var notes = removed is null ? null : new Removals(removed);
        foreach (var node in parser.ParseFragment(html, document.Body!))
        {
            var start = output.Length;
            Write(node, allowed, keepText, output, notes);
            if (output.Length > start && separator.Length > 0)
            {
                output.Insert(start, first ? "" : separator);
                first = false;
            }
        }

        return output.ToString();
    }

    private static void Write(INode node, FrozenDictionary<string, FrozenSet<string>> allowed, bool keepText, StringBuilder output, Removals? removed)
    {
        if (node is IText text)
        {
            if (keepText)
            {
                output.Append(Encoder.Encode(text.Data));
            }
            else if (!string.IsNullOrWhiteSpace(text.Data))
            {
                removed?.Add($"the text “{Shorten(text.Data.Trim())}” (only elements belong here)");
            }

            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (Dropped.Contains(element.LocalName))
        {
            removed?.Add($"<{element.LocalName}> with its content (never allowed)");
            return;
        }

        if (!allowed.TryGetValue(element.LocalName, out var attributes) || !IsWanted(element))
        {
            removed?.Add(!allowed.ContainsKey(element.LocalName)
                ? $"<{element.LocalName}> (not allowed here{(keepText ? "; its text is kept" : "")})"
                : element.LocalName == "meta" ? "<meta> without name or property" : $"<link rel=\"{element.GetAttribute("rel")}\" href=\"{Shorten(element.GetAttribute("href") ?? "")}\"> (a relation or address not allowed)");
            foreach (var child in element.ChildNodes)
            {
                Write(child, allowed, keepText, output, removed);
            }

            return;
        }

        output.Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            if (Value(element.LocalName, attribute.Name, attribute.Value, attributes) is { } value)
            {
                output.Append(' ').Append(attribute.Name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
                if (!string.Equals(value, attribute.Value, StringComparison.Ordinal))
                {
                    removed?.Add($"the address “{Shorten(attribute.Value)}” of <{element.LocalName}> (replaced by #: only http, https, mailto and relative addresses)");
                }
            }
            else
            {
                removed?.Add($"the {attribute.Name} attribute of <{element.LocalName}>");
            }
        }

        // Void elements end as the pages' own do (<link … />).
        if (Void.Contains(element.LocalName))
        {
            output.Append(" />");
            return;
        }

        output.Append('>');

        foreach (var child in element.ChildNodes)
        {
            Write(child, allowed, keepText, output, removed);
        }

        output.Append("</").Append(element.LocalName).Append('>');
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    /// <summary>What was left out, each said once.</summary>
    private sealed class Removals(ICollection<string> removed)
    {
        private readonly HashSet<string> _said = new(StringComparer.Ordinal);

        public void Add(string what)
        {
            if (_said.Add(what))
            {
                removed.Add(what);
            }
        }
    }

    // A <meta> without a name says nothing (http-equiv and charset are not allowed); a <link> needs a known relation and
    // an address that passes the rule.
    private static bool IsWanted(IElement element) => element.LocalName switch
    {
        "meta" => element.HasAttribute("name") || element.HasAttribute("property"),
        "link" => element.GetAttribute("rel") is { } rel && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } relations
            && relations.All(LinkRelations.Contains) && element.GetAttribute("href") is { Length: > 0 } href && IsSafeUrl(href),
        _ => true,
    };

    private static string? Value(string element, string name, string value, FrozenSet<string> attributes) => name switch
    {
        _ when !attributes.Contains(name) => null,
        "href" or "src" when element is "a" or "img" => IsSafeUrl(value) ? value : "#",
        "width" or "height" => value.Length is > 0 and <= 5 && value.All(char.IsAsciiDigit) ? value : null,
        _ => value,
    };

    private static FrozenDictionary<string, FrozenSet<string>> Allow(Dictionary<string, string[]> elements) =>
        elements.ToFrozenDictionary(e => e.Key, e => FrozenSet.ToFrozenSet(e.Value.Concat(Global), StringComparer.Ordinal), StringComparer.Ordinal);
}
