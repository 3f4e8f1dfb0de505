namespace OpenData.Site.Tests.Import;

public sealed class ImportErrorTests
{
    [Fact]
    public void Import_refuses_a_source_whose_form_it_cannot_recognise_naming_the_file_and_line_and_writes_nothing()
    {
        var output = RepoPaths.NewTempFolder();
        var file = Samples.FixturePath("unrecognised.txt");

        var outcome = CliRunner.Run("import", file, "--agency", "fixture", "--year", "2019", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:4: error D-FORMAT:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("nothing written", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Theory]
    [InlineData("truncated-shanghai-2019.txt", "D-MISSING", "s3.noproc.publication.nat")]
    [InlineData("truncated-shanggao-2017-cells.txt", "D-TRUNC", null)]
    [InlineData("misfit-shanghai-2019.txt", "D-CELLS", null)]
    public void Import_writes_what_is_certain_and_leaves_what_is_not_blank_with_a_finding_in_the_file(string fixture, string rule, string? code)
    {
        var output = RepoPaths.NewTempFolder();
        var file = Samples.FixturePath(fixture);

        var outcome = CliRunner.Run("import", file, "--agency", "fixture", "--agency-name", "示例机关（示例数据）", "--year", fixture.Contains("2017", StringComparison.Ordinal) ? "2017" : "2019", "--out", output);

        Assert.Equal(3, outcome.ExitCode);
        var written = Directory.EnumerateFiles(Path.Combine(output, "fixture"), "20*.json").Single();
        var report = DataFiles.ReadReport(written).Value!;
        var finding = Assert.Single(report.ImportFindings!, f => f.Rule == rule && (code is null || f.Codes.Contains(code)));
        Assert.NotEmpty(finding.Codes);
        Assert.All(finding.Codes, c => Assert.True(report.Value(c).IsBlank, $"{c} must be blank"));
        Assert.Contains(report.Values.Values, v => !v.IsBlank);
        Assert.Contains($"warning {rule}", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("unsure", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_names_the_row_a_truncated_table_is_missing()
    {
        var outcome = CliRunner.Run("import", Samples.FixturePath("truncated-shanghai-2019.txt"), "--agency", "fixture", "--agency-name", "示例", "--out", RepoPaths.NewTempFolder());

        Assert.Contains("3.要求提供公开出版物", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_says_how_many_cells_a_misfit_row_has_and_needs()
    {
        var outcome = CliRunner.Run("import", Samples.FixturePath("misfit-shanghai-2019.txt"), "--agency", "fixture", "--agency-name", "示例", "--out", RepoPaths.NewTempFolder());

        Assert.Contains("有 6 个数值单元格", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("has 7", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_missing_file_fails_with_exit_code_1()
    {
        var outcome = CliRunner.Run("import", "no-such-report.txt", "--agency", "fixture", "--out", RepoPaths.NewTempFolder());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no-such-report.txt:1: error D-FILE", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_an_invalid_agency_id_as_a_usage_error()
    {
        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--agency", "Ping Tan", "--out", RepoPaths.NewTempFolder());

        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public void Import_of_a_new_agency_without_an_id_fails_that_file_and_says_to_give_one()
    {
        var output = RepoPaths.NewTempFolder();

        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        Assert.Contains("--agency", outcome.Error, StringComparison.Ordinal);
    }
}
