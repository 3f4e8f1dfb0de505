using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

public sealed class ImportTextTests
{
    [Theory]
    [InlineData("", null, null, null)]
    [InlineData("\u00A0", null, null, null)]
    [InlineData("—", null, null, null)]
    [InlineData("0", "0", null, null)]
    [InlineData("１２３", "123", null, null)]
    [InlineData("12,345", "12345", null, null)]
    [InlineData("-15", "-15", null, null)]
    [InlineData("0.0", "0.0", null, null)]
    [InlineData("251000元", "251000", "元", "251000元")]
    [InlineData("75394432.52元", "75394432.52", "元", "75394432.52元")]
    public void Cells_are_read_as_published(string text, string? number, string? unit, string? raw)
    {
        var (value, problem) = CellText.Parse(text);

        Assert.Null(problem);
        Assert.Equal(number, value!.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unit, value.Unit);
        Assert.Equal(raw, value.Raw);
    }

    [Theory]
    [InlineData("约5")]
    [InlineData("5件左右")]
    [InlineData("1,23")]
    [InlineData("3①")] // a footnote mark: compatibility normalisation makes ① a 1, and 3① would read 31
    [InlineData("3²")]
    [InlineData("⑷")]
    [InlineData("12₁")]
    public void Cells_that_are_not_numbers_are_refused(string text)
    {
        var (value, problem) = CellText.Parse(text);

        Assert.Null(value);
        Assert.NotNull(problem);
    }

    [Fact]
    public void A_negative_count_is_kept_as_published_and_left_to_validation()
    {
        var text = File.ReadAllText(Samples.PathOf("pingtan-2025.txt")).Replace("| 行政处罚 | 644 |", "| 行政处罚 | -644 |", StringComparison.Ordinal);

        var result = ReportImporter.Import("edited.txt", text, new ImportOptions("pingtan"));

        Assert.False(result.Failed);
        Assert.Equal(-644m, result.Report!.Number("s2.penalty.decisions"));
        Assert.Contains(Validator.Validate(result.Report).Findings, f => f.Rule == "V-NEG" && f.Code == "s2.penalty.decisions");
    }

    [Fact]
    public void Numbers_the_text_restates_are_checked_against_the_table()
    {
        var text = File.ReadAllText(Samples.PathOf("pingtan-2025.txt"))
            .Replace("行政复议36起", "行政复议35起", StringComparison.Ordinal)
            .Replace("共办结148件", "共办结149件", StringComparison.Ordinal);

        var result = ReportImporter.Import("edited.txt", text, new ImportOptions("pingtan"));
        var findings = Validator.Validate(result.Report!).Findings;

        var review = Assert.Single(findings, f => f.Rule == "T-REVIEW");
        Assert.Equal(Severity.Warning, review.Severity);
        Assert.Contains("35", review.MessageZh, StringComparison.Ordinal);
        Assert.Contains("36", review.MessageZh, StringComparison.Ordinal);
        Assert.Equal("s4.rev.total", review.Code);
        Assert.StartsWith("$.narrative[", review.Path, StringComparison.Ordinal);
        var done = Assert.Single(findings, f => f.Rule == "T-DONE");
        Assert.Contains("149", done.MessageEn, StringComparison.Ordinal);
        Assert.Contains("148", done.MessageEn, StringComparison.Ordinal);
        Assert.Equal(36m, result.Report!.Number("s4.rev.total"));
    }

    [Fact]
    public void Numbers_the_text_restates_with_spaces_around_them_are_checked_too()
    {
        // As a PDF's converted text prints them: 行政复议 35 起.
        var text = File.ReadAllText(Samples.PathOf("pingtan-2025.txt")).Replace("行政复议36起", "行政复议 35 起", StringComparison.Ordinal);

        var result = ReportImporter.Import("edited.txt", text, new ImportOptions("pingtan"));

        var review = Assert.Single(Validator.Validate(result.Report!).Findings, f => f.Rule == "T-REVIEW");
        Assert.Contains("35", review.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void The_samples_text_agrees_with_their_tables(string name)
    {
        var result = Samples.Import(name);

        Assert.DoesNotContain(Validator.Validate(result.Report!).Findings, f => f.Rule.StartsWith("T-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_old_form_text_is_checked_too()
    {
        var text = File.ReadAllText(Samples.PathOf("shanggao-county-2017.txt")).Replace("收到政府信息公开申请7件", "收到政府信息公开申请8件", StringComparison.Ordinal);

        var result = ReportImporter.Import("edited.txt", text, new ImportOptions("shanggao-county", "上高县人民政府"));

        var finding = Assert.Single(Validator.Validate(result.Report!).Findings, f => f.Rule == "T-RECEIVED");
        Assert.Equal("old.apply.received.total", finding.Code);
        Assert.Matches(@"^\$\.narrative\[\d+\]\.(sections\[\d+\]\.)?paragraphs\[\d+\]$", finding.Path);
    }

    [Fact]
    public void A_unit_other_than_the_forms_is_kept_with_the_value_and_noted()
    {
        var text = File.ReadAllText(Samples.FixturePath("shanggao-2017-pipe.txt"))
            .Replace("| 七、依申请公开信息收取的费用 | 万元 | 0 |", "| 七、依申请公开信息收取的费用 | 元 | 500 |", StringComparison.Ordinal);

        var result = ReportImporter.Import("edited.txt", text, new ImportOptions("shanggao-county"));

        Assert.False(result.Failed);
        Assert.Equal(new ReportValue(500m, "元"), result.Report!.Value("old.fees"));
        var note = Assert.Single(result.Findings, f => f.Rule == "D-UNIT");
        Assert.Equal("old.fees", note.Code);
    }

    [Fact]
    public void Prose_with_wide_spaces_stays_text_and_is_not_read_as_a_row()
    {
        var text = File.ReadAllText(Samples.PathOf("pingtan-2025.txt"))
            .Replace("2025年，无收取信息处理费情况。", "联系地址：北厝金井湾片区  邮编：350400", StringComparison.Ordinal);

        var result = ReportImporter.Import("edited.txt", text, new ImportOptions("pingtan"));

        Assert.False(result.Failed);
        Assert.Equal(["联系地址：北厝金井湾片区  邮编：350400"], result.Report!.Narrative[^1].Paragraphs);
    }

    [Fact]
    public void Any_count_reads_the_same_in_half_width_full_width_and_with_thousands_separators()
    {
        Gen.Long[0, 999_999_999_999].Sample(n =>
        {
            var plain = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var grouped = n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
            var fullWidth = new string([.. plain.Select(c => (char)(c - '0' + '０'))]);

            Assert.All(new[] { plain, grouped, fullWidth, $" {plain}\u00A0" }, text => Assert.Equal(n, CellText.Parse(text).Value!.Number));
        });
    }

    [Fact]
    public void Normalising_a_label_twice_changes_nothing()
    {
        string[] labels = [.. Forms.All.SelectMany(f => f.Tables).SelectMany(t => t.Rows).Select(r => r.Label)];

        Gen.Int[0, labels.Length - 1].Sample(i => Assert.Equal(Labels.Normalize(labels[i]), Labels.Normalize(Labels.Normalize(labels[i]))));
    }

    [Fact]
    public void Validate_checks_the_narrative_kept_in_a_data_file_again_and_names_the_paragraph()
    {
        var text = File.ReadAllText(Samples.PathOf("pingtan-2025.txt")).Replace("行政复议36起", "行政复议35起", StringComparison.Ordinal);
        var folder = RepoPaths.NewTempFolder();
        var data = Path.Combine(folder, "data");
        File.WriteAllText(Path.Combine(folder, "pingtan-2025.txt"), text);
        Assert.Equal(0, CliRunner.Run("import", Path.Combine(folder, "pingtan-2025.txt"), "--agency", "pingtan", "--out", data).ExitCode);

        var outcome = CliRunner.Run("validate", data);

        Assert.Contains("$.narrative[", outcome.Output + outcome.Error, StringComparison.Ordinal);
        Assert.Contains("warning T-REVIEW", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }
}
