using System.Xml.Linq;
using OpenData.Site.Commands;

namespace OpenData.Site.Tests.Build;

/// <summary>Metadata that must stay within its format's limits when a province publishes thousands of reports.</summary>
public sealed class LargeSiteMetadataTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void A_site_with_more_pages_than_one_sitemap_may_list_gets_a_sitemap_index()
    {
        var files = new SiteFiles();
        var site = SiteFixture.Model;
        SiteBuilder.RenderPages(RoutePlan.Create(site), files);
        var pages = files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();

        SiteBuilder.WriteMetadata(site, files, sitemapLimit: 100);

        var index = XDocument.Parse(files.Text(Routes.Sitemap));
        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Sitemaps + "sitemap").Select(e => e.Element(Sitemaps + "loc")!.Value[site.Settings.BaseUrl.Length..]).ToList();
        Assert.Equal((pages.Count + 99) / 100, parts.Count);
        var listed = parts.SelectMany(part =>
        {
            var urls = XDocument.Parse(files.Text(part)).Root!.Elements(Sitemaps + "url").ToList();
            Assert.InRange(urls.Count, 1, 100);
            return urls.Select(u => u.Element(Sitemaps + "loc")!.Value);
        }).ToList();
        Assert.Equal(pages.Count, listed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_small_site_keeps_one_sitemap()
    {
        var root = XDocument.Parse(SiteFixture.Files.Text(Routes.Sitemap)).Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        Assert.DoesNotContain(SiteFixture.Files.Paths, p => p.StartsWith("sitemaps/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_feed_lists_the_most_recent_reports_only()
    {
        var folder = RepoPaths.NewTempFolder();
        SampleCommand.Write(folder, agencies: 15, firstYear: 2018, lastYear: 2025, seed: 3);
        var data = DataSet.Load(Path.Combine(folder, "data"));
        var site = new SiteModel(SiteFixture.Model.Settings, [], data, []);

        var feed = XDocument.Parse(SiteMetadata.Feed(site));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(120, site.Reports.Count);
        Assert.Equal(SiteMetadata.FeedLimit, entries.Count);
        Assert.All(entries.Take(15), e => Assert.Contains("/2025/", e.Element(atom + "id")!.Value, StringComparison.Ordinal));
    }
}
