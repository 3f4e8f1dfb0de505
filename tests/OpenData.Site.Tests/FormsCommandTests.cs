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
    public void Forms_show_gives_the_english_label_and_unit_of_every_indicator()
    {
        var json = CliRunner.Run("forms", "show", "national-2021", "--format", "json");
        var text = CliRunner.Run("forms", "show", "national-2021");

        using var document = JsonDocument.Parse(json.Output);
        var indicators = document.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(Forms.National2021.Indicators.Select(i => i.LabelEn), indicators.Select(i => i.GetProperty("labelEn").GetString()));
        Assert.Equal(Forms.National2021.Indicators.Select(i => i.UnitEn), indicators.Select(i => i.GetProperty("unitEn").GetString()));
        Assert.Contains("applications: I. New applications received this year / Total", text.Output, StringComparison.Ordinal);
        Assert.Contains("第二十条第（一）项 / Article 20(1)", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_show_refuses_an_unknown_form_as_a_usage_error()
    {
        var outcome = CliRunner.Run("forms", "show", "national-2030");

        Assert.Equal(2, outcome.ExitCode);
    }
}
