using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>The publication record: every report an agency owed, missing and late ones named, on-time shares by year and region.</summary>
public sealed class CompletenessPageTests
{
    [Fact]
    public void A_deleted_report_is_listed_missing_and_pingtan_2021_late_on_the_record_and_the_agency_page()
    {
        var site = Demo(without: ("pingtan", 2022), asOf: new DateOnly(2026, 12, 5));

        var html = Render(site, "completeness/index.html");
        var rows = Rows(html, "平潭综合实验区");

        Assert.Contains(["平潭综合实验区", "2021", "逾期发布", "2022-01-31", "2022-02-08", "8"], rows);
        Assert.Contains(["平潭综合实验区", "2022", "缺失", "2023-01-31", "—", "—"], rows);
        var agency = Render(site, "agencies/pingtan/index.html");
        Assert.Contains("逾期：2021（8 天）。", agency, StringComparison.Ordinal);
        Assert.Contains("缺失：2022。", agency, StringComparison.Ordinal);
        var english = Render(site, "en/agencies/pingtan/index.html");
        Assert.Contains("Late: 2021 (8 days).", english, StringComparison.Ordinal);
        var csv = SiteBuilder.Build(site).Text("downloads/completeness.csv");
        Assert.Contains("\r\npingtan,平潭综合实验区,福建省,,2021,2022-01-31,late,2022-02-08,8\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\npingtan,平潭综合实验区,福建省,,2022,2023-01-31,missing,,\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_whose_deadline_has_passed_are_owed_even_when_no_report_came_and_the_share_counts_them()
    {
        // On 2026-12-05 the 2025 reports were due (31 January 2026): 上高县's series (2017 only) owes 2018 to 2025.
        var site = Demo(without: null, asOf: new DateOnly(2026, 12, 5));

        var owed = site.Completeness.Where(e => e.Agency == "shanggao-county").ToList();

        Assert.Equal(Enumerable.Range(2017, 9), owed.Select(e => e.Year));
        Assert.All(owed.Skip(1), e => Assert.Equal(ReportStatus.Missing, e.Status));
        var byYear = Rows(Render(site, "completeness/index.html"), "2025");
        // 2025: three agencies owe a report, 平潭's came (its date not recorded, so the share is at least 0), 上高县's and 上海's did not.
        Assert.Contains(["2025", "3", "1", "2", "0", "1", "≥ 0.0%"], byYear);
    }

    [Fact]
    public void On_the_day_after_a_deadline_the_year_becomes_due_and_not_before()
    {
        var data = DataSet.Load(RepoPaths.Data);

        Assert.DoesNotContain(Completeness.Of(data, new DateOnly(2027, 1, 31)), e => e.Year == 2026);
        Assert.Contains(Completeness.Of(data, new DateOnly(2027, 2, 1)), e => e.Year == 2026 && e.Agency == "pingtan" && e.Status == ReportStatus.Missing);
        Assert.Equal(2025, Completeness.LastDue(new DateOnly(2027, 1, 31), null));
        Assert.Equal(2026, Completeness.LastDue(new DateOnly(2027, 2, 1), null));
        Assert.Equal(2025, Completeness.LastDue(new DateOnly(2027, 3, 31), AgencyLevel.County));
        Assert.Equal(2026, Completeness.LastDue(new DateOnly(2027, 4, 1), AgencyLevel.County));
    }

    [Fact]
    public void An_unknown_date_is_not_on_time_so_the_share_is_a_lower_bound()
    {
        var summary = CompletenessSummary.Of([
            new ExpectedReport("a", 2021, new DateOnly(2022, 1, 31), ReportStatus.OnTime, new DateOnly(2022, 1, 20)),
            new ExpectedReport("b", 2021, new DateOnly(2022, 1, 31), ReportStatus.DateUnknown, null),
            new ExpectedReport("c", 2021, new DateOnly(2022, 1, 31), ReportStatus.Missing, null),
            new ExpectedReport("d", 2021, new DateOnly(2022, 1, 31), ReportStatus.Late, new DateOnly(2022, 2, 8)),
        ]);

        Assert.Equal((4, 3, 1, 1, 1, 1), (summary.Expected, summary.Published, summary.Missing, summary.Late, summary.DateUnknown, summary.OnTime));
        Assert.Equal(0.25m, summary.OnTimeShare);
    }

    private static SiteModel Demo((string Agency, int Year)? without, DateOnly asOf)
    {
        var data = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(RepoPaths.Data, data);
        if (without is { } w)
        {
            File.Delete(Path.Combine(data, w.Agency, $"{w.Year}.json"));
        }

        var dataSet = DataSet.Load(data);
        return new SiteModel(SettingsLoader.Load(RepoPaths.Input, null), SettingsLoader.LoadPages(RepoPaths.Input), dataSet, BuildPipeline.Validate(dataSet, data), charts: false, asOf: asOf);
    }

    private static string Render(SiteModel site, string path) => PageRenderer.Render(RoutePlan.Create(site).Pages.Single(p => p.Path == path));

    // The text of the cells of every table row whose first cell is the text.
    private static List<List<string>> Rows(string html, string first) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList())
            .Where(cells => cells.Count > 0 && cells[0] == first)];
}
