namespace OpenData.Tests;

/// <summary>Regions as a whole: members by hierarchy, blank-aware sums over them, rates from summed parts, shares.</summary>
public sealed class RegionsTests
{
    // A small hierarchy: a province with a department and a city; the city with a department and a county; the county
    // alone; a department with a section under it (a region although no government); an agency on its own.
    private static readonly Agency[] Hierarchy =
    [
        new("prov", "省", Level: AgencyLevel.Province),
        new("prov-edu", "省教育厅", Level: AgencyLevel.Department, Parent: "prov"),
        new("city", "市", Level: AgencyLevel.City, Parent: "prov"),
        new("city-fin", "市财政局", Level: AgencyLevel.Department, Parent: "city"),
        new("county", "县", Level: AgencyLevel.County, Parent: "city"),
        new("prov-edu-sec", "省教育厅某处", Parent: "prov-edu"),
        new("alone", "独立机关", Level: AgencyLevel.Department),
    ];

    private const string Form = Forms.National2021Id;

    private static Report Report(string agency, int year, decimal? newApplications, decimal? done, decimal? granted, decimal? partial) =>
        new(agency, year, Form, new Dictionary<string, ReportValue>(StringComparer.Ordinal)
        {
            ["s3.new.tot"] = newApplications is { } n ? ReportValue.Of(n) : ReportValue.Blank,
            ["s3.done.tot"] = done is { } d ? ReportValue.Of(d) : ReportValue.Blank,
            ["s3.granted.tot"] = granted is { } g ? ReportValue.Of(g) : ReportValue.Blank,
            ["s3.partial.tot"] = partial is { } p ? ReportValue.Of(p) : ReportValue.Blank,
        });

    private static Func<string, int, Report?> Lookup(params Report[] reports) =>
        (id, year) => reports.FirstOrDefault(r => r.Agency == id && r.Year == year);

    [Fact]
    public void A_region_is_a_government_or_an_agency_with_children_with_everything_under_it_in_hierarchy_order()
    {
        var regions = Regions.Of(Hierarchy);

        Assert.Equal(["prov", "city", "county", "prov-edu"], regions.Select(r => r.Id));
        var province = regions[0];
        Assert.Equal(["prov", "city", "city-fin", "county", "prov-edu", "prov-edu-sec"], province.Members.Select(a => a.Id));
        Assert.Equal(["city", "prov-edu"], province.Children.Select(a => a.Id));
        Assert.Equal(["county"], regions.Single(r => r.Id == "county").Members.Select(a => a.Id));
        Assert.DoesNotContain(regions, r => r.Id is "alone" or "city-fin");
    }

    [Fact]
    public void A_loop_of_parents_neither_hangs_nor_loses_a_region()
    {
        Agency[] agencies = [new("a", "甲", Level: AgencyLevel.City, Parent: "b"), new("b", "乙", Level: AgencyLevel.County, Parent: "a")];

        var regions = Regions.Of(agencies);

        Assert.Equal(["a", "b"], regions.Select(r => r.Id));
        Assert.Equal(["a", "b"], regions[0].Members.Select(a => a.Id));
    }

    [Fact]
    public void Every_concept_is_summed_over_the_members_and_is_exact_when_all_reported_every_cell()
    {
        var total = Regions.Total(["city", "city-fin", "county"], 2024, Lookup(
            Report("city", 2024, 10, 8, 5, 1), Report("city-fin", 2024, 20, 18, 9, 2), Report("county", 2024, 3, 3, 1, 0)));

        Assert.Equal(33m, total.Value("applications.new").Exact);
        Assert.Equal(29m, total.Value("applications.done").Exact);
        Assert.Empty(total.Missing);
        Assert.All(total.Totals, t => Assert.Empty(t.Missing));
    }

    [Fact]
    public void A_member_without_a_report_of_the_year_makes_every_sum_partial_and_is_named()
    {
        var total = Regions.Total(["city", "city-fin", "county"], 2024, Lookup(
            Report("city", 2024, 10, 8, 5, 1), Report("county", 2024, 3, 3, 1, 0), Report("city-fin", 2023, 20, 18, 9, 2)));

        var sum = total.Value("applications.new");
        Assert.True(sum.IsPartial);
        Assert.Null(sum.Exact);
        Assert.Equal(13m, sum.Known);
        Assert.Equal(1, sum.BlankParts);
        Assert.Equal(["city-fin"], total.Missing);
        Assert.Equal(["city-fin"], total.Totals.Single(t => t.Concept.Id == "applications.new").Missing);
    }

    [Fact]
    public void A_blank_cell_of_a_member_makes_that_sum_partial_not_zero_and_names_the_member()
    {
        var total = Regions.Total(["city", "county"], 2024, Lookup(Report("city", 2024, 10, 8, 5, null), Report("county", 2024, 3, 3, 1, 0)));

        var partial = total.Totals.Single(t => t.Concept.Id == "applications.partial");
        Assert.True(partial.Value.IsPartial);
        Assert.Equal(0m, partial.Value.Known);
        Assert.Equal(["city"], partial.Blank);
        Assert.Empty(partial.Missing);
        Assert.Equal(13m, total.Value("applications.new").Exact);
    }

    [Fact]
    public void Summing_some_concepts_gives_their_totals_as_summing_all_does_and_no_other()
    {
        var lookup = Lookup(Report("city", 2024, 10, 8, 5, null), Report("county", 2024, 3, 3, 1, 0));
        Concept[] some = [Crosswalk.Find("applications.partial")!, Crosswalk.Find("applications.new")!];

        var all = Regions.Total(["city", "county", "town"], 2024, lookup);
        var total = Regions.Total(["city", "county", "town"], 2024, lookup, some);

        Assert.Equal(["applications.partial", "applications.new"], total.Totals.Select(t => t.Concept.Id));
        foreach (var t in total.Totals)
        {
            var expected = all.Totals.Single(a => a.Concept == t.Concept);
            Assert.Equal(expected.Value, t.Value);
            Assert.Equal(expected.Missing, t.Missing);
            Assert.Equal(expected.Blank, t.Blank);
        }

        Assert.Equal(["town"], total.Missing);
        Assert.True(total.Value("applications.done").IsBlank);
    }

    [Fact]
    public void A_member_whose_form_does_not_measure_a_concept_is_a_part_not_reported()
    {
        var old = new Report("county", 2024, Forms.National2014Id, new Dictionary<string, ReportValue>(StringComparer.Ordinal) { ["old.apply.received.total"] = ReportValue.Of(4) });

        var total = Regions.Total(["city", "county"], 2024, Lookup(Report("city", 2024, 10, 8, 5, 1), old));

        Assert.Equal(14m, total.Value("applications.new").Exact);
        var carryIn = total.Value("applications.carry_in");
        Assert.True(carryIn.IsPartial || carryIn.IsBlank);
        Assert.Contains("county", total.Totals.Single(t => t.Concept.Id == "applications.carry_in").Blank);
    }

    [Fact]
    public void A_rate_is_worked_out_from_the_summed_parts_not_averaged_over_the_members()
    {
        // 公开率 of the city: (90 + 0) / 100 = 90 %; of the county (1 + 0) / 10 = 10 %; their mean 50 %.
        var total = Regions.Total(["city", "county"], 2024, Lookup(Report("city", 2024, 100, 100, 90, 0), Report("county", 2024, 10, 10, 1, 0)));

        var rate = total.Percent(["applications.granted", "applications.partial"], "applications.done");

        Assert.Equal(82.7m, rate.Exact); // 91 / 110
        Assert.NotEqual(50m, rate.Exact);
    }

    [Fact]
    public void A_rate_from_a_partial_denominator_has_no_number_and_a_share_of_a_partial_total_has_none()
    {
        var total = Regions.Total(["city", "county"], 2024, Lookup(Report("city", 2024, 100, null, 90, 0), Report("county", 2024, 10, 10, 1, 0)));

        var rate = total.Percent(["applications.granted", "applications.partial"], "applications.done");
        var share = Regions.Share(DerivedValue.Of(10), total.Value("applications.done"));

        Assert.True(rate.IsPartial);
        Assert.Null(rate.Known);
        Assert.True(share.IsPartial);
        Assert.Null(share.Known);
    }

    [Fact]
    public void A_share_is_the_part_over_the_exact_total_and_blank_for_a_blank_part()
    {
        var total = Regions.Total(["city", "county"], 2024, Lookup(Report("city", 2024, 30, 8, 5, 1), Report("county", 2024, 10, 3, 1, 0)));

        Assert.Equal(75.0m, Regions.Share(DerivedValue.Of(30), total.Value("applications.new")).Exact);
        Assert.True(Regions.Share(DerivedValue.Of(null), total.Value("applications.new")).IsBlank);
    }
}
