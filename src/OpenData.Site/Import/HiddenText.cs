using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OpenData.Site.Import;

/// <summary>
/// What a page holds that a browser does not show: scripts, styles, templates, and elements hidden by the <c>hidden</c>
/// attribute, by their inline style (<c>display:none</c>, <c>visibility:hidden</c>, <c>font-size:0</c>) or by a class or id the
/// page's own style sheet hides. Sites hide stray characters inside text and figures so a copy differs from the page
/// (<c>1&lt;span style="display:none"&gt;7&lt;/span&gt;2</c> shows 12); read with them, a figure would be wrong.
/// </summary>
/// <remarks>Only a few hidden characters are taken out. A hidden block of text or a table stays: pages hide the article
/// until a script shows it (展开全文), or keep a copy for printing, and a browser shows those; read twice, the same figures
/// agree, and different ones are left blank with a finding.</remarks>
internal static partial class HiddenText
{
    private const int MostSaltCharacters = 8;

    /// <summary>Takes the hidden elements out of the document.</summary>
    /// <returns>How many of them held text a reader could have taken for content, and the source line of the first.</returns>
    public static (int Count, int FirstLine) Remove(IDocument document)
    {
        var scripts = document.QuerySelectorAll("script, style, template").ToList();
        var rules = string.Concat(scripts.Where(e => e.LocalName == "style").Select(s => s.TextContent));
        var salt = document.QuerySelectorAll("[hidden], [style]").Where(e => e.HasAttribute("hidden") || HidingStyle().IsMatch(e.GetAttribute("style")!))
            .Concat(HiddenBySheet(rules).SelectMany(document.QuerySelectorAll))
            .Where(IsSalt).Except(scripts).Distinct().ToList();

        // What the note counts: salt a reader could have taken for content, in the page's body.
        var noted = salt.Where(e => WrappedText.Clean(e.TextContent).Length > 0 && e.Closest("head") is null).Select(e => e.SourceReference?.Position.Line ?? 1).ToList();
        foreach (var element in scripts.Concat(salt))
        {
            element.Remove();
        }

        return (noted.Count, noted.Count == 0 ? 0 : noted.Min());
    }

    // A few characters with no block inside: salt, not a section a script would show.
    private static bool IsSalt(IElement element) =>
        WrappedText.Clean(element.TextContent).Length <= MostSaltCharacters && element.QuerySelector("table, tr, td, p, div, li, h1, h2, h3, h4, h5, h6") is null;

    // The simple selectors (.class, #id, tag.class) of the style sheet's rules that hide what they select; rules inside
    // @media (print only, narrow screens) are left alone, as the page shows those elements on a screen.
    private static IEnumerable<string> HiddenBySheet(string sheet)
    {
        var screen = MediaBlock().Replace(Comment().Replace(sheet, ""), "");
        foreach (Match rule in Rule().Matches(screen))
        {
            if (!HidingStyle().IsMatch(rule.Groups["body"].Value))
            {
                continue;
            }

            foreach (var selector in rule.Groups["selectors"].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (SimpleSelector().IsMatch(selector))
                {
                    yield return selector;
                }
            }
        }
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])font-size\s*:\s*0+(?:\.0+)?\s*(?:px|pt|em|rem|%)?\s*(?:;|!|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HidingStyle();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    // An @media (or @supports) block with its nested rules.
    [GeneratedRegex(@"@[a-z-]+[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaBlock();

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^[a-zA-Z]*[.#][A-Za-z_][\w-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleSelector();
}
