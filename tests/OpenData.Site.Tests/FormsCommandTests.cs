using System.Text.Json;

namespace OpenData.Site.Tests;

public sealed class FormsCommandTests
{
    [Theory]
    [InlineData("national-2014")]
    [InlineData("national-2019")]
    [InlineData("national-2021")]
    public void Forms_show_prints_every_indicator_and_rule(string form)
    {
        var outcome = CliRunner.Run("forms", "show", form);

        Assert.Equal(0, outcome.ExitCode);
        Golden.Match(outcome.Output, RepoPaths.Source("OpenData.Site.Tests", $"Golden/forms-{form}.txt"));
    }

    [Fact]
    public void Forms_show_as_json_lists_every_code_for_scripts()
    {
        var outcome = CliRunner.Run("forms", "show", "national-2021", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Output);
        var codes = json.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Equal(Forms.National2021.Indicators.Select(i => i.Code), codes);
        Assert.Equal(Forms.National2021.Rules.Count, json.RootElement.GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Forms_show_refuses_an_unknown_form_as_a_usage_error()
    {
        var outcome = CliRunner.Run("forms", "show", "national-2030");

        Assert.Equal(2, outcome.ExitCode);
    }
}
