namespace OpenData.Site.Tests.Import;

public sealed class ImportGoldenTests
{
    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void Import_of_each_sample_matches_its_golden_data_file(string name)
    {
        var report = Samples.ImportReport(name);

        Golden.Match(DataFiles.Serialize(report), RepoPaths.Source("OpenData.Site.Tests", $"Import/Golden/{Path.GetFileNameWithoutExtension(name)}.json"));
    }

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void Import_gives_every_cell_of_the_form_a_value_or_a_blank(string name)
    {
        var report = Samples.ImportReport(name);

        Assert.Equal(report.FormDefinition!.Indicators.Select(i => i.Code), report.Values.Keys);
    }

    [Theory]
    [InlineData("pingtan-2025.txt", "s3.new.tot", "154")]
    [InlineData("pingtan-2025.txt", "s3.done.nat", "147")]
    [InlineData("pingtan-2025.txt", "s3.carry_out.org.biz", "2")]
    [InlineData("pingtan-2025.txt", "s2.fees.amount_wan", "4166.241619")]
    [InlineData("pingtan-2025.txt", "s4.lit_after.total", "3")]
    [InlineData("pingtan-2020.txt", "s2v19.fees.delta", "-15")]
    [InlineData("pingtan-2020.txt", "s3.done.nat", "20")]
    [InlineData("pingtan-2021.txt", "s3.refused.enforce_file.nat", "6")]
    [InlineData("shanghai-gov-office-2019.txt", "s3.new.nat", "821")]
    [InlineData("shanghai-gov-office-2019.txt", "s3.done.tot", "805")]
    [InlineData("shanghai-gov-office-2019.txt", "s3.carry_out.tot", "72")]
    [InlineData("shanghai-gov-office-2019.txt", "s4.lit_direct.pending", "1")]
    [InlineData("shanggao-county-2017.txt", "old.active.total", "7221")]
    [InlineData("shanggao-county-2017.txt", "old.org.budget", "5")]
    [InlineData("shanggao-county-2017.txt", "old.train.trainees", "236")]
    public void Import_reads_published_figures(string name, string code, string expected)
    {
        var report = Samples.ImportReport(name);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), report.Number(code));
    }

    [Theory]
    [InlineData("shanghai-gov-office-2019.txt", "s3.granted.tot")]
    [InlineData("shanghai-gov-office-2019.txt", "s3.new.org.sci")]
    [InlineData("shanghai-gov-office-2019.txt", "s4.lit_after.total")]
    [InlineData("pingtan-2019.txt", "s2v19.normdoc.made")]
    [InlineData("pingtan-2025.txt", "s2.normdoc.in_force")]
    public void Import_keeps_blank_cells_blank_never_zero(string name, string code)
    {
        var report = Samples.ImportReport(name);

        Assert.True(report.Values.ContainsKey(code));
        Assert.True(report.Value(code).IsBlank);
    }

    [Fact]
    public void Import_keeps_an_inline_unit_and_the_raw_text()
    {
        var report = Samples.ImportReport("shanghai-gov-office-2019.txt");

        Assert.Equal(new ReportValue(251000m, "元", "251000元"), report.Value("s2v19.procure.amount"));
    }

    [Fact]
    public void Import_keeps_values_beside_heading_rows_as_anomalies_not_data()
    {
        var report = Samples.ImportReport("shanggao-county-2017.txt");

        Assert.Equal(
            [("(二)通过不同渠道和方式回应解读的情况", "1"), ("三、依申请公开情况", "7")],
            report.Anomalies.Select(a => (a.Location, a.Text)));
        Assert.Equal(58, report.Values.Count);
    }

    [Theory]
    [InlineData("shanggao-county-2017.txt", "national-2014", 2017, null)]
    [InlineData("shanghai-gov-office-2019.txt", "national-2019", 2019, "2019年上海市人民政府办公厅政府信息公开工作年度报告")]
    [InlineData("pingtan-2020.txt", "national-2019", 2020, "平潭综合实验区2020年政府信息公开工作年度报告")]
    [InlineData("pingtan-2025.txt", "national-2021", 2025, null)]
    public void Import_detects_the_form_year_and_title_and_keeps_only_a_printed_title(string name, string form, int year, string? title)
    {
        var result = Samples.Import(name);

        Assert.Equal(form, result.Report!.Form);
        Assert.Equal(year, result.Report.Year);
        Assert.Equal(title, result.Report.Title);
    }

    [Fact]
    public void Import_takes_provenance_from_the_notes_of_the_copy()
    {
        var report = Samples.ImportReport("pingtan-2021.txt");

        Assert.Equal(ProvenanceMethod.ImportedText, report.Provenance!.Method);
        Assert.Equal("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm", report.Provenance.SourceUrl);
        Assert.Equal(new DateOnly(2022, 2, 8), report.Provenance.PublishedOn);
        Assert.Equal("shared/samples/pingtan-2021.txt", report.Provenance.SourceFile);
        Assert.Contains(report.Provenance.Notes!, n => n.StartsWith("ambiguous rows:", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Provenance.Notes!, n => n.StartsWith("agency:", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_keeps_the_narrative_as_sections_with_sub_sections()
    {
        var report = Samples.ImportReport("shanghai-gov-office-2019.txt");

        Assert.Equal(["", "一、总体情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"], report.Narrative.Select(s => s.Title));
        Assert.Equal(["（一）主动公开方面", "（二）依申请公开方面", "（三）政府信息管理方面", "（四）平台建设方面", "（五）监督保障方面"],
            report.Narrative[1].Sections!.Select(s => s.Title));
        Assert.Equal(["无。"], report.Narrative[3].Paragraphs);
        Assert.DoesNotContain(report.Narrative.SelectMany(s => s.Paragraphs), p => p.Contains('|', StringComparison.Ordinal) || p.StartsWith("# ", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_of_the_shanggao_report_reproduces_the_transcribed_values()
    {
        // The 2017 file was first transcribed by a script; the importer must give exactly the same figures.
        var shipped = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "shanggao-county", "2017.json")).Value!;

        var report = Samples.ImportReport("shanggao-county-2017.txt");

        Assert.Equal(shipped.Values.OrderBy(p => p.Key, StringComparer.Ordinal), report.Values.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void Shipped_data_is_exactly_the_import_of_each_sample_plus_its_acknowledgements(string name)
    {
        var report = Samples.ImportReport(name);
        var file = Path.Combine(RepoPaths.Data, report.Agency, $"{report.Year}.json");
        var shipped = DataFiles.ReadReport(file).Value!;

        var expected = DataFiles.Serialize(report with { Acknowledged = shipped.Acknowledged, Corrections = shipped.Corrections });

        Assert.Equal(expected, File.ReadAllText(file));
    }
}
