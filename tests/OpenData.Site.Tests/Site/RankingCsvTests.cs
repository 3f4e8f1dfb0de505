using AngleSharp.Html.Parser;
using CsvHelper;

namespace OpenData.Site.Tests.Build;

/// <summary>Each ranking of a year (every concept of the crosswalk and both rates) has its data as CSV: rank, agency, value
/// and status, in the order and with the ranks of the page's table, linked from the page in both languages.</summary>
public sealed class RankingCsvTests
{
    [Fact]
    public void Every_ranking_of_every_year_has_a_csv_with_the_ranks_and_agencies_of_its_table()
    {
        var site = SiteFixture.Model;
        Assert.NotEmpty(site.Years);
        var englishNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var year in site.Years)
        {
            foreach (var measure in RankedMeasure.All)
            {
                var table = new HtmlParser().ParseDocument(SiteFixture.Files.Text(Routes.AcrossRanking(year, measure.Id))).QuerySelector("table")!;
                var rows = Read(SiteFixture.Files.Get(Routes.AcrossCsv(year, measure.Id)));
                var shown = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();

                Assert.Equal(shown.Select(r => r[0] == "—" ? "" : r[0]), rows.Select(r => r["rank"]));
                Assert.Equal(shown.Select(r => r[1]), rows.Select(r => r["name"]));
                Assert.Equal(rows.Select(r => site.Agency(r["agency"]).NameEn ?? ""), rows.Select(r => r["name_en"]));
                englishNames.UnionWith(rows.Select(r => r["name_en"]));
                Assert.Equal(site.Reports.Where(r => r.Year == year).Select(r => r.Agency).Order(StringComparer.Ordinal), rows.Where(r => r["status"] != "missing").Select(r => r["agency"]).Order(StringComparer.Ordinal));
                Assert.All(rows, r => Assert.Equal(measure.Unit, r["unit"]));
            }
        }

        // The test site's agencies have no English names; the demo's have.
        Assert.Equal([""], englishNames);
        var demo = Read(DemoSiteFixture.Files.Get(Routes.AcrossCsv(2025, "applications.new")));
        Assert.Contains(demo, r => r["agency"] == "pingtan" && r["name_en"] == "Pingtan Comprehensive Experimental Zone");
    }

    [Fact]
    public void The_ranking_pages_link_their_csv_and_the_year_page_links_every_ranking_in_both_languages()
    {
        foreach (var prefix in new[] { "", "en/" })
        {
            var index = prefix + Routes.AcrossYear(2021);
            var indexLinks = Links(index);
            foreach (var measure in RankedMeasure.All)
            {
                var page = prefix + Routes.AcrossRanking(2021, measure.Id);
                Assert.Contains(Routes.Relative(page, Routes.AcrossCsv(2021, measure.Id)), Links(page));
                Assert.Contains(Routes.Relative(index, page), indexLinks);
                Assert.Contains(Routes.Relative(index, Routes.AcrossCsv(2021, measure.Id)), indexLinks);
            }
        }

        static List<string> Links(string page) =>
            [.. new HtmlParser().ParseDocument(SiteFixture.Files.Text(page)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)];
    }

    [Fact]
    public void A_partial_value_is_unranked_with_its_lower_bound_and_a_blank_has_no_value_never_0()
    {
        var exact = SiteFixture.Model.ReportsOf("pingtan").Single(r => r.Year == 2021);
        var partial = Copy(exact, "b", ("s3.refused.enforce_file.tot", null));
        var blank = Copy(exact, "c", [.. Crosswalk.Find("applications.refused")!.SourceFor(exact.Form)!.Codes.Select(c => (c, (decimal?)null))]);
        var concept = Crosswalk.Find("applications.refused")!;
        var whole = Crosswalk.Resolve(concept, exact).Exact!.Value;

        var rows = Read(RankingCsv.Of(new RankingView(new AcrossView(2021, [blank, partial, exact]), RankedMeasure.Of(concept)), SiteFixture.Model))
            .Where(r => r["status"] != "missing").ToList();

        Assert.Equal(["pingtan", "b", "c"], rows.Select(r => r["agency"]));
        Assert.Equal(["1", "", ""], rows.Select(r => r["rank"]));
        Assert.Equal(["reported", "partial", "blank"], rows.Select(r => r["status"]));
        Assert.Equal([Num(whole), Num(whole - exact.Number("s3.refused.enforce_file.tot")!.Value), ""], rows.Select(r => r["value"]));
        Assert.Equal(["0", "1", concept.SourceFor(exact.Form)!.Codes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], rows.Select(r => r["blank_parts"]));

        static string Num(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_rate_csv_has_the_rate_in_percent_with_its_numerator_and_denominator()
    {
        var report = SiteFixture.Model.ReportsOf("pingtan").Single(r => r.Year == 2021);
        var granted = report.Number("s3.granted.tot")!.Value + report.Number("s3.partial.tot")!.Value;
        var done = report.Number("s3.done.tot")!.Value;
        var reviews = Crosswalk.Resolve(Crosswalk.Find("reviews.total")!, report).Exact!.Value;
        var corrected = Crosswalk.Resolve(Crosswalk.Find("reviews.corrected")!, report).Exact!.Value;

        var disclosure = Read(SiteFixture.Files.Get(Routes.AcrossCsv(2021, "rates.disclosure")));
        var correction = Read(SiteFixture.Files.Get(Routes.AcrossCsv(2021, "rates.correction")));

        var row = Assert.Single(disclosure, r => r["agency"] == "pingtan");
        Assert.Equal(("1", "%", "reported", "市级", "1"), (row["rank"], row["unit"], row["status"], row["level"], row["level_rank"]));
        Assert.Equal((Num(granted), Num(done)), (row["numerator"], row["denominator"]));
        Assert.Equal(Math.Round(granted / done * 100, 1, MidpointRounding.AwayFromZero), decimal.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture));
        var review = Assert.Single(correction, r => r["agency"] == "pingtan");
        Assert.Equal((Num(corrected), Num(reviews)), (review["numerator"], review["denominator"]));
        // The agencies that owed a 2021 report and published none: no rank, no value, no terms.
        Assert.Equal(["shanggao-county", "shanghai-gov-office"], disclosure.Where(r => r["status"] == "missing").Select(r => r["agency"]));
        Assert.All(disclosure.Where(r => r["status"] == "missing"), r => Assert.Equal("", r["rank"] + r["value"] + r["numerator"] + r["denominator"] + r["level_rank"]));

        static string Num(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(RankingCsv.Columns.ToDictionary(c => c, c => reader.GetString(c)));
        }

        return rows;
    }

    private static Report Copy(Report report, string agency, params (string Code, decimal? Number)[] changes)
    {
        var values = new Dictionary<string, ReportValue>(report.Values, StringComparer.Ordinal);
        foreach (var (code, number) in changes)
        {
            values[code] = number is { } n ? ReportValue.Of(n) : ReportValue.Blank;
        }

        return report with { Agency = agency, Values = values };
    }
}
