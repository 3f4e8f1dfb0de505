using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>A page with a view of its own: a report, an agency, an indicator's series, two years compared…, made by the
/// route plan when the page is rendered (<see cref="PlannedPage{TPage, TView}"/>).</summary>
/// <remarks>A view type is public, as a component parameter's type must be (Razor makes every component public); its
/// members that reach the internal site model are internal.</remarks>
/// <typeparam name="TView">What the page shows.</typeparam>
public abstract class SitePage<TView> : PageComponent
{
    /// <summary>What the page shows.</summary>
    [Parameter]
    [EditorRequired]
    public TView View { get; set; } = default!;
}
