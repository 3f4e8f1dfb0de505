using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Issue 17 item 3: a report's corrections and publication date are shown, the feed tells a correction as an
/// update, and the source block names the method in words and links the source without a developer note or a path.</summary>
public sealed class TraceTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // The fixture shanghai-gov-office 2019 holds two corrections (test data, not in data/): 2020-02-10 without a cell,
    // 2020-03-02 of s3.new.org.biz from 53 to 35.
    private static AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(SiteFixture.Files.Text(path));

    [Fact]
    public void A_corrected_report_lists_each_correction_by_cell_label_date_reason_and_values_oldest_first()
    {
        var page = Page("agencies/shanghai-gov-office/2019/index.html");
        var label = Forms.National2019.Find("s3.new.org.biz")!.Label;

        var items = page.QuerySelectorAll("#corrections ~ ol.corrections > li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(2, items.Count);
        Assert.StartsWith("2020-02-10", items[0], StringComparison.Ordinal);
        Assert.Equal("2020-02-10 原因：测试样例：补录报告标题。", items[0]);
        Assert.StartsWith("2020-03-02", items[1], StringComparison.Ordinal);
        Assert.Contains(label, items[1], StringComparison.Ordinal);
        Assert.Contains("：由 53 改为 35。原因：测试样例：转录时两位数字颠倒", items[1], StringComparison.Ordinal);
        // The label links to the corrected cell, and the note at the top of the page to the list.
        Assert.NotNull(page.QuerySelector("ol.corrections a[href='#cell-s3.new.org.biz']"));
        Assert.NotNull(page.QuerySelector("[id='cell-s3.new.org.biz']"));
        Assert.Contains("已更正 2 处，最近一次于 2020-03-02", page.QuerySelector("a[href='#corrections']")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_report_page_tells_the_corrections_in_english_and_marks_a_chinese_reason_as_chinese()
    {
        var page = Page("en/agencies/shanghai-gov-office/2019/index.html");

        Assert.Equal("Corrections", page.QuerySelector("#corrections")!.TextContent);
        var last = page.QuerySelectorAll("ol.corrections > li")[^1];
        Assert.Contains(": from 53 to 35. Why: ", last.TextContent, StringComparison.Ordinal);
        Assert.Equal("zh-CN", last.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.DoesNotContain("原因", last.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_of_a_code_the_form_does_not_have_names_the_code_without_a_dead_link()
    {
        var report = SiteFixture.Model.Reports.Single(r => r.Agency == "pingtan" && r.Year == 2021);
        var model = new SiteModel(SiteFixture.Model.Settings, SiteFixture.Model.Pages, DataSet.FromReports(
            SiteFixture.Model.Agencies,
            SiteFixture.Model.Reports.Select(r => new SourcedReport(r == report ? r with { Corrections = [new Correction(new DateOnly(2022, 5, 1), "旧代码", "s9.gone", "1", null)] } : r, null))),
            SiteFixture.Model.Findings);
        var page = PlannedPageOf(model, "agencies/pingtan/2021/index.html");

        var item = page.QuerySelector("ol.corrections > li")!;
        Assert.Equal("s9.gone", item.QuerySelector("code")!.TextContent);
        Assert.Null(item.QuerySelector("a"));
        Assert.Contains("s9.gone：由 1 改为 —。原因：旧代码", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_corrections_has_no_corrections_section()
    {
        var page = Page("agencies/pingtan/2021/index.html");

        Assert.Null(page.QuerySelector("#corrections"));
        Assert.Null(page.QuerySelector("a[href='#corrections']"));
    }

    [Theory]
    [InlineData("agencies/shanghai-gov-office/2019/index.html", "发布日期", "2020-01-31")]
    [InlineData("en/agencies/shanghai-gov-office/2019/index.html", "Published", "2020-01-31")]
    [InlineData("agencies/pingtan/2021/index.html", "发布日期", "未记录")]
    [InlineData("en/agencies/pingtan/2021/index.html", "Published", "not recorded")]
    public void The_source_block_shows_the_publication_date_in_the_page_language(string path, string term, string date)
    {
        var terms = Page(path).QuerySelectorAll("dl.prov > dt").ToList();

        var dt = Assert.Single(terms, t => t.TextContent == term);
        Assert.Equal(date, dt.NextElementSibling!.TextContent.Trim());
    }

    [Fact]
    public void The_source_block_names_the_method_in_words_links_the_source_and_shows_no_note_or_file()
    {
        foreach (var (path, language) in new[] { ("agencies/pingtan/2021/index.html", Language.Chinese), ("en/agencies/pingtan/2021/index.html", Language.English) })
        {
            var block = Page(path).QuerySelector("dl.prov")!;
            var report = SiteFixture.Model.Reports.Single(r => r.Agency == "pingtan" && r.Year == 2021);

            Assert.Equal(Display.Method(report.Provenance!.Method, language), block.QuerySelector("dd")!.TextContent);
            Assert.Equal(report.Provenance.SourceUrl, block.QuerySelector("a[rel=external]")!.GetAttribute("href"));
            Assert.DoesNotContain(block.QuerySelectorAll("dt"), t => t.TextContent is "说明" or "Note");
            Assert.All(report.Provenance.Notes!, n => Assert.DoesNotContain(n.Trim(), block.TextContent, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_method_has_words_of_its_own_in_each_language_never_its_enum_name()
    {
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            var words = Enum.GetValues<ProvenanceMethod>().Select(m => (m, Text: Display.Method(m, language))).ToList();

            Assert.All(words, w => Assert.NotEqual(w.m.ToString(), w.Text));
            Assert.Equal(words.Count, words.Select(w => w.Text).Distinct().Count());
        }
    }

    [Fact]
    public void No_page_of_the_demo_site_shows_a_provenance_note_a_source_file_path_or_a_method_enum_name()
    {
        var reports = DemoSiteFixture.Model.Reports;
        var secrets = reports.SelectMany(r => r.Provenance?.Notes ?? []).Select(n => n.Trim()).Where(n => n.Length > 0)
            .Concat(reports.Select(r => r.Provenance?.SourceFile).OfType<string>())
            .Concat(Enum.GetNames<ProvenanceMethod>())
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(reports.SelectMany(r => r.Provenance?.Notes ?? []));

        foreach (var (path, html) in DemoSiteFixture.Pages(DemoSiteFixture.Files))
        {
            var text = new HtmlParser().ParseDocument(html).DocumentElement.TextContent;
            Assert.All(secrets, s => Assert.False(text.Contains(s, StringComparison.Ordinal), $"{path} shows “{s}”"));
        }
    }

    [Fact]
    public void The_feed_gives_a_corrected_report_the_date_of_its_last_correction_and_says_what_was_corrected()
    {
        var feed = XDocument.Parse(SiteFixture.Files.Text(Routes.Feed));
        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.Contains("/shanghai-gov-office/2019/", StringComparison.Ordinal));
        var label = Forms.National2019.Find("s3.new.org.biz")!.Label;

        Assert.Equal("2020-03-02T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("2020-01-31T00:00:00Z", entry.Element(Atom + "published")!.Value);
        var summary = entry.Element(Atom + "summary")!.Value;
        Assert.Contains("数据已更正 2 处，最近一次 2020-03-02：", summary, StringComparison.Ordinal);
        Assert.Contains($"{label}：53 → 35", summary, StringComparison.Ordinal);
        Assert.Contains("转录时两位数字颠倒", summary, StringComparison.Ordinal);

        // A report never corrected has no published element of its own and no word of a correction.
        var plain = feed.Root.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.Contains("/pingtan/2021/", StringComparison.Ordinal));
        Assert.Null(plain.Element(Atom + "published"));
        Assert.DoesNotContain("更正", plain.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_stays_valid_atom_newest_update_first()
    {
        // RFC 4287: a feed has one id, title and updated, and an author (or every entry has one); each entry has one id,
        // title and updated, and a link or content; dates are RFC 3339; published is never after updated.
        var root = XDocument.Parse(SiteFixture.Files.Text(Routes.Feed)).Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var name in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(root.Elements(Atom + name));
        }

        var entries = root.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        var updated = new List<DateTimeOffset>();
        foreach (var entry in entries)
        {
            foreach (var name in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(Atom + name));
            }

            Assert.NotEmpty(entry.Elements(Atom + "link"));
            var when = Rfc3339(entry.Element(Atom + "updated")!.Value);
            if (entry.Element(Atom + "published") is { } published)
            {
                Assert.True(Rfc3339(published.Value) <= when);
            }

            updated.Add(when);
        }

        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Equal(updated.OrderByDescending(d => d), updated);
        Assert.Equal(updated.Max(), Rfc3339(root.Element(Atom + "updated")!.Value));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument PlannedPageOf(SiteModel model, string path) =>
        new HtmlParser().ParseDocument(PageRenderer.Render(RoutePlan.Create(model).Pages.Single(p => p.Path == path)));

    private static DateTimeOffset Rfc3339(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
