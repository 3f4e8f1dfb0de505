using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;

namespace OpenData.Site.Tests.Build;

/// <summary>Issue 17 item 4: every page's meta description and JSON-LD description say what that page holds, in its
/// language, within the length limits of <see cref="PageDescription"/>.</summary>
public sealed partial class DescriptionTests
{
    private sealed record Described(string Path, bool English, string Description, IReadOnlyList<JsonElement> JsonLd);

    private static readonly Lazy<IReadOnlyList<Described>> DemoPages = new(() => [.. DemoSiteFixture.Pages(DemoSiteFixture.Files).Select(p => Read(p.Path, p.Html))]);

    private static Described Read(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metas = document.QuerySelectorAll("meta[name=description]");
        Assert.True(metas.Length == 1, $"{path} has {metas.Length} descriptions");
        var jsonLd = document.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();
        return new Described(path, path.StartsWith("en/", StringComparison.Ordinal), metas[0].GetAttribute("content") ?? "", jsonLd);
    }

    [Fact]
    public void No_two_pages_of_the_demo_site_share_a_description()
    {
        var pages = DemoPages.Value;
        Assert.True(pages.Count > 150, $"only {pages.Count} pages");

        var shared = pages.GroupBy(p => p.Description).Where(g => g.Count() > 1).Select(g => $"{string.Join(", ", g.Select(p => p.Path))}: {g.Key}").ToList();
        Assert.True(shared.Count == 0, string.Join("\n", shared.Take(10)));
    }

    [Fact]
    public void Every_description_is_in_its_page_language_and_within_the_limit()
    {
        // Names the English pages print as published: agency names without an English name (form labels are English).
        var printed = DemoSiteFixture.Model.Agencies.Where(a => a.NameEn is null).Select(a => a.Name)
            .OrderByDescending(n => n.Length).ToList();
        foreach (var page in DemoPages.Value)
        {
            Assert.False(string.IsNullOrWhiteSpace(page.Description), page.Path);
            if (page.English)
            {
                Assert.True(page.Description.Length <= PageDescription.EnglishLimit, $"{page.Path}: {page.Description.Length} characters");
                // A Chinese term in brackets after its English words, as the English about page writes it, is English too.
                var rest = Gloss().Replace(printed.Aggregate(page.Description, (text, name) => text.Replace(name, "", StringComparison.Ordinal)), "");
                Assert.False(Cjk().IsMatch(rest), $"{page.Path}: {page.Description}");
                Assert.Matches(@"\b(of|and|in|on|by|with|across)\b", page.Description);
            }
            else
            {
                Assert.True(page.Description.Length <= PageDescription.ChineseLimit, $"{page.Path}: {page.Description.Length} characters");
                Assert.Matches(Cjk(), page.Description);
                Assert.DoesNotMatch(@"\b(annual|applications|received|agencies|the)\b", page.Description);
            }
        }
    }

    [Fact]
    public void The_json_ld_of_a_page_describes_it_in_the_same_words_and_language()
    {
        var withJsonLd = DemoPages.Value.Where(p => p.JsonLd.Count > 0).ToList();
        Assert.Contains(withJsonLd, p => p.Path.EndsWith("/2021/index.html", StringComparison.Ordinal));
        Assert.Contains(withJsonLd, p => p.Path.Contains("/indicators/", StringComparison.Ordinal));
        // Each dataset is described once, on its Chinese page: an English page is that page's alternate.
        Assert.DoesNotContain(withJsonLd, p => p.English);

        foreach (var page in withJsonLd)
        {
            var ld = Assert.Single(page.JsonLd);
            Assert.StartsWith(page.Description, ld.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal(page.English ? "en" : "zh-CN", ld.GetProperty("inLanguage").GetString());
            if (ld.GetProperty("@type").GetString() == "Dataset")
            {
                Assert.True(ld.GetProperty("description").GetString()!.Length >= 50, page.Path);
            }
        }
    }

    [Theory]
    [InlineData("agencies/pingtan/2021/index.html", "平潭综合实验区2021年政府信息公开工作年度报告统计表：本年新收申请")]
    [InlineData("en/agencies/pingtan/2021/index.html", "Pingtan Comprehensive Experimental Zone, 2021 annual report on government information disclosure: applications received ")]
    [InlineData("agencies/pingtan/index.html", "平潭综合实验区（2019—2025年）7份政府信息公开工作年度报告")]
    [InlineData("agencies/pingtan/indicators/s3.new.tot.html", "平潭综合实验区 · 一、本年新收政府信息公开申请数量 / 总计（s3.new.tot）：2025年")]
    [InlineData("en/agencies/pingtan/indicators/s3.new.tot.html", "Pingtan Comprehensive Experimental Zone · applications received (s3.new.tot): ")]
    [InlineData("agencies/pingtan/compare/2020-2021.html", "平潭综合实验区2020年与2021年逐项比较（表格版本不同，按对照表比较）：本年新收申请2020年")]
    [InlineData("across/2019/index.html", "2019年2个机构比较：")]
    [InlineData("en/across/2019/index.html", "2019 across 2 agencies: ")]
    [InlineData("pages/about/index.html", "关于本站：本站把各级行政机关发布的《政府信息公开工作年度报告》中的统计表整理为开放数据。")]
    [InlineData("pages/methodology/index.html", "方法说明：表格版本、空白不等于 0、")]
    [InlineData("en/pages/methodology/index.html", "Methodology: Forms, A blank is not a zero, ")]
    public void A_page_description_names_its_subject_first(string path, string start)
    {
        var page = DemoPages.Value.Single(p => p.Path == path);

        Assert.StartsWith(start, page.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_description_states_its_headline_figures_as_the_page_shows_them()
    {
        var report = DemoSiteFixture.Model.Reports.Single(r => r.Agency == "pingtan" && r.Year == 2021);
        var page = DemoPages.Value.Single(p => p.Path == "agencies/pingtan/2021/index.html");
        var received = Crosswalk.Resolve(Crosswalk.Find("applications.new")!, report);

        Assert.Contains($"本年新收申请{PageDescription.Phrase(received, "件", Language.Chinese)}，", page.Description, StringComparison.Ordinal);
        Assert.Contains("发布于2022-02-08", page.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agencies/pingtan/2020/index.html", "办理结果总计21件（按原报告照录；不符合 R-N2）")]
    [InlineData("en/agencies/pingtan/2020/index.html", "handled 21 (as published; breaks R-N2)")]
    public void A_headline_figure_that_breaks_a_rule_is_marked_as_on_the_report_page(string path, string marked)
    {
        // 平潭 2020 prints （七）总计 21 where its rows sum to 27: R-N2, an error the demo data keeps as published.
        Assert.Contains(DemoSiteFixture.Model.FindingsOf(DemoSiteFixture.Model.Reports.Single(r => r.Agency == "pingtan" && r.Year == 2020)), f => f.Rule == "R-N2" && f.Code == "s3.done.tot");

        Assert.Contains(marked, DemoPages.Value.Single(p => p.Path == path).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_with_blank_parts_is_said_as_at_least_never_as_a_plain_number()
    {
        var partial = DerivedValue.Sum([5m, 3m, null]);
        var noBound = DerivedValue.Percent(DerivedValue.Of(3m), DerivedValue.Sum([5m, null]));

        Assert.Equal("至少8件（1 项未填报）", PageDescription.Phrase(partial, "件", Language.Chinese));
        Assert.Equal("at least 8 (1 part not reported)", PageDescription.Phrase(partial, "件", Language.English));
        Assert.Equal("未填报", PageDescription.Phrase(DerivedValue.Of(null), "件", Language.Chinese));
        Assert.Equal("not reported", PageDescription.Phrase(DerivedValue.Of(null), "件", Language.English));
        Assert.Equal("8件", PageDescription.Phrase(DerivedValue.Sum([5m, 3m]), "件", Language.Chinese));
        Assert.StartsWith("不详（", PageDescription.Phrase(noBound, "%", Language.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_latest_value_of_an_indicator_is_said_as_partial_in_its_description()
    {
        // A concept that sums cells (applications received of the 2014 form sum two rows) with one of them blank.
        var indicator = Forms.National2021.Find("s3.new.tot")!;
        var concept = Crosswalk.Find("applications.new");
        var view = new IndicatorView("pingtan", indicator, concept, [new SeriesPoint(2021, "national-2021", DerivedValue.Sum([2m, null, 6m]), Comparability.Same, false)]);

        var zh = PageDescription.Indicator(DemoSiteFixture.Model, view, Language.Chinese);
        var en = PageDescription.Indicator(DemoSiteFixture.Model, view, Language.English);

        Assert.Contains("2021年至少8件（1 项未填报）", zh, StringComparison.Ordinal);
        Assert.Contains("at least 8 (1 part not reported) in 2021", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_description_is_cut_after_a_whole_clause_so_no_number_is_cut_short(bool english)
    {
        var language = english ? Language.English : Language.Chinese;
        var clauses = Enumerable.Range(0, 60).Select(i => (123456 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = string.Join(english ? ", " : "，", clauses);

        var cut = PageDescription.Fit(text, language);

        Assert.True(cut.Length <= PageDescription.Limit(language));
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.All(cut.TrimEnd('…').Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries), n => Assert.Contains(n, clauses));
        Assert.Equal("短句。", PageDescription.Fit("短句。", language));
    }

    [Fact]
    public void A_description_within_the_limit_is_its_words_joined_by_single_spaces()
    {
        string[] pieces = ["a", "文", "1", "，", " ", "  ", "\n", "\t", "\u3000", "\u00a0", "\r\n"];
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(string.Concat).Sample(text =>
        {
            var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(words, PageDescription.Fit(text, Language.Chinese));
            Assert.Equal(words, PageDescription.Fit(text, Language.English));
        });
    }

    [GeneratedRegex(@"\([\u3400-\u9FFF\u3000-\u303F\uFF00-\uFFEF]+\)")]
    private static partial Regex Gloss();

    [GeneratedRegex(@"[\u3400-\u9FFF\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex Cjk();
}
