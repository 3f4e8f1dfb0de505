namespace OpenData.Site;

/// <summary>What a page component needs: the site, where the page lives, its language and its own data.</summary>
/// <param name="Site">The site model.</param>
/// <param name="Route">The page's language-independent path, e.g. <c>agencies/pingtan/index.html</c>.</param>
/// <param name="Language">The page language.</param>
/// <param name="Data">The page's own data (a report, an indicator…), or <see langword="null"/>.</param>
internal sealed record PageContext(SiteModel Site, string Route, Language Language, object? Data)
{
    /// <summary>The path of the written file, with the language folder.</summary>
    public string Path => Language.Prefix + Route;

    /// <summary>A relative link to another page of the same language.</summary>
    public string Href(string route) => Routes.Relative(Path, Language.Prefix + route);

    /// <summary>A relative link to a file that exists once for all languages (data, charts, assets).</summary>
    public string File(string path) => Routes.Relative(Path, path);

    /// <summary>The same page in the other language.</summary>
    public string Alternate(Language other) => Routes.Relative(Path, other.Prefix + Route);

    public string T(string zh, string en) => Language.T(zh, en);

    public T DataAs<T>() => (T)Data!;
}
