namespace OpenData.Site.Tests.Build;

/// <summary>What the indicator page's table says once rather than on every row: the forms, and how a change compares.</summary>
public sealed class IndicatorViewTests
{
    private static readonly Indicator RulesIssued = Forms.National2021.Find("s2.rules.issued")!;

    private static IndicatorView View(params SeriesPoint[] points) => new("pingtan", RulesIssued, null, points);

    private static SeriesPoint Point(int year, string form, decimal? value, Comparability comparability = Comparability.Same, bool isBreak = false) =>
        new(year, form, value, comparability, isBreak);

    [Fact]
    public void Forms_names_each_run_of_a_form_once_with_its_years()
    {
        var view = View(
            Point(2016, "national-2014", 1m), Point(2017, "national-2014", 2m), Point(2018, "national-2014", 3m),
            Point(2019, "national-2019", 4m, Comparability.Good, true),
            Point(2021, "national-2021", 5m, Comparability.Same, true));

        Assert.Equal("national-2014（2016—2018年）、national-2019（2019年）、national-2021（2021年）", view.Forms(Language.Chinese));
        Assert.Equal("national-2014 (2016–2018), national-2019 (2019), national-2021 (2021)", view.Forms(Language.English));
    }

    [Fact]
    public void Forms_names_a_form_again_when_the_series_comes_back_to_it()
    {
        var view = View(Point(2019, "national-2019", 1m), Point(2020, "national-2021", 2m, Comparability.Same, true), Point(2021, "national-2019", 3m, Comparability.Same, true));

        Assert.Equal("national-2019 (2019), national-2021 (2020), national-2019 (2021)", view.Forms(Language.English));
    }

    [Fact]
    public void A_change_on_the_same_form_and_indicator_needs_no_note()
    {
        var view = View(Point(2020, "national-2019", 1m), Point(2021, "national-2019", 2m));

        Assert.Equal("", view.ChangeNote(0, Language.Chinese));
        Assert.Equal("", view.ChangeNote(1, Language.Chinese));
    }

    [Fact]
    public void A_change_across_a_form_change_says_how_it_compares_and_that_the_form_changed()
    {
        var view = View(
            Point(2018, "national-2014", 1m),
            Point(2019, "national-2019", 2m, Comparability.Good, true),
            Point(2020, "national-2019", 3m, Comparability.None),
            Point(2021, "national-2021", 4m, Comparability.Same, true));

        Assert.Equal("可比性好，表格版本变更", view.ChangeNote(1, Language.Chinese));
        Assert.Equal("不可比", view.ChangeNote(2, Language.Chinese));
        Assert.Equal("same indicator, form change", view.ChangeNote(3, Language.English));
    }

    [Fact]
    public void Next_to_a_blank_value_only_a_form_change_is_noted()
    {
        var view = View(
            Point(2018, "national-2014", null),
            Point(2019, "national-2014", null, Comparability.None),
            Point(2020, "national-2019", 2m, Comparability.None, true),
            Point(2021, "national-2019", null));

        Assert.Equal("", view.ChangeNote(1, Language.Chinese));
        Assert.Equal("表格版本变更", view.ChangeNote(2, Language.Chinese));
        Assert.Equal("", view.ChangeNote(3, Language.English));
    }
}
