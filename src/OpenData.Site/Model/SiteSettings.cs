namespace OpenData.Site;

/// <summary>The site's settings: <c>input/site.json</c> (<see cref="SiteJson"/>) with its defaults applied.</summary>
/// <param name="Title">The site title in Chinese.</param>
/// <param name="TitleEn">The site title in English.</param>
/// <param name="Description">One sentence on what the site is, in Chinese.</param>
/// <param name="DescriptionEn">The same in English.</param>
/// <param name="BaseUrl">The absolute address the site is published at (for sitemap, feed and catalogue), ending in <c>/</c>.</param>
/// <param name="Languages">The page languages; the first is the default (<c>zh-CN</c>), <c>en</c> adds English pages under <c>en/</c>.</param>
/// <param name="Footer">Footer text in Chinese, e.g. a 备案号.</param>
/// <param name="FooterEn">Footer text in English.</param>
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
    /// <summary>Whether English pages are built.</summary>
    public bool HasEnglish => Languages.Contains("en");

}
