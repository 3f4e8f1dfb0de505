namespace OpenData.Tests;

public sealed class YearOverYearTests
{
    [Fact]
    public void Compare_gives_previous_value_delta_and_percent()
    {
        var reports = ShippedData.Pingtan();

        var change = YearOverYear.Compare(reports[6], reports[5], "s3.new.tot");

        Assert.Equal(new Change("s3.new.tot", 2025, 154, 2024, 218, -64, -29.4m, Comparability.Same, "s3.new.tot", false), change);
    }

    [Fact]
    public void Growth_from_zero_has_a_delta_but_no_percentage()
    {
        var reports = ShippedData.Pingtan();

        var change = YearOverYear.Compare(reports[6], reports[5], "s3.carry_out.tot");

        Assert.Equal(6m, change.Delta);
        Assert.Null(change.DeltaPercent);
    }

    [Fact]
    public void A_blank_on_either_side_gives_no_delta()
    {
        var reports = ShippedData.Pingtan();
        var current = reports[6].With(("s3.new.tot", null));

        var change = YearOverYear.Compare(current, reports[5], "s3.new.tot");

        Assert.Equal(218m, change.PreviousNumber);
        Assert.Null(change.Delta);
        Assert.Null(change.DeltaPercent);
    }

    [Fact]
    public void Without_a_previous_report_nothing_is_compared()
    {
        var change = YearOverYear.Compare(ShippedData.Load("pingtan", 2019), null, "s3.new.tot");

        Assert.Null(change.PreviousYear);
        Assert.Equal(Comparability.None, change.Comparability);
    }

    [Fact]
    public void Section_three_continues_across_the_2021_form_change_with_the_break_marked()
    {
        var reports = ShippedData.Pingtan();

        var change = YearOverYear.Compare(reports[2], reports[1], "s3.new.tot");

        Assert.Equal(Comparability.Same, change.Comparability);
        Assert.True(change.IsFormBreak);
        Assert.Equal(21m, change.PreviousNumber);
        Assert.Equal(49m, change.Delta);
    }

    [Fact]
    public void The_2021_other_rows_compare_with_the_2019_single_row_through_the_crosswalk_only_as_a_sum()
    {
        var reports = ShippedData.Pingtan();

        var misc = YearOverYear.Compare(reports[2], reports[1], "s3.other.misc.tot");

        Assert.Equal(Comparability.None, misc.Comparability);
        Assert.Null(misc.Delta);
        var other = Crosswalk.Series(Crosswalk.Find("applications.other")!, reports);
        Assert.Equal(4m, other.Single(p => p.Year == 2020).Number);
        Assert.True(other.Single(p => p.Year == 2021).IsBreak);
    }

    [Fact]
    public void An_indicator_is_followed_through_the_concept_of_its_oldest_report_that_links_it_in_any_order()
    {
        var reports = ShippedData.Pingtan();
        var shuffled = reports.Reverse().ToList();

        Assert.Same(Crosswalk.Find("applications.new"), Crosswalk.ConceptOf("s3.new.tot", shuffled));
        Assert.Null(Crosswalk.ConceptOf("s3.other.misc.tot", reports));
        Assert.Equal(Crosswalk.Series("s3.new.tot", reports), Crosswalk.Series(Crosswalk.ConceptOf("s3.new.tot", reports)!, shuffled));
    }

    [Fact]
    public void Fees_are_never_compared_across_the_2019_and_2021_forms()
    {
        var reports = ShippedData.Pingtan();

        var change = YearOverYear.Compare(reports[2], reports[1], "s2.fees.amount_wan");

        Assert.Equal(Comparability.None, change.Comparability);
        Assert.Null(change.PreviousNumber);
        Assert.Null(change.Delta);
        Assert.DoesNotContain(Crosswalk.Concepts, c => c.Sources.Any(s => s.Codes.Contains("s2.fees.amount_wan") || s.Codes.Contains("s2v19.fees.prev_items")));
    }

    [Fact]
    public void Licensing_decisions_continue_from_the_2019_form_through_the_crosswalk()
    {
        var reports = ShippedData.Pingtan();

        var series = Crosswalk.Series("s2.license.decisions", reports);

        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025], series.Select(p => p.Year));
        Assert.Null(series[1].Number);
        Assert.Equal(Comparability.Good, series[2].Comparability);
        Assert.True(series[2].IsBreak);
        Assert.Equal(2418m, series[6].Number);
    }

    [Fact]
    public void Applications_received_continue_from_the_old_form_as_a_good_comparison()
    {
        var old = ShippedData.Load("shanggao-county", 2017) with { Agency = "a", Year = 2018 };
        var next = ShippedData.Load("pingtan", 2019) with { Agency = "a" };

        var change = YearOverYear.Compare(next, old, "s3.new.tot");

        Assert.Equal(Comparability.Good, change.Comparability);
        Assert.Equal("old.apply.received.total", change.PreviousCode);
        Assert.Equal(7m, change.PreviousNumber);
        Assert.Equal(16m, change.Delta);
    }

    [Fact]
    public void Lawsuits_sum_the_two_new_groups()
    {
        var report = ShippedData.Load("pingtan", 2025);

        var total = Crosswalk.Resolve(Crosswalk.Find("lawsuits.total")!, report);

        Assert.Equal(9m, total.Exact);
        Assert.Equal(36m, Crosswalk.Resolve(Crosswalk.Find("reviews.total")!, report).Exact);
    }

    [Fact]
    public void A_concept_with_a_blank_part_is_partial_never_the_sum_of_the_parts_that_were_reported()
    {
        var report = ShippedData.Load("pingtan", 2021).With(("s3.refused.enforce_file.tot", null));

        var refused = Crosswalk.Resolve(Crosswalk.Find("applications.refused")!, report);

        Assert.True(refused.IsPartial);
        Assert.Null(refused.Exact);
        Assert.Equal(2m, refused.Known);
        Assert.Equal((8, 1), (refused.Parts, refused.BlankParts));
        Assert.Equal(8m, Crosswalk.Resolve(Crosswalk.Find("applications.refused")!, ShippedData.Load("pingtan", 2021)).Exact);
    }

    [Fact]
    public void A_concept_whose_every_part_is_blank_is_blank_and_one_the_form_does_not_measure_is_blank_too()
    {
        var codes = Crosswalk.Find("lawsuits.total")!.SourceFor(Forms.National2021Id)!.Codes;
        var report = ShippedData.Load("pingtan", 2025).With([.. codes.Select(c => (c, (decimal?)null))]);

        var lawsuits = Crosswalk.Resolve(Crosswalk.Find("lawsuits.total")!, report);

        Assert.True(lawsuits.IsBlank);
        Assert.False(lawsuits.IsPartial);
        Assert.Equal((2, 2), (lawsuits.Parts, lawsuits.BlankParts));
        Assert.True(Crosswalk.Resolve(Crosswalk.Find("applications.carry_in")!, ShippedData.Load("shanggao-county", 2017)).IsBlank);
    }

    [Fact]
    public void A_series_point_carries_the_partial_state_and_gives_no_plain_number_for_it()
    {
        var reports = ShippedData.Pingtan().Select(r => r.Year == 2021 ? r.With(("s3.refused.enforce_file.tot", null)) : r).ToList();

        var series = Crosswalk.Series(Crosswalk.Find("applications.refused")!, reports);

        var point = series.Single(p => p.Year == 2021);
        Assert.Null(point.Number);
        Assert.True(point.Value.IsPartial);
        Assert.Equal(2m, point.Value.Known);
        Assert.All(series.Where(p => p.Year != 2021), p => Assert.False(p.Value.IsPartial));
    }

    [Fact]
    public void A_change_from_a_partial_previous_value_has_no_delta_and_says_why()
    {
        var old = ShippedData.Load("shanggao-county", 2017).With(("old.apply.replied.already_public", null)) with { Agency = "a", Year = 2018 };
        var next = ShippedData.Load("pingtan", 2019) with { Agency = "a" };

        var change = YearOverYear.Compare(next, old, "s3.granted.tot");

        Assert.True(change.Previous.IsPartial);
        Assert.Equal(1, change.Previous.BlankParts);
        Assert.Equal(old.Number("old.apply.replied.granted"), change.Previous.Known);
        Assert.Null(change.PreviousNumber);
        Assert.Null(change.Delta);
        Assert.Null(change.DeltaPercent);
    }

    [Fact]
    public void Every_concept_names_codes_of_its_forms_and_a_code_measures_at_most_one_concept_alone()
    {
        foreach (var concept in Crosswalk.Concepts)
        {
            foreach (var source in concept.Sources)
            {
                var form = Forms.Find(source.Form)!;
                Assert.All(source.Codes, c => Assert.True(form.Contains(c), $"{concept.Id}: {c}"));
            }
        }

        var singles = Crosswalk.Concepts.SelectMany(c => c.Sources.Where(s => s.Codes.Count == 1).Select(s => (s.Form, Code: s.Codes[0])));
        Assert.Equal(singles.Count(), singles.Distinct().Count());
    }

    [Fact]
    public void Concept_look_ups_equal_a_scan_of_the_concepts_in_display_order()
    {
        foreach (var form in Forms.All)
        {
            foreach (var code in form.Indicators.Select(i => i.Code).Append("no.such.code"))
            {
                var scanned = Crosswalk.Concepts.FirstOrDefault(c => c.SourceFor(form.Id) is { Codes: [var only] } && only == code);
                Assert.Same(scanned, Crosswalk.ConceptOf(form.Id, code));
            }
        }

        Assert.All(Crosswalk.Concepts, c => Assert.Same(Crosswalk.Concepts.First(d => d.Id == c.Id), Crosswalk.Find(c.Id)));
        Assert.Null(Crosswalk.Find("no.such.concept"));
    }
}
