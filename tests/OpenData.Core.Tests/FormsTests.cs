using System.Text.RegularExpressions;

namespace OpenData.Tests;

public sealed partial class FormsTests
{
    [Theory]
    [InlineData(Forms.National2014Id, 58)]
    [InlineData(Forms.National2019Id, 22 + (23 * 7) + 15)]
    [InlineData(Forms.National2021Id, 10 + (25 * 7) + 15)]
    public void Each_form_has_every_cell_of_the_national_table(string id, int cells)
    {
        var form = Forms.Find(id)!;

        Assert.Equal(cells, form.Indicators.Count);
        Assert.Equal(cells, form.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count)));
    }

    [Fact]
    public void Forms_are_found_by_id_and_the_list_of_them_cannot_be_changed()
    {
        Assert.Same(Forms.National2019, Forms.Find("national-2019"));
        Assert.Null(Forms.Find("national-2020"));
        Assert.Same(Forms.Fujian2014, Forms.Find("fujian-2014"));
        Assert.Equal([Forms.National2014, Forms.National2019, Forms.National2021, Forms.Fujian2014], Forms.All);
        Assert.False(Forms.All is IList<Form> { IsReadOnly: false });
    }

    [Fact]
    public void Codes_are_ascii_unique_and_name_a_known_unit_and_section()
    {
        foreach (var form in Forms.All)
        {
            Assert.Equal(form.Indicators.Count, form.Indicators.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count());
            foreach (var indicator in form.Indicators)
            {
                Assert.Matches(CodePattern(), indicator.Code);
                Assert.Contains(indicator.Section, "一二三四五六七八九", StringComparison.Ordinal);
                Assert.Same(indicator, form.Find(indicator.Code));
            }
        }
    }

    [Fact]
    public void A_code_shared_by_two_forms_means_the_same_cell()
    {
        var shared = Forms.National2019.Indicators.Where(i => Forms.National2021.Contains(i.Code)).ToList();

        Assert.Equal((22 * 7) + 15, shared.Count);
        Assert.All(shared, i => Assert.Equal(i.Label, Forms.National2021.Find(i.Code)!.Label));
        Assert.DoesNotContain(Forms.National2014.Indicators, i => Forms.National2019.Contains(i.Code) || Forms.National2021.Contains(i.Code));
    }

    [Fact]
    public void Old_form_labels_follow_the_shanggao_2017_table()
    {
        var form = Forms.National2014;

        Assert.Equal("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", form.Find("old.active.total")!.Label);
        Assert.Equal("4．微博、微信回应事件数", form.Find("old.resp.weibo_wechat_events")!.Label);
        Assert.Equal("万元", form.Find("old.fees")!.Unit);
        Assert.Equal(ValueKind.Amount, form.Find("old.org.budget")!.Kind);
        Assert.Equal("人次", form.Find("old.train.trainees")!.Unit);
        Assert.Equal(9, form.Tables[0].Rows.Count(r => r.Depth == 0 && "一二三四五六七八九".Contains(r.Label[0], StringComparison.Ordinal)));
    }

    [Fact]
    public void New_forms_lay_out_section_three_as_the_applicant_matrix_and_section_four_as_fifteen_cells()
    {
        var form = Forms.National2021;
        var three = form.Tables.Single(t => t.Section == "三");
        var four = form.Tables.Single(t => t.Section == "四");

        Assert.Equal(["nat", "org.biz", "org.sci", "org.npo", "org.law", "org.oth", "tot"], three.Columns.Select(c => c.Code));
        Assert.Equal(25, three.Rows.Count(r => !r.IsHeader));
        Assert.Equal("s3.other.misc.org.law", three.Rows.Single(r => r.Label == "3.其他").Cells[4]);
        Assert.Equal(15, four.Rows.Single().Cells.Count);
        Assert.Equal(ValueKind.SignedChange, Forms.National2019.Find("s2v19.fees.delta")!.Kind);
        Assert.Null(Forms.National2019.Find("s2v19.procure.amount")!.Unit);
        Assert.Equal("万元", form.Find("s2.fees.amount_wan")!.Unit);
    }

    [Fact]
    public void Rules_name_only_codes_of_their_form_and_cover_the_printed_identities()
    {
        foreach (var form in Forms.All)
        {
            Assert.All(form.Rules.SelectMany(r => r.Left.Concat(r.Right)), t => Assert.True(form.Contains(t.Code), $"{form.Id}: {t.Code}"));
        }

        var rules = Forms.National2021.Rules;
        Assert.Equal(25, rules.Count(r => r.Id == "R-N1"));
        Assert.Equal(7, rules.Count(r => r.Id == "R-N2"));
        Assert.Equal(7, rules.Count(r => r.Id == "R-N3"));
        Assert.Equal(3, rules.Count(r => r.Id == "R-N4"));
        Assert.Equal(7, rules.Count(r => r.Id == "X-N1"));
        Assert.Equal(21, rules.Single(r => r.Id == "R-N2" && r.Anchor == "s3.done.nat").Right.Count);
        Assert.Equal(19, Forms.National2019.Rules.Single(r => r.Id == "R-N2" && r.Anchor == "s3.done.nat").Right.Count);
        Assert.Equal(
            ["R-O1", "R-O2", "R-O3", "R-O4", "R-O5", "R-O6", "R-O8"],
            Forms.National2014.Rules.Where(r => r.Id.StartsWith("R-", StringComparison.Ordinal)).Select(r => r.Id));
    }

    [Theory]
    [InlineData(Forms.National2014Id, 2014, YearFit.Prescribed)]
    [InlineData(Forms.National2014Id, 2019, YearFit.Transitional)]
    [InlineData(Forms.National2014Id, 2020, YearFit.Superseded)]
    [InlineData(Forms.National2019Id, 2018, YearFit.TooEarly)]
    [InlineData(Forms.National2021Id, 2016, YearFit.TooEarly)]
    [InlineData(Forms.National2021Id, 2025, YearFit.Prescribed)]
    public void Fit_tells_whether_a_form_applies_to_a_year(string id, int year, YearFit expected)
    {
        Assert.Equal(expected, Forms.Find(id)!.Fit(year));
    }

    [Fact]
    public void Formula_prints_a_rule_over_codes()
    {
        var rule = Forms.National2021.Rules.First(r => r.Id == "X-S2a");

        Assert.Equal("s2.rules.in_force = s2.rules.in_force[y-1] + s2.rules.issued - s2.rules.repealed", rule.Formula);
    }

    [Theory]
    [InlineData(2014, "national-2014")]
    [InlineData(2018, "national-2014")]
    [InlineData(2019, "national-2019")]
    [InlineData(2020, "national-2019")]
    [InlineData(2021, "national-2021")]
    [InlineData(2040, "national-2021")]
    public void The_form_for_a_year_is_the_one_whose_years_prescribe_it(int year, string expected)
    {
        Assert.Equal(expected, Forms.ForYear(year).Id);
        Assert.Equal(YearFit.Prescribed, Forms.ForYear(year).Fit(year));
    }

    [Fact]
    public void Every_year_from_the_oldest_form_on_has_exactly_one_prescribed_national_form()
    {
        for (var year = Forms.All[0].FirstYear; year <= 2100; year++)
        {
            Assert.Single(Forms.All, f => f.IsNational && f.Fit(year) == YearFit.Prescribed);
            Assert.True(Forms.ForYear(year).IsNational);
        }
    }

    [Fact]
    public void Fujian_form_is_a_local_form_of_the_old_era_with_a_running_total_beside_each_figure()
    {
        var form = Forms.Fujian2014;
        Assert.Equal("福建省", form.Province);
        Assert.False(form.IsNational);
        Assert.Equal([YearFit.TooEarly, YearFit.Prescribed, YearFit.Prescribed, YearFit.Transitional], new[] { 2013, 2014, 2018, 2019 }.Select(form.Fit));

        // 16 rows of two cells: the year's figure, charted, and the running total, kept in the table.
        var table = Assert.Single(form.Tables);
        Assert.True(table.HasUnitColumn);
        Assert.Equal(["year", "cum"], table.Columns.Select(c => c.Code));
        Assert.Equal(32, form.Indicators.Count);
        Assert.All(form.Indicators, i => Assert.Equal(i.ColumnCode == "year", i.IsCharted));
        Assert.Equal("fj.apply.total.year", form.Find("fj.apply.online.year")!.Parent);

        // Each row's running total grows by the year's figure (a warning: agencies restart it).
        var crossYear = form.Rules.Where(r => r.IsCrossYear).ToList();
        Assert.Equal(16, crossYear.Count);
        Assert.All(crossYear, r => Assert.Equal(Severity.Warning, r.Severity));
        Assert.Contains(crossYear, r => r.Formula == "fj.review.cum = fj.review.cum[y-1] + fj.review.year");
    }

    [GeneratedRegex("^[a-z0-9_]+(\\.[a-z0-9_]+)+$")]
    private static partial Regex CodePattern();
}
