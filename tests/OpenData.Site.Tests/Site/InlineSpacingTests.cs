using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Words that sit in separate elements are read apart: Razor drops white space between a tag and an expression,
/// so the spaces that matter are written as text (a screen reader read “CSV2019”, a list of years “20192020”).</summary>
public sealed class InlineSpacingTests
{
    [Theory]
    [InlineData("agencies/index.html", "td", "2019 2020 2021 2022 2023 2024 2025")]
    [InlineData("agencies/pingtan/index.html", "a[href$='pingtan-2019.json']", "JSON 2019")]
    [InlineData("agencies/pingtan/2020/index.html", "li#finding-1", "错误 R-N2 s3.done.nat （七）总计")]
    public void Text_in_neighbouring_elements_keeps_its_space(string page, string selector, string text)
    {
        var document = new HtmlParser().ParseDocument(SiteFixture.Files.Text(page));

        Assert.Contains(document.QuerySelectorAll(selector), e => e.TextContent.Contains(text, StringComparison.Ordinal));
    }
}
