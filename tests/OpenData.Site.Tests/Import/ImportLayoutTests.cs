using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

public sealed class ImportLayoutTests
{
    [Theory]
    [InlineData("shanggao-2017-pipe.txt")]
    [InlineData("shanggao-2017-cells.txt")]
    [InlineData("shanggao-2017-tabs.txt")]
    [InlineData("shanggao-2017-spaces.txt")]
    [InlineData("shanggao-2017.html")]
    public void Import_reads_the_same_shanggao_table_from_every_layout(string fixture)
    {
        var expected = Samples.ImportReport("shanggao-county-2017.txt");

        var report = Samples.ImportFixture(fixture);

        Assert.Equal(Forms.National2014Id, report.Form);
        Assert.Equal(2017, report.Year);
        Assert.Equal(expected.Values, report.Values);
        // The anomaly's location is the label as this copy prints it.
        Assert.Equal(expected.Anomalies.Select(a => (Labels.Normalize(a.Location), a.Text)), report.Anomalies.Select(a => (Labels.Normalize(a.Location), a.Text)));
    }

    [Theory]
    [InlineData("shanghai-2019-pipe.txt")]
    [InlineData("shanghai-2019-cells.txt")]
    [InlineData("shanghai-2019-tabs.txt")]
    [InlineData("shanghai-2019.html")]
    public void Import_reads_the_same_shanghai_table_from_every_layout(string fixture)
    {
        var expected = Samples.ImportReport("shanghai-gov-office-2019.txt");

        var report = Samples.ImportFixture(fixture);

        Assert.Equal(Forms.National2019Id, report.Form);
        Assert.Equal(2019, report.Year);
        Assert.Equal(expected.Values, report.Values);
    }

    [Fact]
    public void Import_of_an_html_table_records_the_html_method()
    {
        var report = Samples.ImportFixture("shanghai-2019.html");

        Assert.Equal(ProvenanceMethod.ImportedHtml, report.Provenance!.Method);
        Assert.Equal("2019年上海市人民政府办公厅政府信息公开工作年度报告", report.Title);
    }

    [Fact]
    public void Import_maps_garbled_column_headers_by_position_and_says_so()
    {
        var expected = Samples.ImportReport("shanghai-gov-office-2019.txt");

        var result = ReportImporter.ImportFile(Samples.FixturePath("garbled-headers-shanghai-2019.txt"), new ImportOptions("fixture"));

        Assert.False(result.Failed);
        Assert.Equal(expected.Values, result.Report!.Values);
        var note = Assert.Single(result.Findings, f => f.Rule == "D-COLPOS");
        Assert.Equal(24, note.Line);
        Assert.Contains("三、收到和处理政府信息公开申请情况", note.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_matches_rows_whose_labels_differ_only_in_punctuation_digits_and_spaces()
    {
        var text = """
            平潭综合实验区2025年政府信息公开工作年度报告
            | 项目 | 自然人 | 商业 企业 | 科研机构 | 社会公益 组织 | 法律服务机构 | 其他 | 总计 |
            | 一、本年新收政府信息公开申请数量 | １５１ | 3 | 0 | 0 | 0 | 0 | 1,154 |
            | 3、危及‘三安全一稳定’ | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            | （二）部分公开 | 38 | 0 | 0 | 0 | 0 | 0 | 38 |
            """;

        var source = TextSourceReader.Read("inline.txt", text);
        var mapped = TableMapper.Map(source, ImportLayout.For(Forms.National2021));

        Assert.Equal(151m, mapped.Values["s3.new.nat"].Number);
        Assert.Equal(1154m, mapped.Values["s3.new.tot"].Number);
        Assert.Equal(0m, mapped.Values["s3.refused.security.tot"].Number);
        Assert.Equal(38m, mapped.Values["s3.partial.nat"].Number);
        Assert.DoesNotContain(mapped.Findings, f => f.Rule == "D-COLPOS");
    }

    [Fact]
    public void Import_maps_tables_without_column_headers_by_position()
    {
        var expected = Samples.ImportReport("shanghai-gov-office-2019.txt");
        var lines = File.ReadAllLines(Samples.FixturePath("shanghai-2019-pipe.txt"))
            .Where(l => !l.StartsWith("| 项目", StringComparison.Ordinal) && !l.StartsWith("| 信息内容", StringComparison.Ordinal) && !l.StartsWith("| 类别", StringComparison.Ordinal));

        var result = ReportImporter.Import("headerless.txt", string.Join("\n", lines), new ImportOptions("fixture"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(expected.Values, result.Report!.Values);
        Assert.Equal(7, result.Findings.Count(f => f.Rule == "D-COLPOS"));
    }

    [Fact]
    public void Import_skips_a_section_title_printed_as_a_row_of_its_own()
    {
        var text = File.ReadAllText(Samples.FixturePath("shanghai-2019-pipe.txt"))
            .Replace("四、政府信息公开行政复议、行政诉讼情况\n", "| 四、政府信息公开行政复议、行政诉讼情况 |\n", StringComparison.Ordinal);

        var result = ReportImporter.Import("titled.txt", text, new ImportOptions("fixture"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(7m, result.Report!.Number("s4.rev.total"));
    }

    [Fact]
    public void Import_reads_html_section_four_under_a_three_level_header_without_a_label_column()
    {
        var expected = Samples.ImportReport("pingtan-2025.txt");

        var result = ReportImporter.ImportFile(Samples.FixturePath("pingtan-2025.html"), new ImportOptions("fixture"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(expected.Values, result.Report!.Values);
        Assert.DoesNotContain(result.Findings, f => f.Rule is "D-COLPOS" || f.Rule.StartsWith("T-", StringComparison.Ordinal));
        Assert.Equal(Forms.National2021Id, result.Report.Form);
    }

    [Fact]
    public void Import_reads_a_gbk_encoded_copy_and_says_so()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var file = Path.Combine(RepoPaths.NewTempFolder(), "shanggao-gbk.txt");
        File.WriteAllBytes(file, System.Text.Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Samples.FixturePath("shanggao-2017-pipe.txt"))));
        var expected = Samples.ImportReport("shanggao-county-2017.txt");

        var result = ReportImporter.ImportFile(file, new ImportOptions("fixture"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(expected.Values, result.Report!.Values);
        Assert.Contains(result.Findings, f => f.Rule == "D-ENC" && f.Severity == Severity.Info);
    }
}
