using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>English pages are English: the forms' rows, columns and units in English, not "English menus over Chinese
/// tables" (#18 item 7). Agency names stay Chinese where the data gives no English name.</summary>
public sealed partial class EnglishPagesTests
{
    [Fact]
    public void English_report_pages_and_all_years_tables_of_the_demo_site_have_no_chinese_in_their_table_headers()
    {
        var site = DemoSiteFixture.Model;
        var chineseNames = site.Agencies.Where(a => a.NameEn is null).Select(a => a.Name).ToList();
        var pages = DemoSiteFixture.Pages(DemoSiteFixture.Files).ToList();
        var reports = pages.Where(p => ReportPage().IsMatch(p.Path)).ToList();
        var allYears = pages.Where(p => AllYearsPage().IsMatch(p.Path)).ToList();

        Assert.Equal(site.Reports.Count, reports.Count);
        Assert.Equal(site.Agencies.Count, allYears.Count);
        var parser = new HtmlParser();
        foreach (var (path, html) in reports.Concat(allYears))
        {
            var document = parser.ParseDocument(html);
            // An English report page has one table, its key figures: its cells are the year's column of the all-years table.
            if (ReportPage().IsMatch(path))
            {
                Assert.Equal(["key"], document.QuerySelectorAll("main table").Select(t => t.ClassName ?? "").ToArray());
                Assert.NotNull(document.QuerySelector($"main a[href$='all-years.html#y{path.Split('/')[3]}']"));
            }

            var headers = document.QuerySelectorAll("th").Select(th => th.TextContent).ToList();
            Assert.NotEmpty(headers);
            foreach (var header in headers)
            {
                var text = chineseNames.Aggregate(header, (t, name) => t.Replace(name, "", StringComparison.Ordinal));
                Assert.False(Chinese().IsMatch(text), $"{path}: <th>{header}</th>");
            }
        }
    }

    [Fact]
    public void English_pages_of_the_demo_site_name_each_agency_by_its_english_name()
    {
        var agencies = DemoSiteFixture.Model.Agencies;
        Assert.All(agencies, a => Assert.False(string.IsNullOrWhiteSpace(a.NameEn), $"{a.Id} has no English name"));
        var parser = new HtmlParser();
        var english = DemoSiteFixture.Pages(DemoSiteFixture.Files).Where(p => p.Path.StartsWith("en/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(english);
        foreach (var (path, html) in english)
        {
            var document = parser.ParseDocument(html);
            // Where a page names an agency: the title, headings, breadcrumbs, lists and tables, links, the description.
            // The published report title and narrative name it in Chinese, as published.
            var texts = document.QuerySelectorAll("title, h1, h2, nav, th, td, a, figcaption").Select(e => e.TextContent)
                .Append(document.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "");
            foreach (var text in texts)
            {
                Assert.All(agencies, a => Assert.False(text.Contains(a.Name, StringComparison.Ordinal), $"{path}: “{text}” names {a.Id} in Chinese"));
            }
        }

        var report = english.Single(p => p.Path == "en/agencies/pingtan/2021/index.html").Html;
        Assert.Contains("<h1>Pingtan Comprehensive Experimental Zone 2021 annual report</h1>", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en/completeness/index.html", "main")]
    [InlineData("en/agencies/pingtan/2021/index.html", "ol.findings li")]
    public void English_pages_name_the_regulations_in_english(string page, string selector)
    {
        var document = new HtmlParser().ParseDocument(DemoSiteFixture.Files.Text(page));
        var text = string.Concat(document.QuerySelectorAll(selector).Select(e => e.TextContent));

        Assert.DoesNotContain("条例", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_quality_page_ends_its_sentences_with_an_english_full_stop()
    {
        var document = new HtmlParser().ParseDocument(SiteFixture.Files.Text("en/quality/index.html"));

        Assert.False(Chinese().IsMatch(document.QuerySelector("main p")!.TextContent), document.QuerySelector("main p")!.TextContent);
    }

    [Theory]
    [InlineData("en/agencies/pingtan/all-years.html", "tbody th[scope=rowgroup]", "III. Applications for government information received and handled")]
    [InlineData("en/agencies/pingtan/all-years.html", "tbody th[scope=rowgroup]", "II. Proactive disclosure of government information")]
    [InlineData("en/agencies/pingtan/all-years.html", "tbody th[scope=row]", "Businesses")]
    [InlineData("en/agencies/shanggao-county/2017/index.html", "table.key tbody th", "(applications)")]
    [InlineData("en/agencies/shanggao-county/2017/index.html", "p.lead", "Form: Government information disclosure statistics table (2014 form)")]
    [InlineData("en/agencies/shanggao-county/all-years.html", "tbody th", "(3) Trainees (person-times)")]
    [InlineData("en/agencies/pingtan/index.html", "tbody th", "applications received (applications)")]
    [InlineData("en/agencies/pingtan/compare/2020-2021.html", "tbody th", "applications received")]
    [InlineData("en/agencies/pingtan/2020/index.html", "li#finding-1", "error R-N2 s3.done.nat “(7) Total / Natural persons” ")]
    [InlineData("en/quality/index.html", "td", "s3.done.nat “(7) Total / Natural persons”")]
    [InlineData("agencies/shanggao-county/all-years.html", "tbody th", "（人次）")]
    [InlineData("agencies/pingtan/compare/2020-2021.html", "tbody th", "本年新收申请")]
    [InlineData("en/agencies/pingtan/all-years.html", "tbody th[scope=rowgroup]", "I. New applications received this year")]
    [InlineData("agencies/pingtan/all-years.html", "tbody th[scope=rowgroup]", "一、本年新收政府信息公开申请数量")]
    public void Pages_name_rows_columns_and_units_in_their_language(string page, string selector, string text)
    {
        var document = new HtmlParser().ParseDocument(SiteFixture.Files.Text(page));

        Assert.Contains(document.QuerySelectorAll(selector), e => e.TextContent.Contains(text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en/agencies/pingtan/2025/index.html")]
    [InlineData("en/agencies/shanggao-county/2017/index.html")]
    [InlineData("en/agencies/shanghai-gov-office/2019/index.html")]
    [InlineData("en/agencies/pingtan/compare/2020-2021.html")]
    [InlineData("en/agencies/shanggao-county/all-years.html")]
    [InlineData("en/agencies/shanghai-gov-office/all-years.html")]
    [InlineData("en/agencies/pingtan/all-years.html")]
    public void English_form_tables_and_headings_hold_no_chinese_but_agency_names(string page)
    {
        var document = new HtmlParser().ParseDocument(SiteFixture.Files.Text(page));
        var names = SiteFixture.Model.Agencies.Where(a => a.NameEn is null).Select(a => a.Name).ToList();
        // The report's own text (its narrative sections) is published Chinese and stays so.
        var narrative = SiteFixture.Model.Reports.SelectMany(r => Titles(r.Narrative)).ToHashSet(StringComparer.Ordinal);

        foreach (var element in document.QuerySelectorAll("main th, main h2, main h3, main h4, main table caption").Where(e => !narrative.Contains(e.TextContent)))
        {
            var text = names.Aggregate(element.TextContent, (t, name) => t.Replace(name, "", StringComparison.Ordinal));
            Assert.False(Chinese().IsMatch(text), $"{page}: <{element.LocalName}>{element.TextContent}");
        }
    }

    private static IEnumerable<string> Titles(IEnumerable<NarrativeSection> sections) =>
        sections.SelectMany(s => Titles(s.Sections ?? []).Prepend(s.Title));

    [GeneratedRegex(@"^en/agencies/[^/]+/\d{4}/index\.html$")]
    private static partial Regex ReportPage();

    [GeneratedRegex(@"^en/agencies/[^/]+/all-years\.html$")]
    private static partial Regex AllYearsPage();

    // CJK ideographs and full-width punctuation (（）、：“”).
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    private static partial Regex Chinese();
}
