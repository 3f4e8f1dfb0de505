using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>A page the site will have: the component that renders it, its route and language, and what it depends on.
/// A page with a view of its own (<see cref="PlannedPage{TPage, TView}"/>) makes it only when the page is rendered (a
/// rebuild that keeps the page never makes it).</summary>
internal abstract record PlannedPage(string Route, Language Language, FileScope Scope, SiteModel Site)
{
    /// <summary>The page component.</summary>
    public abstract Type Component { get; }

    /// <summary>The path of the written file, with the language folder.</summary>
    public string Path => Language.Prefix + Route;

    /// <summary>Where a reader of the other language goes from this page when the page has no counterpart in it (see
    /// <see cref="PageContext.Alternate"/>); <see langword="null"/> when it has one, on the same route.</summary>
    public string? OtherLanguageRoute { get; init; }

    /// <summary>Where the page lives, for its components.</summary>
    public PageContext Context => new(Site, Route, Language, OtherLanguageRoute);

    /// <summary>The component's parameters, with the page's view made now.</summary>
    /// <remarks>Blazor takes parameters by name; the types of <see cref="PlannedPage{TPage, TView}"/> make sure the view
    /// is the one the component takes.</remarks>
    public abstract ParameterView Parameters();
}
