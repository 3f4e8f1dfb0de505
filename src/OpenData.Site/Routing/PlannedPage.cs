namespace OpenData.Site;

/// <summary>A page the site will have: the component that renders it, its route and language, what it depends on, and its
/// data, made only when the page is rendered (a rebuild that keeps the page never makes it).</summary>
internal sealed record PlannedPage(Type Component, string Route, Language Language, FileScope Scope, SiteModel Site, Func<object?> Data)
{
    /// <summary>The path of the written file, with the language folder.</summary>
    public string Path => Language.Prefix + Route;

    /// <summary>A new context for rendering, with the page's data.</summary>
    public PageContext Context => new(Site, Route, Language, Data());
}
