namespace OpenData.EndToEnd.Tests;

/// <summary>The W3C Nu HTML checker, linkinator, ajv and the Frictionless data-package reader on the built demo site.</summary>
[Collection(DemoSiteGroup.Name)]
public sealed class StandardValidatorTests(DemoSite site)
{
    private static string Vnu => Tool.Node("vnu-jar/build/dist/vnu.jar");

    [Fact]
    public void The_W3C_Nu_checker_finds_no_error_on_any_page()
    {
        var outcome = Tool.Run("java", ["-jar", Vnu, "--errors-only", "--skip-non-html", site.Output]);

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.True(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count() > 100);
    }

    [Fact]
    public void The_W3C_Nu_checker_is_able_to_fail()
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "bad.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head><body><p></span></body></html>");

        var outcome = Tool.Run("java", ["-jar", Vnu, "--errors-only", "--skip-non-html", folder]);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("Stray end tag", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Linkinator_finds_no_broken_link_in_the_site()
    {
        var outcome = Tool.Run("node", [Tool.Node("linkinator/build/src/cli.js"), site.Output, "--recurse", "--skip", "^(?!http://localhost)", "--format", "csv"]);

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.True(outcome.Output.Split('\n').Count(l => l.Contains(",200,", StringComparison.Ordinal)) > 300, outcome.Output[..Math.Min(2000, outcome.Output.Length)]);
    }

    [Fact]
    public void Linkinator_reports_a_broken_link()
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><a href=\"missing.html\">x</a></body></html>");

        var outcome = Tool.Run("node", [Tool.Node("linkinator/build/src/cli.js"), folder, "--recurse"]);

        Assert.NotEqual(0, outcome.ExitCode);
    }

    [Fact]
    public void Every_data_file_validates_against_the_committed_json_schema_with_ajv()
    {
        var ajv = Tool.Node("ajv-cli/dist/index.js");

        var reports = Tool.Run("node", [ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "data/report.schema.json", "-d", "data/*/[0-9][0-9][0-9][0-9].json"]);
        var agencies = Tool.Run("node", [ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "data/agency.schema.json", "-d", "data/*/agency.json"]);

        Assert.True(reports.ExitCode == 0, reports.Output);
        Assert.Equal(9, reports.Output.Split('\n').Count(l => l.EndsWith(" valid", StringComparison.Ordinal)));
        Assert.True(agencies.ExitCode == 0, agencies.Output);
    }

    [Fact]
    public void Ajv_rejects_a_data_file_with_an_unknown_code()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "2025.json");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(RepoPaths.Data, "pingtan", "2025.json")).Replace("\"s3.new.nat\"", "\"s3.new.natural\"", StringComparison.Ordinal));

        var outcome = Tool.Run("node", [Tool.Node("ajv-cli/dist/index.js"), "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "data/report.schema.json", "-d", file]);

        Assert.NotEqual(0, outcome.ExitCode);
    }

    [Fact]
    public void The_site_settings_validate_against_their_schema_with_ajv_and_an_unknown_key_does_not()
    {
        var ajv = Tool.Node("ajv-cli/dist/index.js");
        var typo = Path.Combine(RepoPaths.NewTempFolder(), "site.json");
        File.WriteAllText(typo, File.ReadAllText(Path.Combine(RepoPaths.Input, "site.json")).Replace("\"title\"", "\"titel\"", StringComparison.Ordinal));

        var shipped = Tool.Run("node", [ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "input/site.schema.json", "-d", "input/site.json"]);
        var refused = Tool.Run("node", [ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "input/site.schema.json", "-d", typo]);

        Assert.True(shipped.ExitCode == 0, shipped.Output);
        Assert.NotEqual(0, refused.ExitCode);
    }

    [Fact]
    public void The_data_package_and_every_resource_validate_with_frictionless()
    {
        var outcome = Tool.Run("node", [Path.Combine(RepoPaths.Root, "tests", "validators", "validate-datapackage.js"), Path.Combine(site.Output, "datapackage.json")]);

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Matches(@"datapackage: \d+ resources, [1-9]\d* rows checked, 0 errors", outcome.Output);
    }

    [Fact]
    public void The_frictionless_check_catches_a_value_that_breaks_its_table_schema()
    {
        Assert.NotEqual(0, ValidateWithFirstValueEdited(field: 1, "二〇二五").ExitCode);
    }

    [Fact]
    public void The_frictionless_check_catches_a_value_whose_code_is_not_in_the_codebook()
    {
        var outcome = ValidateWithFirstValueEdited(field: 3, "no.such.code");

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("Foreign key", outcome.Output, StringComparison.Ordinal);
    }

    // Validates a copy of the site whose data package table of every value (data/all.csv, without a byte order mark) has
    // one field of its first row replaced.
    private Tool.Outcome ValidateWithFirstValueEdited(int field, string text)
    {
        var copy = Path.Combine(RepoPaths.NewTempFolder(), "site");
        RepoPaths.CopyFolder(site.Output, copy);
        var csv = Path.Combine(copy, "data", "all.csv");
        var lines = File.ReadAllLines(csv);
        var fields = lines[1].Split(',');
        fields[field] = text;
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(csv, lines);

        return Tool.Run("node", [Path.Combine(RepoPaths.Root, "tests", "validators", "validate-datapackage.js"), Path.Combine(copy, "datapackage.json")]);
    }
}
