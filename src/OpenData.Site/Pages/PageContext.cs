using System.Runtime.CompilerServices;

namespace OpenData.Site;

/// <summary>Where a page lives: the site, the page's route and its language; every component of the page gets it.</summary>
/// <remarks>Public only because it is a component parameter (<see cref="PageComponent.Page"/>): Razor makes every
/// component a public class, and a public class's parameter must have a public type. Its members are internal, so the
/// site model behind it stays internal.</remarks>
public sealed class PageContext
{
    /// <param name="site">The site model.</param>
    /// <param name="route">The page's language-independent path, e.g. <c>agencies/pingtan/index.html</c>.</param>
    /// <param name="language">The page language.</param>
    /// <param name="otherLanguageRoute">Where a reader of the other language goes when the page has no counterpart in
    /// it; <see langword="null"/> when it has one (see <see cref="HasCounterpart"/>).</param>
    internal PageContext(SiteModel site, string route, Language language, string? otherLanguageRoute = null)
    {
        _otherLanguageRoute = otherLanguageRoute;
        Site = site;
        Route = route;
        Language = language;
        Path = language.Prefix + route;
    }

    private readonly string? _otherLanguageRoute;

    internal SiteModel Site { get; }

    internal string Route { get; }

    internal Language Language { get; }

    /// <summary>The path of the written file, with the language folder.</summary>
    internal string Path { get; }

    /// <summary>A relative link to another page of the same language.</summary>
    /// <remarks>Both pages are in the language's folder (<see cref="Language.Prefix"/>, empty or one folder), so the link
    /// is the one between their routes: no path with the folder is made for each link.</remarks>
    internal string Href(string route)
    {
        Linked?.Add(route);
        return Routes.Relative(Route, route);
    }

    /// <summary>A relative link to a file that exists once for all languages (data, charts, assets).</summary>
    internal string File(string path)
    {
        Linked?.Add(path);
        return Routes.Relative(Path, path);
    }

    /// <summary>The routes and paths linked through <see cref="Href"/> and <see cref="File"/>, when the context notes
    /// them (<see cref="Noting"/>); otherwise <see langword="null"/>.</summary>
    internal List<string>? Linked { get; private init; }

    /// <summary>The same page, noting what it links (<see cref="Linked"/>): what the parts of the layout that
    /// <see cref="LayoutParts"/> keeps depend on.</summary>
    internal PageContext Noting() => new(Site, Route, Language, _otherLanguageRoute) { Linked = [] };

    /// <summary>Whether the same page exists in the other language (on the same route): every page but a single cell's
    /// trend page, which is made in Chinese only (<see cref="SiteModel.HasIndicatorPage"/>).</summary>
    internal bool HasCounterpart => _otherLanguageRoute is null;

    /// <summary>The same page in the other language, or where its reader goes when there is none (a cell's row of the
    /// all-years table for a cell's trend page).</summary>
    internal string Alternate(Language other) => Linked is null
        ? Routes.Relative(Path, other.Prefix + (_otherLanguageRoute ?? Route))
        : throw new InvalidOperationException("a part of the layout kept for a folder linked the page in the other language, which differs from page to page");

    internal string T(string zh, string en) => Language.T(zh, en);

    internal string T([InterpolatedStringHandlerArgument("")] LanguageText<InChinese> zh, [InterpolatedStringHandlerArgument("")] LanguageText<InEnglish> en) => Language.T(zh, en);

    internal string T([InterpolatedStringHandlerArgument("")] LanguageText<InChinese> zh, string en) => Language.T(zh, en);

    internal string T(string zh, [InterpolatedStringHandlerArgument("")] LanguageText<InEnglish> en) => Language.T(zh, en);
}
