using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>The base of the components a page is made of (the page, its layout and its parts): each gets the page's
/// context, and the helpers every template uses.</summary>
public abstract class PageComponent : StaticComponent
{
    /// <summary>Where the page lives: the site, its route and its language.</summary>
    [Parameter]
    [EditorRequired]
    public PageContext Page { get; set; } = default!;

    internal SiteModel Site => Page.Site;

    internal Language L => Page.Language;

    internal string T(string zh, string en) => Page.Language.T(zh, en);

    internal string T([InterpolatedStringHandlerArgument("")] LanguageText<InChinese> zh, [InterpolatedStringHandlerArgument("")] LanguageText<InEnglish> en) => Page.Language.T(zh, en);

    internal string T([InterpolatedStringHandlerArgument("")] LanguageText<InChinese> zh, string en) => Page.Language.T(zh, en);

    internal string T(string zh, [InterpolatedStringHandlerArgument("")] LanguageText<InEnglish> en) => Page.Language.T(zh, en);

    internal string Href(string route) => Page.Href(route);

    internal string FileHref(string path) => Page.File(path);

    internal static MarkupString Raw(string html) => new(html);

    /// <summary>An outside address that may be linked: absolute http or https only (never javascript:, data: or relative).</summary>
    internal static string? ExternalHref(string? url) => Links.External(url);
}
