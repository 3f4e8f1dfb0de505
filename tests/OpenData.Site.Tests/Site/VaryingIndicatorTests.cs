using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Issue #20: a trend page, chart and chart CSV for what varies; the all-years table for the rest; charts without
/// words, one file for both languages.</summary>
public sealed partial class VaryingIndicatorTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_charted_cell_has_a_page_when_it_is_a_concept_or_its_value_changes_between_years_and_none_otherwise()
    {
        var site = SiteFixture.Model;
        var reports = site.ReportsOf("pingtan");
        var charted = reports.SelectMany(r => r.FormDefinition!.Indicators).Where(i => i.IsCharted).DistinctBy(i => i.Code).ToList();
        var constant = 0;
        var chineseOnly = 0;
        foreach (var indicator in charted)
        {
            var values = reports.Where(r => r.FormDefinition!.Contains(indicator.Code)).Select(r => r.Number(indicator.Code)).Distinct().ToList();
            var concept = Crosswalk.ConceptOf(indicator.Code, reports) is not null;
            var expected = concept ? values.Any(v => v is not null) : values.Count > 1;
            constant += expected ? 0 : 1;

            Assert.True(expected == site.HasIndicatorPage("pingtan", indicator.Code, Language.Chinese), $"{indicator.Code}: values {string.Join(", ", values)}, concept {concept}");
            Assert.Equal(expected, SiteFixture.Files.Contains(Routes.Indicator("pingtan", indicator.Code)));
            // In English only a concept has a trend page; a cell's English reader goes to its all-years row.
            Assert.Equal(expected && concept, site.HasIndicatorPage("pingtan", indicator.Code, Language.English));
            Assert.Equal(expected && concept, SiteFixture.Files.Contains("en/" + Routes.Indicator("pingtan", indicator.Code)));
            chineseOnly += expected && !concept ? 1 : 0;
            // A chart and its CSV where three years or more have a number (independently: counted on the reports).
            var years = reports.Count(r => concept
                ? Crosswalk.Resolve(Crosswalk.ConceptOf(indicator.Code, reports)!, r).Known is not null
                : r.FormDefinition!.Contains(indicator.Code) && r.Number(indicator.Code) is not null);
            Assert.Equal(expected && years >= 3, SiteFixture.Files.Contains(Routes.IndicatorChart("pingtan", indicator.Code)));
            Assert.Equal(expected && years >= 3, SiteFixture.Files.Contains(Routes.IndicatorCsv("pingtan", indicator.Code)));
        }

        // The real 平潭 reports have such cells (行政复议 其他结果, 不予公开 属于国家秘密 …): the test is not empty.
        Assert.True(constant > 10, $"{constant} constant cells");
        Assert.True(chineseOnly > 10, $"{chineseOnly} cells with a Chinese page only");
    }

    [Fact]
    public void A_cells_trend_page_is_in_chinese_only_and_its_language_link_opens_the_cells_english_all_years_row()
    {
        var site = SiteFixture.Model;
        var cells = site.IndicatorCodes["pingtan"].Where(i => !site.HasIndicatorPage("pingtan", i.Code, Language.English)).ToList();
        Assert.NotEmpty(cells);
        var english = Parser.ParseDocument(SiteFixture.Files.Text("en/" + Routes.AllYears("pingtan")));
        foreach (var cell in cells)
        {
            var path = Routes.Indicator("pingtan", cell.Code);
            var page = Parser.ParseDocument(SiteFixture.Files.Text(path));

            // No page to name as its English alternate; the language link goes to the cell's row, which exists.
            Assert.Null(page.QuerySelector("link[rel=alternate][hreflang=en]"));
            var link = page.QuerySelector("header nav a[hreflang=en]")!.GetAttribute("href")!;
            Assert.Equal(Routes.Relative(path, "en/" + Routes.AllYearsRow("pingtan", null, cell.Code)), link);
            Assert.NotNull(english.GetElementById(Routes.AllYearsRowId(null, cell.Code)));
        }

        // A concept's page has its English counterpart, named as such.
        var concept = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Indicator("pingtan", "s3.new.tot")));
        Assert.Equal(Routes.Relative(Routes.Indicator("pingtan", "s3.new.tot"), "en/" + Routes.Indicator("pingtan", "s3.new.tot")), concept.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "只有 2 个年度有数值，不作趋势图，数值见下表。")]
    [InlineData("en/", "Only one year has a number: no trend chart; the value is in the table below.")]
    public void A_page_with_fewer_than_three_years_with_a_number_has_no_chart_and_says_why(string prefix, string note)
    {
        // 2019 form's section 二 is in use for 2019 and 2020 only: its cells that vary have two years, a line says no more
        // than the table's change column. Those cells have no English page; 平潭's concept of the normative documents
        // issued (行政规范性文件 · 本年制发件数) has a number in one year only (2022: the other reports leave that row blank).
        var site = SiteFixture.Model;
        var reports = site.ReportsOf("pingtan");
        var code = prefix.Length == 0
            ? site.IndicatorCodes["pingtan"].Select(i => i.Code).First(c => Crosswalk.ConceptOf(c, reports) is null
                && reports.Count(r => r.FormDefinition!.Contains(c) && r.Number(c) is not null) == 2)
            : site.IndicatorPages("pingtan", Language.English).Select(i => i.Code).First(c => Crosswalk.ConceptOf(c, reports) is { } concept
                && reports.Count(r => Crosswalk.Resolve(concept, r).Known is not null) == 1);
        Assert.StartsWith(prefix.Length == 0 ? "s2v19." : "s2.", code, StringComparison.Ordinal);
        var path = prefix + Routes.Indicator("pingtan", code);
        var page = Parser.ParseDocument(SiteFixture.Files.Text(path));

        Assert.Empty(page.QuerySelectorAll("main img, main figure"));
        Assert.Contains(page.QuerySelectorAll("main p.note"), p => p.TextContent == note);
        Assert.False(SiteFixture.Files.Contains(Routes.IndicatorChart("pingtan", code)));
        Assert.False(SiteFixture.Files.Contains(Routes.IndicatorCsv("pingtan", code)));
        // Its description promises no chart.
        Assert.DoesNotContain(prefix.Length == 0 ? "趋势图" : "trend chart", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);

        // A page with three years or more draws its chart.
        var charted = prefix + Routes.Indicator("pingtan", "s3.new.tot");
        Assert.Equal(Routes.Relative(charted, Routes.IndicatorChart("pingtan", "s3.new.tot")), Parser.ParseDocument(SiteFixture.Files.Text(charted)).QuerySelector("main figure img")!.GetAttribute("src"));
    }

    [Fact]
    public void Only_a_concepts_trend_page_carries_a_dataset_whose_distribution_is_its_chart_csv_or_else_the_agencys_csv()
    {
        var site = SiteFixture.Model;
        var (concepts, cells) = (0, 0);

        foreach (var agency in site.Agencies)
        {
            var reports = site.ReportsOf(agency.Id);
            foreach (var indicator in site.IndicatorCodes[agency.Id])
            {
                foreach (var prefix in site.HasIndicatorPage(agency.Id, indicator.Code, Language.English) ? new[] { "", "en/" } : [""])
                {
                    var scripts = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.Indicator(agency.Id, indicator.Code))).QuerySelectorAll("script[type='application/ld+json']");
                    if (Crosswalk.ConceptOf(indicator.Code, reports) is null || prefix.Length > 0)
                    {
                        // A trend page of one cell: the agency page's dataset covers its data. An English page: the
                        // Chinese page, whose alternate it is, describes the dataset.
                        Assert.Empty(scripts);
                        cells += prefix.Length == 0 ? 1 : 0;
                        continue;
                    }

                    // A concept's series across the forms is a dataset of its own; with no chart it has no chart CSV,
                    // and the agency's CSV holds its every year.
                    var dataset = System.Text.Json.JsonDocument.Parse(Assert.Single(scripts).TextContent).RootElement;
                    Assert.Equal("Dataset", dataset.GetProperty("@type").GetString());
                    var file = site.HasChart(agency.Id, indicator.Code) ? Routes.IndicatorCsv(agency.Id, indicator.Code) : Routes.AgencyCsv(agency.Id);
                    Assert.Equal(site.Settings.BaseUrl + file, Assert.Single(dataset.GetProperty("distribution").EnumerateArray()).GetProperty("contentUrl").GetString());
                    concepts++;
                }
            }
        }

        // 平潭 has both kinds, and 上高县's single report gives concept pages without a chart.
        Assert.True(concepts > 20 && cells > 20, $"{concepts} concept pages, {cells} cell pages");
        Assert.Contains(site.IndicatorCodes["shanggao-county"], i => !site.HasChart("shanggao-county", i.Code));
    }

    [Fact]
    public void An_agency_with_one_report_has_pages_for_its_concepts_only_and_no_chart()
    {
        Assert.All(SiteFixture.Model.IndicatorCodes["shanggao-county"], i => Assert.False(SiteFixture.Files.Contains(Routes.IndicatorChart("shanggao-county", i.Code))));
        Assert.Empty(Parser.ParseDocument(SiteFixture.Files.Text(Routes.Agency("shanggao-county"))).QuerySelectorAll("main figure"));
        Assert.NotNull(Parser.ParseDocument(SiteFixture.Files.Text(Routes.Agency("pingtan"))).QuerySelector("main figure img"));
    }

    [Fact]
    public void An_agency_with_one_report_has_pages_for_its_concepts_only()
    {
        var site = SiteFixture.Model;
        var report = Assert.Single(site.ReportsOf("shanggao-county"));

        Assert.NotEmpty(site.IndicatorCodes["shanggao-county"]);
        Assert.All(site.IndicatorCodes["shanggao-county"], i => Assert.NotNull(Crosswalk.ConceptOf(report.Form, i.Code)));
    }

    [Fact]
    public void A_row_of_the_newest_form_is_named_by_its_code_and_of_an_older_form_by_the_form_and_the_code()
    {
        var reports = SiteFixture.Model.ReportsOf("pingtan");
        var older = reports.Last(r => r.Form == "national-2019");
        var newer = reports.Last(r => r.Form == "national-2021");
        var table = Parser.ParseDocument(SiteFixture.Files.Text(Routes.AllYears("pingtan")));

        var olderLink = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Report("pingtan", older.Year))).GetElementById("cell-s3.new.nat")!.QuerySelector("a")!.GetAttribute("href");
        var newerLink = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Report("pingtan", newer.Year))).GetElementById("cell-s3.new.nat")!.QuerySelector("a")!.GetAttribute("href");

        Assert.Equal("../all-years.html#national-2019.s3.new.nat", olderLink);
        Assert.Equal("../all-years.html#s3.new.nat", newerLink);
        Assert.NotNull(table.GetElementById("national-2019.s3.new.nat"));
        Assert.NotNull(table.GetElementById("s3.new.nat"));
        Assert.Null(table.GetElementById("national-2021.s3.new.nat"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void A_cell_without_a_page_is_a_row_of_the_all_years_table_and_the_report_page_links_that_row(string prefix)
    {
        var site = SiteFixture.Model;
        var table = Parser.ParseDocument(SiteFixture.Files.Text(prefix + Routes.AllYears("pingtan")));
        var report = site.ReportsOf("pingtan").Single(r => r.Year == 2023);
        var reportPath = prefix + Routes.Report("pingtan", 2023);
        var reportPage = Parser.ParseDocument(SiteFixture.Files.Text(reportPath));
        var always = 0;
        var english = prefix.Length > 0;
        if (english)
        {
            // The English report page has no tables: it links the year's column of the all-years table, where the cells are.
            Assert.Null(reportPage.QuerySelector("[id^='cell-']"));
            Assert.Contains(reportPage.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Routes.Relative(reportPath, prefix + Routes.AllYearsYear("pingtan", 2023)));
            Assert.NotNull(table.GetElementById(Routes.AllYearsYearId(2023)));
        }

        foreach (var indicator in report.FormDefinition!.Indicators)
        {
            var row = table.GetElementById(indicator.Code);
            Assert.True(row is not null, $"no row {indicator.Code}");
            if (!english)
            {
                var link = reportPage.GetElementById("cell-" + indicator.Code)!.QuerySelector("a:not(.flag)")!.GetAttribute("href");
                var target = site.HasIndicatorPage("pingtan", indicator.Code, Language.Chinese) ? Routes.Indicator("pingtan", indicator.Code) : Routes.AllYearsRow("pingtan", null, indicator.Code);
                Assert.Equal(Routes.Relative(reportPath, target), link);
            }

            // A cell with the same value in every year of its form is one note across the years.
            var years = site.ReportsOf("pingtan").Where(r => r.Form == report.Form).ToList();
            var values = years.Select(r => r.Number(indicator.Code)).Distinct().ToList();
            var flagged = years.Any(r => site.FindingsOn(r, indicator.Code).Count > 0);
            if (values.Count == 1 && !flagged)
            {
                always++;
                var note = Assert.Single(row!.QuerySelectorAll("td"));
                Assert.Equal(years.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), note.GetAttribute("colspan"));
                var expected = values[0] is { } v
                    ? prefix.Length == 0 ? $"每年均为 {Display.Value(report.Value(indicator.Code))}" : $"{Display.Value(report.Value(indicator.Code))} in every year"
                    : prefix.Length == 0 ? "各年均未填报" : "Not reported in any year";
                Assert.Equal(expected, note.TextContent);
            }
            else
            {
                Assert.Equal(years.Count, row!.QuerySelectorAll("td").Length);
            }
        }

        Assert.True(always > 10, $"{always} rows the same in every year");
    }

    [Fact]
    public void The_all_years_table_shows_each_value_with_its_change_from_the_year_before_and_its_finding_marks()
    {
        var table = Parser.ParseDocument(SiteFixture.Files.Text(Routes.AllYears("pingtan")));
        var reports = SiteFixture.Model.ReportsOf("pingtan").Where(r => r.Form == "national-2019").ToList();
        var cells = table.GetElementById("national-2019.s3.done.tot")!.QuerySelectorAll("td").ToList();

        Assert.Equal(reports.Count, cells.Count);
        Assert.StartsWith("23", cells[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("−2", cells[1].QuerySelector("small")!.TextContent);
        Assert.Equal("R-N2", cells[1].QuerySelector("a.flag")!.TextContent.Replace("⚠", "", StringComparison.Ordinal).Trim());
        Assert.Contains("flagged", cells[1].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_all_years_table_reads_its_changes_from_the_report_pages_year_over_year_and_none_across_a_form_break()
    {
        // One implementation of the change from the year before: Core's YearOverYear, which the report pages show too.
        var site = SiteFixture.Model;
        var reports = site.ReportsOf("pingtan");
        for (var i = 1; i < reports.Count; i++)
        {
            var changes = site.ChangesOf(reports[i]);
            foreach (var indicator in reports[i].FormDefinition!.Indicators)
            {
                var expected = reports[i - 1].Form == reports[i].Form ? changes[indicator.Code].Delta : null;
                Assert.Equal(expected, AllYearsTable.Change(reports[i - 1].Form == reports[i].Form ? reports[i - 1] : null, reports[i], indicator.Code));
            }
        }

        // A report of two years before is no year before.
        Assert.Null(AllYearsTable.Change(reports[0], reports[2], "s3.done.tot"));
    }

    [Fact]
    public void Charts_carry_no_words_so_one_file_serves_both_languages()
    {
        var site = SiteFixture.Model;
        Assert.All(RoutePlan.Create(site).Charts.Where(c => c.Path.Contains("/indicators/", StringComparison.Ordinal)), chart =>
        {
            var svg = SiteFixture.Files.Text(chart.Path);
            var texts = SvgText().Matches(svg).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.Matches("^[0-9,.−-]+$", t));
        });

        var english = 0;
        foreach (var code in site.IndicatorCodes["pingtan"].Select(i => i.Code).Where(c => site.HasChart("pingtan", c)))
        {
            var zh = Routes.Indicator("pingtan", code);
            var en = "en/" + zh;
            string Chart(string path) => ResolvedImage(path, Parser.ParseDocument(SiteFixture.Files.Text(path)).QuerySelector("figure img")!.GetAttribute("src")!);
            Assert.Equal(Routes.IndicatorChart("pingtan", code), Chart(zh));
            if (site.HasIndicatorPage("pingtan", code, Language.English))
            {
                Assert.Equal(Routes.IndicatorChart("pingtan", code), Chart(en));
                english++;
            }
        }

        Assert.True(english > 10, $"{english} charts on English pages");
    }

    [Fact]
    public void The_page_says_in_its_language_what_the_chart_shows_its_unit_and_its_marks()
    {
        var zh = Parser.ParseDocument(SiteFixture.Files.Text(Routes.Indicator("pingtan", "s3.done.tot")));
        var en = Parser.ParseDocument(SiteFixture.Files.Text("en/" + Routes.Indicator("pingtan", "s3.done.tot")));

        Assert.Contains("（单位：件）", zh.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("红圈", zh.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("red ring", en.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2020年（不符合 R-N2）", zh.QuerySelector("figure img")!.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Contains("(breaks R-N2)", en.QuerySelector("figure img")!.GetAttribute("alt"), StringComparison.Ordinal);
    }

    // An image's address resolved against the page that shows it.
    private static string ResolvedImage(string page, string src)
    {
        var folders = page.Split('/')[..^1].ToList();
        foreach (var part in src.Split('/'))
        {
            if (part == "..")
            {
                folders.RemoveAt(folders.Count - 1);
            }
            else
            {
                folders.Add(part);
            }
        }

        return string.Join('/', folders);
    }

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();
}
