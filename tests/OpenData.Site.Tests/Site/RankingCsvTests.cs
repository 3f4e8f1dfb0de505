using AngleSharp.Html.Parser;
using CsvHelper;

namespace OpenData.Site.Tests.Build;

/// <summary>Each ranking chart of the across pages has its data as CSV: rank, agency, value and status, in the order and
/// with the ranks of the page's table, linked from the page in both languages.</summary>
public sealed class RankingCsvTests
{
    [Fact]
    public void Every_ranking_of_every_year_has_a_csv_with_the_ranks_and_agencies_of_its_table()
    {
        var site = SiteFixture.Model;
        Assert.NotEmpty(site.Years);
        foreach (var year in site.Years)
        {
            var tables = new HtmlParser().ParseDocument(SiteFixture.Files.Text(Routes.AcrossYear(year))).QuerySelectorAll("section table").ToList();
            Assert.Equal(SiteModel.KeyConcepts.Length, tables.Count);
            foreach (var (id, table) in SiteModel.KeyConcepts.Zip(tables))
            {
                var rows = Read(SiteFixture.Files.Get(Routes.AcrossCsv(year, id)));
                var shown = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();

                Assert.Equal(shown.Select(r => r[0] == "—" ? "" : r[0]), rows.Select(r => r["rank"]));
                Assert.Equal(shown.Select(r => r[1]), rows.Select(r => r["name"]));
                Assert.Equal(site.Reports.Where(r => r.Year == year).Select(r => r.Agency).Order(StringComparer.Ordinal), rows.Select(r => r["agency"]).Order(StringComparer.Ordinal));
                Assert.All(rows, r => Assert.Equal(Crosswalk.Find(id)!.Unit, r["unit"]));
            }
        }
    }

    [Fact]
    public void The_across_pages_link_each_ranking_csv_in_both_languages()
    {
        foreach (var prefix in new[] { "", "en/" })
        {
            var page = prefix + Routes.AcrossYear(2021);
            var links = new HtmlParser().ParseDocument(SiteFixture.Files.Text(page)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

            Assert.All(SiteModel.KeyConcepts, id => Assert.Contains(Routes.Relative(page, Routes.AcrossCsv(2021, id)), links));
        }
    }

    [Fact]
    public void A_partial_value_is_unranked_with_its_lower_bound_and_a_blank_has_no_value_never_0()
    {
        var exact = SiteFixture.Model.ReportsOf("pingtan").Single(r => r.Year == 2021);
        var partial = Copy(exact, "b", ("s3.refused.enforce_file.tot", null));
        var blank = Copy(exact, "c", [.. Crosswalk.Find("applications.refused")!.SourceFor(exact.Form)!.Codes.Select(c => (c, (decimal?)null))]);
        var concept = Crosswalk.Find("applications.refused")!;
        var whole = Crosswalk.Resolve(concept, exact).Exact!.Value;

        var rows = Read(RankingCsv.Of(new AcrossView(2021, [blank, partial, exact]), concept, SiteFixture.Model));

        Assert.Equal(["pingtan", "b", "c"], rows.Select(r => r["agency"]));
        Assert.Equal(["1", "", ""], rows.Select(r => r["rank"]));
        Assert.Equal(["reported", "partial", "blank"], rows.Select(r => r["status"]));
        Assert.Equal([Num(whole), Num(whole - exact.Number("s3.refused.enforce_file.tot")!.Value), ""], rows.Select(r => r["value"]));
        Assert.Equal(["0", "1", concept.SourceFor(exact.Form)!.Codes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], rows.Select(r => r["blank_parts"]));

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
