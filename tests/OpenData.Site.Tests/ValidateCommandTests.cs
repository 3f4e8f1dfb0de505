namespace OpenData.Site.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_accepts_the_shipped_data_folder()
    {
        var outcome = CliRunner.Run("validate", RepoPaths.Data);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("0 errors", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_a_usage_error_with_exit_code_2()
    {
        var outcome = CliRunner.Run("validate", "--format", "xml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("xml", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_the_file_and_json_path_of_an_unknown_code()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "2017.json");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Data, "shanggao-county", "2017.json"))
            .Replace("\"old.fees\"", "\"old.feez\"", StringComparison.Ordinal);
        File.WriteAllText(file, text);

        var outcome = CliRunner.Run("validate", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}: $.values[\"old.feez\"]: error D-CODE", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }
}
