namespace OpenData.Tests;

/// <summary>Agencies' parents, levels and division codes; years missing from a series; reports published late.</summary>
public sealed class HierarchyAndCompletenessTests
{
    [Fact]
    public void A_parent_that_is_no_agency_and_a_loop_of_parents_are_errors_naming_the_file()
    {
        var root = DataFolder(
            ("city", """{ "id": "city", "name": "市", "level": "市级", "parent": "province" }"""),
            ("province", """{ "id": "province", "name": "省", "level": "省级", "parent": "city" }"""),
            ("bureau", """{ "id": "bureau", "name": "局", "level": "部门", "parent": "nowhere" }"""),
            ("office", """{ "id": "office", "name": "办公室", "level": "部门", "parent": "city" }"""));

        var findings = Validator.Validate(DataSet.Load(root)).Findings;

        var missing = Assert.Single(findings, f => f.Rule == "A-PARENT");
        Assert.Equal($"{root}/bureau/agency.json", missing.File);
        Assert.Equal("$.parent", missing.Path);
        Assert.Contains("nowhere", missing.MessageZh, StringComparison.Ordinal);
        var loop = Assert.Single(findings, f => f.Rule == "A-CYCLE");
        Assert.Equal($"{root}/city/agency.json", loop.File);
        Assert.Contains("city → province → city", loop.MessageEn, StringComparison.Ordinal);
        Assert.All(findings.Where(f => f.Rule.StartsWith("A-", StringComparison.Ordinal)), f => Assert.True(f.IsBlocking));
    }

    [Fact]
    public void An_agency_that_is_its_own_parent_is_a_loop()
    {
        var root = DataFolder(("self", """{ "id": "self", "name": "自己", "parent": "self" }"""));

        var loop = Assert.Single(Validator.Validate(DataSet.Load(root)).Findings, f => f.Rule == "A-CYCLE");

        Assert.Contains("self → self", loop.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("35012", false)]
    [InlineData("3501281", false)]
    [InlineData("99012a", false)]
    [InlineData("990128", false)]
    [InlineData("００００００", false)]
    [InlineData("350128", true)]
    [InlineData("310000", true)]
    [InlineData("820000", true)]
    public void A_division_code_is_six_digits_under_a_province_level_code(string code, bool valid)
    {
        var root = DataFolder(("pingtan", $$"""{ "id": "pingtan", "name": "平潭综合实验区", "divisionCode": "{{code}}" }"""));

        var findings = DataSet.Load(root).Findings;

        Assert.Equal(valid, DivisionCodes.IsValid(code));
        if (valid)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("A-CODE", "$.divisionCode", $"{root}/pingtan/agency.json"), (finding.Rule, finding.Path, finding.File));
        }
    }

    [Fact]
    public void A_level_outside_the_fixed_list_is_refused_with_its_path()
    {
        var root = DataFolder(("x", """{ "id": "x", "name": "某局", "level": "厅级" }"""));

        var finding = Assert.Single(DataSet.Load(root).Findings);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("$.level", finding.Path);
        Assert.Equal($"{root}/x/agency.json", finding.File);
    }

    [Fact]
    public void Levels_parents_and_codes_are_read_and_written_back_unchanged()
    {
        var agency = new Agency("pingtan-bureau", "平潭综合实验区财政金融局", Level: AgencyLevel.Department, Parent: "pingtan", DivisionCode: "350128");

        var json = DataFiles.Serialize(agency);
        var read = DataFiles.ParseAgency(System.Text.Encoding.UTF8.GetBytes(json), "agency.json");

        Assert.Contains("\"level\": \"部门\"", json, StringComparison.Ordinal);
        Assert.Contains("\"parent\": \"pingtan\"", json, StringComparison.Ordinal);
        Assert.Empty(read.Findings);
        Assert.Equal(agency with { Schema = "../agency.schema.json" }, read.Value);
    }

    [Fact]
    public void A_deleted_year_inside_the_series_is_a_warning_and_the_next_year_says_its_carry_over_went_unchecked()
    {
        var data = DataSet.FromReports([new Agency("pingtan", "平潭综合实验区")],
            ShippedData.Pingtan().Where(r => r.Year != 2021).Select(r => new SourcedReport(r, $"data/pingtan/{r.Year}.json")));

        var findings = Validator.Validate(data).Findings;

        var gap = Assert.Single(findings, f => f.Rule == "C-GAP");
        Assert.Equal((Severity.Warning, 2021, "pingtan"), (gap.Severity, gap.Year, gap.Agency));
        var skipped = Assert.Single(findings, f => f.Rule == "C-SKIP");
        Assert.Equal((2022, "data/pingtan/2022.json"), (skipped.Year, skipped.File));
        Assert.Contains("X-N1", skipped.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2021", skipped.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_series_has_no_gap_and_skips_nothing()
    {
        var data = DataSet.FromReports([new Agency("pingtan", "平潭综合实验区")], ShippedData.Pingtan().Select(r => new SourcedReport(r, $"data/pingtan/{r.Year}.json")));

        var findings = Validator.Validate(data).Findings;

        Assert.DoesNotContain(findings, f => f.Rule is "C-GAP" or "C-SKIP");
    }

    [Fact]
    public void Pingtan_2021_published_on_2022_02_08_is_late_for_the_31_january_deadline()
    {
        var report = ShippedData.Load("pingtan", 2021);
        Assert.Equal(new DateOnly(2022, 2, 8), report.Provenance!.PublishedOn);

        var late = Assert.Single(Validator.Validate(report, agency: new Agency("pingtan", "平潭综合实验区")).Findings, f => f.Rule == "C-LATE");

        Assert.Equal((Severity.Warning, "$.provenance.publishedOn"), (late.Severity, late.Path));
        Assert.Contains("2022-01-31", late.MessageZh, StringComparison.Ordinal);
        Assert.Contains("8 天", late.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2017, null, "2018-03-31")]
    [InlineData(2018, AgencyLevel.Department, "2019-03-31")]
    [InlineData(2019, AgencyLevel.Department, "2020-01-31")]
    [InlineData(2021, null, "2022-01-31")]
    [InlineData(2021, AgencyLevel.StateCouncilDepartment, "2022-01-31")]
    [InlineData(2021, AgencyLevel.Township, "2022-01-31")]
    [InlineData(2021, AgencyLevel.County, "2022-03-31")]
    [InlineData(2021, AgencyLevel.Province, "2022-03-31")]
    public void The_deadline_is_31_march_before_2019_and_for_a_governments_own_report_and_31_january_for_departments(int year, AgencyLevel? level, string deadline)
    {
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), PublicationDeadline.For(year, level));
        Assert.False(PublicationDeadline.IsLate(year, level, PublicationDeadline.For(year, level)));
        Assert.True(PublicationDeadline.IsLate(year, level, PublicationDeadline.For(year, level).AddDays(1)));
    }

    [Fact]
    public void A_county_governments_own_2021_report_published_in_february_is_on_time_and_a_date_inside_the_year_is_a_slip()
    {
        var report = ShippedData.Load("pingtan", 2021);
        var county = new Agency("pingtan", "平潭综合实验区", Level: AgencyLevel.County);
        var early = report with { Provenance = report.Provenance! with { PublishedOn = new DateOnly(2021, 12, 1) } };

        Assert.DoesNotContain(Validator.Validate(report, agency: county).Findings, f => f.Rule is "C-LATE" or "C-DATE");
        Assert.Single(Validator.Validate(early, agency: county).Findings, f => f.Rule == "C-DATE");
    }

    [Fact]
    public void A_late_report_can_be_acknowledged_like_any_other_finding()
    {
        var report = ShippedData.Load("pingtan", 2021);
        var acknowledged = report with { Acknowledged = [.. report.Acknowledged, new Acknowledgement("C-LATE", "报告经批准延期发布")] };

        var late = Assert.Single(Validator.Validate(acknowledged, agency: new Agency("pingtan", "平潭综合实验区")).Findings, f => f.Rule == "C-LATE");

        Assert.Equal("报告经批准延期发布", late.Acknowledged);
    }

    private static string DataFolder(params (string Id, string Json)[] agencies)
    {
        var root = RepoPaths.NewTempFolder();
        foreach (var (id, json) in agencies)
        {
            Directory.CreateDirectory(Path.Combine(root, id));
            File.WriteAllText(Path.Combine(root, id, "agency.json"), json);
        }

        return root;
    }
}
