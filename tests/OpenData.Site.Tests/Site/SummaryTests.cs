namespace OpenData.Site.Tests.Build;

public sealed class SummaryTests
{
    private static readonly Indicator NewTotal = Forms.National2021.Find("s3.new.tot")!;

    private static IndicatorView View(params SeriesPoint[] points) =>
        new("pingtan", NewTotal, Crosswalk.Find("applications.new"), points);

    [Fact]
    public void Describe_states_the_latest_value_and_the_increase_over_the_year_before()
    {
        var text = Summary.Describe(View(new SeriesPoint(2024, "national-2021", 120m, Comparability.Same, false), new SeriesPoint(2025, "national-2021", 154m, Comparability.Same, false)), Language.Chinese);

        Assert.Equal("2025年本年新收申请154件，较上年（120件）增长34件（28.3%）。2024—2025年间最高为2025年的154件。", text);
    }

    [Fact]
    public void Describe_says_a_blank_previous_year_cannot_be_compared_instead_of_reading_it_as_zero()
    {
        var text = Summary.Describe(View(new SeriesPoint(2024, "national-2021", null, Comparability.Same, false), new SeriesPoint(2025, "national-2021", 154m, Comparability.Same, false)), Language.Chinese);

        Assert.Equal("2025年本年新收申请154件；上年未填报，无法比较。", text);
    }

    [Fact]
    public void Describe_says_a_blank_latest_year_was_not_reported()
    {
        var text = Summary.Describe(View(new SeriesPoint(2025, "national-2021", null, Comparability.Same, false)), Language.Chinese);

        Assert.Equal("2025年本年新收申请未填报（空白）。", text);
    }

    [Fact]
    public void Describe_marks_a_change_across_a_form_break_with_its_comparability()
    {
        var text = Summary.Describe(View(new SeriesPoint(2018, "national-2014", 30m, Comparability.Same, false), new SeriesPoint(2019, "national-2019", 23m, Comparability.Good, true)), Language.English);

        Assert.Equal("In 2019, applications received: 23 applications, down 7 from 30 the year before (23.3%) (form change, good comparability). Between 2018 and 2019 the highest was 30 in 2018.", text);
    }

    [Fact]
    public void Describe_gives_a_partial_latest_value_as_at_least_what_was_reported_and_a_rise_as_at_least_the_known_rise()
    {
        var partial = DerivedValue.Of(2) + DerivedValue.Of(null);

        var text = Summary.Describe(View(new SeriesPoint(2020, "national-2019", 0m, Comparability.Same, false), new SeriesPoint(2021, "national-2021", partial, Comparability.Same, true)), Language.Chinese);

        Assert.Equal("2021年本年新收申请至少2件（1 项未填报），较上年（0件）至少增长2件（表格版本变更，同一指标）。", text);
    }

    [Fact]
    public void Describe_does_not_compare_a_partial_latest_value_that_is_below_the_year_before()
    {
        var partial = DerivedValue.Of(5) + DerivedValue.Of(null) + DerivedValue.Of(null);

        var text = Summary.Describe(View(new SeriesPoint(2024, "national-2021", 10m, Comparability.Same, false), new SeriesPoint(2025, "national-2021", partial, Comparability.Same, false)), Language.English);

        Assert.Equal("In 2025, applications received: at least 5 applications (2 parts not reported); with parts not reported it cannot be compared with 10 the year before.", text);
    }

    [Fact]
    public void Describe_does_not_compare_with_a_partial_previous_year_and_leaves_partial_years_out_of_the_highest()
    {
        var partial = DerivedValue.Of(500) + DerivedValue.Of(null);

        var text = Summary.Describe(View(new SeriesPoint(2023, "national-2021", 120m, Comparability.Same, false), new SeriesPoint(2024, "national-2021", partial, Comparability.Same, false), new SeriesPoint(2025, "national-2021", 154m, Comparability.Same, false)), Language.Chinese);

        Assert.Equal("2025年本年新收申请154件；上年至少500件（1 项未填报），无法比较。2023—2025年间最高为2025年的154件（不含1个有未填报项的年份）。", text);
    }
}
