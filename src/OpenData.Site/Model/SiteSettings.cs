namespace OpenData.Site;

/// <summary>The site's settings: <c>input/site.json</c> (<see cref="SiteJson"/>) with its defaults applied and its HTML
/// sanitised, and the files of <c>input/assets</c>.</summary>
/// <param name="Title">The site title in Chinese.</param>
/// <param name="TitleEn">The site title in English.</param>
/// <param name="Description">One sentence on what the site is, in Chinese.</param>
/// <param name="DescriptionEn">The same in English.</param>
/// <param name="BaseUrl">The absolute address the site is published at (for sitemap, feed and catalogue), ending in <c>/</c>.</param>
/// <param name="Languages">The page languages; the first is the default (<c>zh-CN</c>), <c>en</c> adds English pages under <c>en/</c>.</param>
/// <param name="Footer">The footer of Chinese pages as sanitised HTML (<see cref="SafeHtml.Footer"/>), e.g. a 备案号 and its link.</param>
/// <param name="FooterEn">The footer of English pages, the same way.</param>
/// <param name="Publisher">Who publishes the data set.</param>
/// <param name="License">The data licence, e.g. CC-BY-4.0.</param>
internal sealed record SiteSettings(
    string Title,
    string TitleEn,
    string Description,
    string DescriptionEn,
    string BaseUrl,
    IReadOnlyList<string> Languages,
    string Footer,
    string FooterEn,
    string Publisher,
    string License)
{
    /// <summary>The shipped page icon, linked when <c>site.json</c> names none.</summary>
    public const string ShippedFavicon = "favicon.svg";

    /// <summary>Whether English pages are built.</summary>
    public bool HasEnglish => Languages.Contains("en");

    /// <summary>The header logo: a name in <see cref="Assets"/>, or <see langword="null"/> for the title alone.</summary>
    public string? Logo { get; init; }

    /// <summary>The page icon: a name in <see cref="Assets"/>, or the shipped <c>favicon.svg</c>.</summary>
    public string Favicon { get; init; } = ShippedFavicon;

    /// <summary>The stylesheet's custom properties set by <c>site.json</c> (<c>accent</c> for <c>--accent</c> …), in the
    /// order of <see cref="SiteColors"/>; empty for the shipped colours.</summary>
    public IReadOnlyList<(string Name, string Value)> Colors { get; init; } = [];

    /// <summary>Sanitised HTML for the end of every page's <c>&lt;head&gt;</c> (<see cref="SafeHtml.Head"/>); empty for none.</summary>
    public string Head { get; init; } = "";

    /// <summary>What the settings asked for that the pages do not carry: the parts of <c>head</c>, <c>footer</c> and
    /// <c>footerEn</c> that <see cref="SafeHtml"/> left out, each named with its place. The build prints them; they do not stop it.</summary>
    public IReadOnlyList<BuildProblem> Warnings { get; init; } = [];

    /// <summary>The files of <c>input/assets</c>, in ordinal order of name, each published as <c>assets/&lt;name&gt;</c>.</summary>
    public IReadOnlyList<InputAsset> Assets { get; init; } = [];
}
