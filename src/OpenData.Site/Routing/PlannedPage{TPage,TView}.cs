using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>A page with a view of its own, made by <paramref name="View"/> when the page is rendered.</summary>
/// <typeparam name="TPage">The page component, which takes a <typeparamref name="TView"/>.</typeparam>
/// <typeparam name="TView">What the page shows.</typeparam>
internal sealed record PlannedPage<TPage, TView>(string Route, Language Language, FileScope Scope, SiteModel Site, Func<TView> View)
    : PlannedPage(Route, Language, Scope, Site)
    where TPage : SitePage<TView>
{
    public override Type Component => typeof(TPage);

    public override ParameterView Parameters() => ParameterView.FromDictionary(new Dictionary<string, object?>(2)
    {
        [nameof(PageComponent.Page)] = Context,
        [nameof(SitePage<TView>.View)] = View(),
    });
}
