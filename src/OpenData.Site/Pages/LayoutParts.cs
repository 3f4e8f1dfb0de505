using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>The parts of <see cref="Layout"/> that many pages of a language share, as HTML: the
/// links in the head (<see cref="SiteHeadLinks"/>), the skip link and the header with the main navigation
/// (<see cref="SiteHeader"/>, in two parts around the link to the page in the other language, <see cref="LanguageLink"/>)
/// and the footer (<see cref="SiteFooter"/>).</summary>
/// <remarks>
/// <para>They depend on the page only through their relative links (<see cref="PageContext.Href"/>,
/// <see cref="PageContext.File"/>), and a relative link depends only on how many folders deep the page is and on the
/// folders it shares from the start with the target, which are no more than the target's. So the parts of a page serve
/// every page of its language as deep as it whose route starts with the same folders, as many as the deepest target
/// has (noted as the parts are rendered, <see cref="PageContext.Noting"/>): with the site's links, every page of an
/// agency (its reports, indicators, comparisons) shares its parts. Each thread keeps the parts of the last page of each
/// language it rendered, and the route plan puts an agency's pages together, so nearly every page uses the parts of the
/// page before. Rendering the 300 × 10 sample's 43,255 pages on one thread took about 3 % less time so (4.83 and 4.96 s
/// against 4.68 and 4.74 s), and an indicator page 0.038 → 0.033 ms; leaving the parts out altogether saved about
/// twice that: their HTML is still copied into each page and encoded with it.</para>
/// <para>The parts are rendered by <see cref="PageRenderer.RenderPart"/> with their white space collapsed, and written
/// into the page as they are (<see cref="CollapsedMarkup"/>): the page is the one the layout made when it held their
/// templates itself (the tests compare every page of the test site with its golden file, and each page's parts with
/// the parts rendered for it).</para>
/// <para>A thread keeps them with a weak reference to their site: a pool thread does not keep a site alive after its
/// build.</para>
/// </remarks>
internal sealed class LayoutParts
{
    /// <summary>Stands for the link to the other language while the header is rendered for the whole folder: written
    /// as it is (the HTML encoder leaves these characters). A header that holds it elsewhere too (a setting's text, say)
    /// is not kept, and the layout renders the header on each page.</summary>
    public const string LanguageLinkMark = "{{language-link}}";

    [ThreadStatic]
    private static LayoutParts? _chinese;

    [ThreadStatic]
    private static LayoutParts? _english;

    private readonly WeakReference<SiteModel> _site;

    // How many folders deep the page they were rendered for is, and the start of its route that they depend on: as many
    // folders as the deepest target of their links has.
    private readonly int _depth;
    private readonly string _lead;

    private LayoutParts(PageContext page)
    {
        _site = new WeakReference<SiteModel>(page.Site);
        var noting = page.Noting();
        Head = new PagePart(PageRenderer.RenderPart(typeof(SiteHeadLinks), Parameters(noting)));
        var header = PageRenderer.RenderPart(typeof(SiteHeader), Parameters(noting));
        var mark = header.IndexOf(LanguageLinkMark, StringComparison.Ordinal);
        Header = mark < 0 ? (new PagePart(header), null)
            : header.IndexOf(LanguageLinkMark, mark + 1, StringComparison.Ordinal) < 0 ? (new PagePart(header[..mark]), new PagePart(header[(mark + LanguageLinkMark.Length)..]))
            : null;
        Footer = new PagePart(PageRenderer.RenderPart(typeof(SiteFooter), Parameters(noting)));
        _depth = Folders(page.Route);
        _lead = Lead(page.Route, noting.Linked!.Count == 0 ? 0 : noting.Linked.Max(Folders)).ToString();
    }

    /// <summary>The links of the head.</summary>
    public PagePart Head { get; }

    /// <summary>The skip link and the header, before and after the link to the page in the other language (the whole
    /// header and nothing after when the site has no English pages); <see langword="null"/> when the header cannot be
    /// kept.</summary>
    public (PagePart Start, PagePart? End)? Header { get; }

    /// <summary>The footer.</summary>
    public PagePart Footer { get; }

    /// <summary>The parts of <paramref name="page"/>'s layout.</summary>
    public static LayoutParts For(PageContext page)
    {
        ref var kept = ref page.Language.IsEnglish ? ref _english : ref _chinese;
        if (kept is not null && Folders(page.Route) == kept._depth && page.Route.AsSpan().StartsWith(kept._lead, StringComparison.Ordinal)
            && kept._site.TryGetTarget(out var site) && site == page.Site)
        {
            return kept;
        }

        kept = new LayoutParts(page);
        return kept;
    }

    // A route's folders, as Routes.Relative counts them.
    private static int Folders(string route) => route.AsSpan().Count('/');

    // The first `folders` folders of a route, each with its slash (all of them when it has fewer).
    private static ReadOnlySpan<char> Lead(string route, int folders)
    {
        var end = 0;
        for (var i = 0; i < folders; i++)
        {
            var slash = route.IndexOf('/', end);
            if (slash < 0)
            {
                break;
            }

            end = slash + 1;
        }

        return route.AsSpan(0, end);
    }

    private static ParameterView Parameters(PageContext page) =>
        ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageComponent.Page)] = page });
}
