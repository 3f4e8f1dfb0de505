namespace OpenData.Site.Tests.Build;

public sealed class GoldenPageTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("en/index.html")]
    [InlineData("agencies/index.html")]
    [InlineData("completeness/index.html")]
    [InlineData("agencies/pingtan/index.html")]
    [InlineData("agencies/shanggao-county/2017/index.html")]
    [InlineData("agencies/shanghai-gov-office/2019/index.html")]
    [InlineData("agencies/pingtan/2020/index.html")]
    [InlineData("agencies/pingtan/2021/index.html")]
    [InlineData("agencies/pingtan/indicators/s3.new.tot.html")]
    [InlineData("agencies/pingtan/indicators/s3.done.tot.html")]
    [InlineData("agencies/pingtan/indicators/s2.normdoc.in_force.html")]
    [InlineData("en/agencies/pingtan/indicators/s2.normdoc.issued.html")]
    [InlineData("agencies/pingtan/compare/index.html")]
    [InlineData("agencies/pingtan/compare/2020-2021.html")]
    [InlineData("agencies/pingtan/compare/2019-2025.html")]
    [InlineData("agencies/pingtan/all-years.html")]
    [InlineData("en/agencies/pingtan/all-years.html")]
    [InlineData("en/agencies/pingtan/compare/index.html")]
    [InlineData("across/index.html")]
    [InlineData("across/2019/index.html")]
    [InlineData("across/2020/index.html")]
    [InlineData("across/2020/applications.done.html")]
    [InlineData("en/across/2021/rates.disclosure.html")]
    [InlineData("quality/index.html")]
    [InlineData("downloads/index.html")]
    [InlineData("pages/about/index.html")]
    [InlineData("en/pages/about/index.html")]
    [InlineData("en/agencies/pingtan/2025/index.html")]
    public void Page_matches_its_golden_file(string path)
    {
        var html = SiteFixture.Files.Text(path);

        // Kept pretty-printed, one element per line: a changed cell is a one-line diff.
        Golden.Match(GoldenHtml.Pretty(html), SiteFixture.GoldenPath("pages/" + path.Replace('/', '_')));
        // What the pretty form does not show: Chinese is written as it is, not as character references (&#x5E73;).
        Assert.DoesNotMatch("&#x[0-9A-Fa-f]{3,};", html);
    }

    [Theory]
    [InlineData("agencies/shanghai-gov-office/shanghai-gov-office.csv")]
    [InlineData("agencies/pingtan/pingtan.csv")]
    [InlineData("agencies/pingtan/2025/pingtan-2025.json")]
    [InlineData("agencies/shanggao-county/shanggao-county.csv")]
    [InlineData("agencies/pingtan/indicators/s3.new.tot.csv")]
    [InlineData("agencies/pingtan/indicators/s3.done.tot.csv")]
    [InlineData("across/2021/applications.new.csv")]
    [InlineData("across/2021/rates.disclosure.csv")]
    [InlineData("agencies/shanggao-county/shanggao-county.json")]
    [InlineData("downloads/findings.json")]
    [InlineData("downloads/completeness.csv")]
    [InlineData("datapackage.json")]
    [InlineData("catalog.jsonld")]
    [InlineData("feed.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("SHA256SUMS")]
    public void Export_matches_its_golden_file(string path)
    {
        // The CSV byte order mark is checked by the read-back tests; golden files are plain UTF-8.
        var text = SiteFixture.Files.Text(path).TrimStart('\uFEFF');

        Golden.Match(path == "SHA256SUMS" ? WithoutChartHashes(text) : text, SiteFixture.GoldenPath("exports/" + path.Replace('/', '_')));
    }

    // Chart bytes may differ between machines (font rasterising), so their hashes are not part of a golden file.
    private static string WithoutChartHashes(string manifest) =>
        string.Join('\n', manifest.Split('\n').Where(l => !l.EndsWith(".svg", StringComparison.Ordinal)));
}
