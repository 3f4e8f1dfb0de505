using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>The base of every page component.</summary>
/// <remarks>Razor components are always public while the site model is internal, so the context travels as
/// <see cref="object"/> and is cast once here.</remarks>
public abstract class SitePage : StaticComponent
{
    [Parameter]
    [EditorRequired]
    public object Model { get; set; } = default!;

    internal PageContext Page => (PageContext)Model;

    internal SiteModel Site => Page.Site;

    internal Language L => Page.Language;

    internal string T(string zh, string en) => Page.Language.T(zh, en);

    internal string Href(string route) => Page.Href(route);

    internal string FileHref(string path) => Page.File(path);

    internal static MarkupString Raw(string html) => new(html);

    /// <summary>An outside address that may be linked: absolute http or https only (never javascript:, data: or relative).</summary>
    internal static string? ExternalHref(string? url) => Links.External(url);
}
