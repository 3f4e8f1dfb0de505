namespace OpenData.Site.Tests.Import;

public sealed class ImportErrorTests
{
    [Theory]
    [InlineData("unrecognised.txt", "D-FORMAT", 4)]
    [InlineData("truncated-shanghai-2019.txt", "D-TRUNC", 40)]
    [InlineData("truncated-shanggao-2017-cells.txt", "D-TRUNC", 83)]
    [InlineData("misfit-shanghai-2019.txt", "D-CELLS", 26)]
    public void Import_refuses_a_table_it_cannot_read_naming_the_file_and_line_and_writes_nothing(string fixture, string rule, int line)
    {
        var output = RepoPaths.NewTempFolder();
        var file = Samples.FixturePath(fixture);

        var outcome = CliRunner.Run("import", file, "--agency", "fixture", "--year", "2019", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:{line}: error {rule}:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("nothing written", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void Import_names_the_row_a_truncated_table_is_missing()
    {
        var outcome = CliRunner.Run("import", Samples.FixturePath("truncated-shanghai-2019.txt"), "--agency", "fixture", "--out", RepoPaths.NewTempFolder());

        Assert.Contains("3.要求提供公开出版物", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_says_how_many_cells_a_misfit_row_has_and_needs()
    {
        var outcome = CliRunner.Run("import", Samples.FixturePath("misfit-shanghai-2019.txt"), "--agency", "fixture", "--out", RepoPaths.NewTempFolder());

        Assert.Contains("有 6 个数值单元格", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("has 7", outcome.Error, StringComparison.Ordinal);
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
    public void Import_of_a_new_agency_without_an_id_is_a_usage_error()
    {
        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--out", RepoPaths.NewTempFolder());

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--agency", outcome.Error, StringComparison.Ordinal);
    }
}
