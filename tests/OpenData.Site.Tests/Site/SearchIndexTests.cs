using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>The search box's index (search/index.js, search/text.js), its script and the box on every page, and the
/// agencies page grouped by region and level for browsing without JavaScript.</summary>
public sealed class SearchIndexTests
{
    private static readonly Lazy<SiteModel> Hierarchy = new(() =>
    {
        // opendata sample's fictional hierarchy: 示例省 → cities → counties, each government with four departments.
        var folder = RepoPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("sample", "--agencies", "30", "--years", "2", "--seed", "1", "--out", folder).ExitCode);
        var data = Path.Combine(folder, "data");
        var set = DataSet.Load(data);
        return new SiteModel(SettingsLoader.Load(Path.Combine(folder, "input"), null), [], set, BuildPipeline.Validate(set, data), charts: false);
    });

    [Fact]
    public void An_agency_is_in_the_index_by_its_name_and_the_pinyin_initials_of_its_name()
    {
        var index = Index(SiteFixture.Files);

        var pingtan = index.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "pingtan");
        Assert.Equal("平潭综合实验区", pingtan.GetProperty("n").GetString());
        Assert.Equal("福建省", pingtan.GetProperty("g").GetString());
        Assert.Matches(Initials(pingtan), "ptzhsyq");
        Assert.DoesNotMatch(Initials(pingtan), "ptzhsyx");
        var shanghai = index.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "shanghai-gov-office");
        Assert.Matches(Initials(shanghai), "shsrmzfbgt");
    }

    [Fact]
    public void A_character_read_two_ways_matches_either_initial_and_latin_letters_and_digits_stand_for_themselves()
    {
        Assert.Equal("[zc]q", PinyinInitials.Of("重庆"));
        Assert.Equal("[zc]s", PinyinInitials.Of("长沙"));
        Assert.Equal("gaj5h", PinyinInitials.Of("公安局（5号）"));
        Assert.Equal("ab12", PinyinInitials.Of("AB·12"));
    }

    [Fact]
    public void An_indicator_is_in_the_index_by_its_label_in_both_languages_with_the_agencies_that_have_its_page()
    {
        var index = Index(SiteFixture.Files);
        var indicators = index.GetProperty("indicators").EnumerateArray().Select(i => i.EnumerateArray().Select(e => e.GetString()!).ToArray()).ToList();

        var reviews = indicators.FindIndex(i => i[0] == "s4.rev.total");
        Assert.True(reviews >= 0);
        Assert.Contains("行政复议", indicators[reviews][1], StringComparison.Ordinal);
        Assert.Equal("administrative reconsideration cases", indicators[reviews][2]);
        var pingtan = index.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "pingtan");
        var set = index.GetProperty("sets")[pingtan.GetProperty("i").GetInt32()].EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Contains(reviews, set);
        // Every indicator an agency's set names has its page on the site, and its English set (the concepts) its English page.
        Assert.All(set, i => Assert.True(SiteFixture.Files.Contains(Routes.Indicator("pingtan", indicators[i][0])), indicators[i][0]));
        var english = index.GetProperty("sets")[pingtan.GetProperty("j").GetInt32()].EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Contains(reviews, english);
        Assert.Subset(set.ToHashSet(), english.ToHashSet());
        Assert.True(english.Count < set.Count);
        Assert.All(set, i => Assert.Equal(english.Contains(i), SiteFixture.Files.Contains("en/" + Routes.Indicator("pingtan", indicators[i][0]))));
    }

    [Fact]
    public void The_report_text_is_the_narrative_as_published_in_shards_of_bigrams_that_name_the_reports_with_them()
    {
        var agencies = Index(SiteFixture.Files).GetProperty("agencies").EnumerateArray().ToList();
        // Reports are numbered by agency in the index's order, then by the agency's years.
        var numbers = agencies.SelectMany(a => a.GetProperty("y").EnumerateArray().Select(y => (Id: a.GetProperty("id").GetString(), Year: y.GetInt32()))).ToList();
        var pingtan2024 = numbers.IndexOf(("pingtan", 2024));
        var pingtan2025 = numbers.IndexOf(("pingtan", 2025));
        Assert.True(pingtan2024 >= 0 && pingtan2025 >= 0);

        // Words of 平潭's 2024 narrative, lower case, and not of its 2025 one.
        foreach (var word in new[] { "申请218件", "指尖上的形式主义" })
        {
            var reports = Enumerable.Range(0, word.Length - 1).Select(i => Reports(word.Substring(i, 2))).Aggregate((x, y) => [.. x.Intersect(y)]);
            Assert.Contains(pingtan2024, reports);
            Assert.DoesNotContain(pingtan2025, reports);
        }

        Assert.Equal(((31 * '政') + '府') % SearchIndex.TextShardCount, SearchIndex.ShardOf("政府"));
        Assert.Empty(Reports("查无"));
    }

    // The reports a shard of the report text lists for a bigram ("0-3,a" is 0, 1, 2, 3 and 10).
    private static List<int> Reports(string bigram)
    {
        var shard = SiteFixture.Files.Text(Routes.SearchText(SearchIndex.ShardOf(bigram)));
        var prefix = $"(window.{SearchIndex.TextGlobal}=window.{SearchIndex.TextGlobal}||{{}})[{SearchIndex.ShardOf(bigram)}]=";
        Assert.StartsWith(prefix, shard, StringComparison.Ordinal);
        var postings = JsonDocument.Parse(shard[prefix.Length..^2]).RootElement;
        if (!postings.TryGetProperty(bigram, out var runs))
        {
            return [];
        }

        return [.. runs.GetString()!.Split(',').SelectMany(run =>
        {
            var ends = run.Split('-').Select(n => (int)ToBase10(n)).ToArray();
            return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
        })];
    }

    private static long ToBase10(string base36) => base36.Aggregate(0L, (n, c) => (n * 36) + "0123456789abcdefghijklmnopqrstuvwxyz".IndexOf(c, StringComparison.Ordinal));

    [Fact]
    public void Governments_are_regions_linked_to_their_group_on_the_agencies_page_and_agencies_name_the_government_above()
    {
        var files = SiteBuilder.Build(Hierarchy.Value);
        var index = Index(files);
        var agencies = index.GetProperty("agencies").EnumerateArray().ToList();
        var page = new HtmlParser().ParseDocument(files.Text(Routes.Agencies));

        var regions = index.GetProperty("regions").EnumerateArray().ToList();
        Assert.NotEmpty(regions);
        foreach (var region in regions)
        {
            var anchor = region.GetProperty("u").GetString()!.Split('#');
            Assert.Equal(Routes.Agencies, anchor[0]);
            var group = page.GetElementById(anchor[1]);
            Assert.NotNull(group);
            Assert.Equal(region.GetProperty("n").GetString(), group.QuerySelector("a")!.TextContent);
        }

        // A department of a city names the city above it, and the city its province.
        var department = agencies.First(a => a.TryGetProperty("u", out var up) && agencies[up.GetInt32()].TryGetProperty("u", out _));
        var city = agencies[department.GetProperty("u").GetInt32()];
        Assert.Contains("市", city.GetProperty("n").GetString(), StringComparison.Ordinal);
        Assert.Contains(regions, r => r.GetProperty("id").GetString() == city.GetProperty("id").GetString());
    }

    [Fact]
    public void The_agencies_page_groups_agencies_by_region_and_level_with_a_table_of_contents_in_both_languages()
    {
        var files = SiteBuilder.Build(Hierarchy.Value);
        foreach (var (path, byRegion, byLevel, department) in new[] { (Routes.Agencies, "按地区", "按层级", "部门"), ("en/" + Routes.Agencies, "By region", "By level", "department") })
        {
            var page = new HtmlParser().ParseDocument(files.Text(path));
            var toc = page.QuerySelector("nav.toc")!;
            Assert.Equal(byRegion, page.GetElementById("by-region")!.TextContent);
            Assert.Equal(byLevel, page.GetElementById("by-level")!.TextContent);
            // Every link of the table of contents leads to a heading of the page.
            Assert.All(toc.QuerySelectorAll("a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
            Assert.Contains(toc.QuerySelectorAll("a"), a => a.TextContent == department);

            // The table of contents leads to the province's government and to each city.
            Assert.NotNull(toc.QuerySelector("a[href='#g-sample-001']"));
            Assert.Equal(page.QuerySelectorAll("#g-sample-001 > ul > li[id]").Length, toc.QuerySelectorAll("a[href^='#g-']").Length - 1);

            // The province's government holds its cities, each city its departments and counties.
            var province = page.GetElementById("g-sample-001")!;
            var cities = province.QuerySelectorAll(":scope > ul > li[id]").ToList();
            Assert.NotEmpty(cities);
            Assert.All(cities, c => Assert.NotEmpty(c.QuerySelectorAll(":scope > ul > li")));
            // Each agency is listed once by region and once by level, each linked to its page.
            foreach (var agency in Hierarchy.Value.Agencies)
            {
                var href = Routes.Relative(Routes.Agencies, Routes.Agency(agency.Id));
                Assert.Equal(3, page.QuerySelectorAll("main a").Count(a => a.GetAttribute("href") == href));
            }
        }
    }

    [Fact]
    public void Every_page_has_the_search_form_that_opens_the_agencies_page_and_loads_the_shipped_script()
    {
        var pages = SiteFixture.Files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.StartsWith("en/", StringComparison.Ordinal));
        foreach (var path in pages)
        {
            var page = new HtmlParser().ParseDocument(SiteFixture.Files.Text(path));
            var form = page.QuerySelector("header form.search[role=search]");
            Assert.True(form is not null, path);
            var agencies = (path.StartsWith("en/", StringComparison.Ordinal) ? "en/" : "") + Routes.Agencies;
            Assert.Equal(Routes.Relative(path, agencies), form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[type=search][name=q]")!;
            Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
            Assert.Equal(Routes.Relative(path, Routes.SearchScript), page.QuerySelector("script[src][defer]")!.GetAttribute("src"));
            // No inline script: only the JSON-LD data block, never code.
            Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        }

        Assert.True(SiteFixture.Files.Contains(Routes.SearchScript));
    }

    [Fact]
    public void The_index_is_the_same_bytes_for_the_same_data_and_is_listed_in_the_checksums()
    {
        var again = SiteBuilder.Build(SiteFixture.CreateModel());

        Assert.Equal(SiteFixture.Files.Get(Routes.SearchIndex), again.Get(Routes.SearchIndex));
        var sums = SiteFixture.Files.Text(Routes.Manifest);
        Assert.Contains("  " + Routes.SearchIndex + "\n", sums, StringComparison.Ordinal);
        for (var shard = 0; shard < SearchIndex.TextShardCount; shard++)
        {
            Assert.Equal(SiteFixture.Files.Get(Routes.SearchText(shard)), again.Get(Routes.SearchText(shard)));
            Assert.Contains("  " + Routes.SearchText(shard) + "\n", sums, StringComparison.Ordinal);
        }

        Assert.Contains("  " + Routes.SearchScript + "\n", sums, StringComparison.Ordinal);
    }

    private static JsonElement Index(SiteFiles files) => Json(files.Text(Routes.SearchIndex), SearchIndex.IndexGlobal);

    // The JSON a script assigns to its global.
    private static JsonElement Json(string script, string global)
    {
        var prefix = $"window.{global}=";
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..^2]).RootElement.Clone();
    }

    // The pinyin pattern of an agency, as a regular expression of whole initials ("[zc]q" is a character class already).
    private static Regex Initials(JsonElement agency) => new("^" + agency.GetProperty("p").GetString() + "$", RegexOptions.CultureInvariant);
}
