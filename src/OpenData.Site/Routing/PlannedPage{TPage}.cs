using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>A page without a view of its own: its component gets only the page's context.</summary>
/// <typeparam name="TPage">The page component.</typeparam>
internal sealed record PlannedPage<TPage>(string Route, Language Language, FileScope Scope, SiteModel Site)
    : PlannedPage(Route, Language, Scope, Site)
    where TPage : SitePage
{
    public override Type Component => typeof(TPage);

    public override ParameterView Parameters() =>
        ParameterView.FromDictionary(new Dictionary<string, object?>(1) { [nameof(PageComponent.Page)] = Context });
}
