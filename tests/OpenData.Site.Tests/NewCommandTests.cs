namespace OpenData.Site.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public void New_creates_a_skeleton_that_validates_and_builds_at_once()
    {
        var site = Path.Combine(RepoPaths.NewTempFolder(), "site");

        var created = CliRunner.Run("new", site, "--agency-id", "test-agency", "--agency-name", "测试机关（示例数据）", "--year", "2025");
        var validated = CliRunner.Run("validate", Path.Combine(site, "data"));
        var built = CliRunner.Run("build", "--data", Path.Combine(site, "data"), "--input", Path.Combine(site, "input"), "--output", Path.Combine(site, "output"));

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, validated.ExitCode);
        Assert.True(built.ExitCode == 0, built.Error);
        var report = DataFiles.ReadReport(Path.Combine(site, "data", "test-agency", "2025.json")).Value!;
        Assert.Equal(Forms.National2021Id, report.Form);
        Assert.Equal(Forms.National2021.Indicators.Count, report.Values.Count);
        Assert.All(report.Values.Values, v => Assert.True(v.IsBlank));
        var page = File.ReadAllText(Path.Combine(site, "output", "agencies", "test-agency", "2025", "index.html"));
        Assert.Contains("测试机关（示例数据）", page, StringComparison.Ordinal);
        Assert.Contains("—", page, StringComparison.Ordinal);
    }

    [Fact]
    public void New_uses_the_form_of_the_year()
    {
        var site = Path.Combine(RepoPaths.NewTempFolder(), "site");

        CliRunner.Run("new", site, "--year", "2016");

        Assert.Equal(Forms.National2014Id, DataFiles.ReadReport(Path.Combine(site, "data", "my-agency", "2016.json")).Value!.Form);
    }

    [Theory]
    [InlineData("--agency-id", "Bad Id")]
    [InlineData("--year", "1999")]
    public void New_refuses_bad_arguments_as_usage_errors(string option, string value)
    {
        var outcome = CliRunner.Run("new", Path.Combine(RepoPaths.NewTempFolder(), "site"), option, value);

        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public void New_never_writes_into_a_folder_that_holds_files()
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

        var outcome = CliRunner.Run("new", folder);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Single(Directory.EnumerateFileSystemEntries(folder));
    }
}
