namespace OpenData.Tests;

public sealed class ValidatorTests
{
    [Fact]
    public void Shanggao_2017_satisfies_every_identity_of_the_old_form()
    {
        var report = ShippedData.Load("shanggao-county", 2017);

        var result = Validator.Validate(report);

        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Shanghai_2019_applicant_matrix_adds_up_per_column_with_blanks_not_read_as_zero()
    {
        var report = ShippedData.Load("shanghai-gov-office", 2019);

        var result = Validator.Validate(report);

        Assert.Empty(result.Blocking());
        var natural = Assert.Single(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.nat");
        Assert.Equal(Severity.Info, natural.Severity);
        Assert.Contains("767", natural.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "R-N3" && f.Code == "s3.carry_out.tot");
        Assert.DoesNotContain(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.tot");
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Pingtan_reports_of_the_2021_form_satisfy_every_printed_identity(int year)
    {
        var reports = ShippedData.Pingtan();
        var report = reports.Single(r => r.Year == year);

        var result = Validator.Validate(report, reports.Single(r => r.Year == year - 1));

        Assert.DoesNotContain(result.Findings, f => f.Rule.StartsWith("R-", StringComparison.Ordinal) || f.Rule == "X-N1");
    }

    [Fact]
    public void Pingtan_2020_outcome_rows_that_do_not_add_up_are_flagged_with_both_numbers()
    {
        var report = ShippedData.Load("pingtan", 2020);

        var result = Validator.Validate(report);

        var finding = Assert.Single(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.nat");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("$.values[\"s3.done.nat\"]", finding.Path);
        Assert.StartsWith("（七）总计 自然人 20 ≠ 26 = （一）予以公开 自然人 … ", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("s3.done.nat = 20 ≠ 26", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Numbers, n => n.Key == "s3.granted.nat" && n.Value == 6);
        Assert.Equal(20m, report.Number("s3.done.nat"));
    }

    [Fact]
    public void Carry_over_holds_along_pingtan_2019_to_2025_and_is_flagged_when_one_is_altered()
    {
        var reports = ShippedData.Pingtan();
        var data = DataSet.FromReports([], reports.Select(r => new SourcedReport(r, $"data/pingtan/{r.Year}.json")));
        Assert.DoesNotContain(Validator.Validate(data).Findings, f => f.Rule == "X-N1");
        Assert.Equal(1m, reports.Single(r => r.Year == 2021).Number("s3.carry_out.nat"));
        Assert.Equal(1m, reports.Single(r => r.Year == 2022).Number("s3.carry_in.nat"));

        var altered = reports.Select(r => r.Year == 2021 ? r.With(("s3.carry_out.nat", 2)) : r);
        var result = Validator.Validate(DataSet.FromReports([], altered.Select(r => new SourcedReport(r, $"data/pingtan/{r.Year}.json"))));

        var finding = Assert.Single(result.Findings, f => f.Rule == "X-N1");
        Assert.Equal("data/pingtan/2022.json", finding.File);
        Assert.Equal("s3.carry_in.nat", finding.Code);
        Assert.Contains(finding.Numbers, n => n.Key == "s3.carry_out.nat@-1" && n.Value == 2);
        Assert.True(finding.IsBlocking);
    }

    [Fact]
    public void Fujians_running_totals_grow_by_each_years_figure_and_a_restart_is_a_warning_not_an_error()
    {
        // Fictional figures (示例数据): every row a year's figure of 1 … and a running total that grows by it.
        static Report Fujian(int year, decimal start) => new("sample", year, Forms.Fujian2014Id, Forms.Fujian2014.Indicators.ToDictionary(
            i => i.Code,
            i => ReportValue.Of((i.RowCode == "fj.apply.total" ? 3 : i.RowCode == "fj.reply.total" ? 4 : i.RowCode == "fj.active.total" ? 2 : 1) * (i.ColumnCode == "year" ? 1 : start + year - 2014)),
            StringComparer.Ordinal));
        var (y2016, y2017) = (Fujian(2016, 10), Fujian(2017, 10));
        Assert.DoesNotContain(Validator.Validate(y2017, y2016).Findings, f => f.Severity != Severity.Info);

        // The running total of 主动公开文件数 restarted in 2017, as 平潭's did: a warning on that cell, to explain.
        var restarted = y2017.With(("fj.active.total.cum", 2), ("fj.active.website.cum", 1), ("fj.active.gazette.cum", 1));
        var findings = Validator.Validate(restarted, y2016).Findings.Where(f => f.Severity != Severity.Info).ToList();
        Assert.Equal(["fj.active.gazette.cum", "fj.active.total.cum", "fj.active.website.cum"], findings.Select(f => f.Code!).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(("X-F1", Severity.Warning), (f.Rule, f.Severity)));

        // Channels that do not add up to 受理依申请公开信息总数 break the table's own sum.
        var error = Assert.Single(Validator.Validate(y2016.With(("fj.apply.online.year", 5)), null).Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("R-F1", "fj.apply.total.year"), (error.Rule, error.Code));
    }

    [Fact]
    public void Carry_over_is_not_checked_for_2019_whose_previous_year_used_the_old_form()
    {
        var report = ShippedData.Load("pingtan", 2019).With(("s3.carry_in.nat", 5));
        var previous = ShippedData.Load("shanggao-county", 2017) with { Agency = "pingtan", Year = 2018 };

        var result = Validator.Validate(report, previous);

        Assert.DoesNotContain(result.Findings, f => f.Rule == "X-N1");
    }

    [Fact]
    public void A_blank_addend_never_makes_an_identity_fail_by_being_read_as_zero()
    {
        var report = ShippedData.Load("pingtan", 2025).With(("s3.granted.nat", null));

        var result = Validator.Validate(report);

        Assert.DoesNotContain(result.Findings, f => f.Code == "s3.done.nat" && f.Severity == Severity.Error);
        var info = Assert.Single(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.nat");
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("33", info.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_addend_never_makes_an_identity_pass_by_being_read_as_zero()
    {
        var report = ShippedData.Load("pingtan", 2025).With(("s3.refused.secret.nat", 0), ("s3.granted.nat", null), ("s3.done.nat", 114));

        var result = Validator.Validate(report);

        var finding = Assert.Single(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.nat");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("仅当", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_cells_that_already_exceed_a_fully_known_total_break_the_identity_whatever_the_blanks_hold()
    {
        var report = ShippedData.Load("pingtan", 2025).With(("s3.granted.nat", null), ("s3.done.nat", 100));

        var result = Validator.Validate(report);

        Assert.Contains(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.nat" && f.Severity == Severity.Error);
    }

    [Fact]
    public void A_figure_the_text_restates_is_not_contradicted_by_a_table_sum_whose_blank_cells_could_make_it_up()
    {
        var report = ShippedData.Load("pingtan", 2025).With(("s4.lit_direct.total", null)) with
        {
            Narrative = [new NarrativeSection("一、总体情况", ["全年办理行政诉讼9起。"])],
        };

        var result = Validator.Validate(report);

        Assert.DoesNotContain(result.Findings, f => f.Rule == "T-LIT");
    }

    [Fact]
    public void A_table_sum_with_blank_cells_that_already_exceeds_the_text_is_flagged_as_a_lower_bound()
    {
        var report = ShippedData.Load("pingtan", 2025).With(("s4.lit_direct.total", null), ("s4.lit_after.total", 12)) with
        {
            Narrative = [new NarrativeSection("一、总体情况", ["全年办理行政诉讼9起。"])],
        };

        var result = Validator.Validate(report);

        var finding = Assert.Single(result.Findings, f => f.Rule == "T-LIT");
        Assert.Contains("≥ 12", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_total_leaves_the_rule_unchecked()
    {
        var report = ShippedData.Load("pingtan", 2025).With(("s3.done.nat", null));

        var result = Validator.Validate(report);

        Assert.DoesNotContain(result.Findings, f => f.Rule == "R-N2" && f.Code == "s3.done.nat");
    }

    [Fact]
    public void An_acknowledged_error_stays_visible_but_no_longer_fails()
    {
        var report = ShippedData.Load("pingtan", 2020) with
        {
            Acknowledged = [new Acknowledgement("R-N2", "published table breaks the identity", "s3.done.nat")],
        };

        var result = Validator.Validate(report);

        var acknowledged = Assert.Single(result.Findings, f => f.Code == "s3.done.nat" && f.Rule == "R-N2");
        Assert.True(acknowledged.IsAcknowledged);
        Assert.False(acknowledged.IsBlocking);
        Assert.Contains(result.Findings, f => f.Code == "s3.done.tot" && f.IsBlocking);
    }

    [Fact]
    public void An_acknowledgement_that_matches_nothing_is_reported()
    {
        var report = ShippedData.Load("pingtan", 2025) with { Acknowledged = [new Acknowledgement("R-N2", "stale", "s3.done.nat")] };

        var result = Validator.Validate(report);

        var stale = Assert.Single(result.Findings, f => f.Rule == "D-ACK");
        Assert.Equal("$.acknowledged[0]", stale.Path);
    }

    [Theory]
    [InlineData(Forms.National2021Id, 2016, Severity.Error)]
    [InlineData(Forms.National2014Id, 2019, Severity.Warning)]
    [InlineData(Forms.National2019Id, 2023, Severity.Error)]
    public void A_form_that_does_not_fit_the_year_is_flagged(string form, int year, Severity severity)
    {
        var report = new Report("x", year, form, new Dictionary<string, ReportValue>());

        var result = Validator.Validate(report);

        Assert.Equal(severity, Assert.Single(result.Findings, f => f.Rule == "F-YEAR").Severity);
    }

    [Fact]
    public void Negative_counts_and_fractional_counts_are_errors_but_a_negative_change_is_not()
    {
        var report = ShippedData.Load("pingtan", 2020).With(("s3.new.org.biz", -1), ("s2v19.rules.made", 1.5m));

        var result = Validator.Validate(report);

        Assert.Contains(result.Findings, f => f.Rule == "V-NEG" && f.Code == "s3.new.org.biz" && f.IsBlocking);
        Assert.Contains(result.Findings, f => f.Rule == "V-INT" && f.Code == "s2v19.rules.made");
        Assert.Equal(-15m, report.Number("s2v19.fees.delta"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "s2v19.fees.delta");
    }

    [Fact]
    public void Soft_section_two_chains_are_warnings()
    {
        var reports = ShippedData.Pingtan();

        var result = Validator.Validate(reports[1], reports[0]);

        var chain = Assert.Single(result.Findings, f => f.Rule == "X-S2c");
        Assert.Equal(Severity.Warning, chain.Severity);
        Assert.Equal("s2v19.rules.public_total", chain.Code);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.pingtan.gov.cn/x.htm")]
    [InlineData("file:///etc/passwd")]
    public void A_source_address_that_is_not_http_is_an_error(string url)
    {
        var report = ShippedData.Load("pingtan", 2025);
        report = report with { Provenance = report.Provenance! with { SourceUrl = url } };

        var result = Validator.Validate(report);

        var finding = Assert.Single(result.Findings, f => f.Rule == "V-URL");
        Assert.Equal("$.provenance.sourceUrl", finding.Path);
        Assert.True(finding.IsBlocking);
    }
}
