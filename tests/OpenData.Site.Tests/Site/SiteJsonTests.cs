using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenData.Site.Tests.Build;

/// <summary>One contract for <c>site.json</c>: the loader refuses what it does not define, <c>opendata new</c> writes
/// through it, and the shipped schema is generated from it.</summary>
public sealed partial class SiteJsonTests
{
    [Fact]
    public void An_unknown_key_fails_the_build_naming_the_key_and_the_file_and_leaves_the_site_as_it_was()
    {
        var (input, output) = CopyInput();
        Assert.Equal(0, Build(input, output).ExitCode);
        var before = FolderHashes.Of(output);
        var json = Settings(input);
        json["titel"] = "年度报告";
        Write(input, json);

        var result = Build(input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.json: $.titel: error: unknown key \"titel\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean \"title\"?", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderHashes.Of(output));
    }

    [Fact]
    public void A_first_build_with_an_unknown_key_builds_nothing()
    {
        var (input, output) = CopyInput();
        var json = Settings(input);
        json["logos"] = "logo.svg";
        Write(input, json);

        var result = Build(input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.json: $.logos: error: unknown key \"logos\" (未知的设置项); did you mean \"logo\"?", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.False(Directory.Exists(output + ".staging"));
    }

    [Fact]
    public void Every_problem_of_the_file_is_named_at_once_with_its_place()
    {
        var (input, output) = CopyInput();
        var json = Settings(input);
        json["titel"] = "x";
        json["languages"] = 3;
        json["colors"] = new JsonObject { ["acent"] = "#000000", ["ink"] = 1 };
        Write(input, json);

        var result = Build(input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.json: $.titel: error: unknown key", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.languages: error: must be an array of strings", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.colors.acent: error: unknown key \"acent\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.colors.ink: error: must be a string", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Values_the_contract_types_but_the_site_cannot_use_are_named_too()
    {
        var (input, output) = CopyInput();
        var json = Settings(input);
        json["colors"] = new JsonObject { ["accent"] = "#0b5cad; } body { display: none" };
        json["logo"] = "missing.svg";
        json["favicon"] = "notes.txt";
        json.Remove("title");
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.WriteAllText(Path.Combine(input, "assets", "notes.txt"), "x");
        Write(input, json);

        var result = Build(input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.json: $.title: error: required key \"title\" is missing", result.Error, StringComparison.Ordinal);

        json["title"] = "标题";
        Write(input, json);
        result = Build(input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.json: $.colors.accent: error: \"#0b5cad; } body { display: none\" is not a colour", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.logo: error: \"missing.svg\" is not a file of", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.favicon: error: \"notes.txt\" is not an image", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_asset_whose_name_cannot_be_an_address_is_named()
    {
        var (input, output) = CopyInput();
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.WriteAllText(Path.Combine(input, "assets", "我的 logo.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(input, "assets", ".DS_Store"), "ignored");

        var result = Build(input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("assets/我的 logo.svg: error: asset file names become addresses", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".DS_Store", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#0b5cad", true)]
    [InlineData("#FFF", true)]
    [InlineData("#0b5cadcc", true)]
    [InlineData("rgb(11, 92, 173)", true)]
    [InlineData("rgb(11 92 173 / 50%)", true)]
    [InlineData("hsla(210deg, 88%, 36%, .5)", true)]
    [InlineData("#0b5cad\n", false)]
    [InlineData("#0b5ca", false)]
    [InlineData("blue", false)]
    [InlineData("rgb(11 92)", false)]
    [InlineData("#000; } body { display: none", false)]
    [InlineData("url(javascript:alert(1))", false)]
    [InlineData("rgb(1 2 3) ; --x: 1", false)]
    [InlineData("", false)]
    public void Colours_are_hex_or_rgb_or_hsl_and_nothing_that_could_end_a_rule(string color, bool valid)
    {
        Assert.Equal(valid, CssColor.IsValid(color));
        Assert.Equal(valid, Regex.IsMatch(color, CssColor.Pattern) && !color.EndsWith('\n'));
    }

    [Fact]
    public void New_writes_a_site_json_through_the_contract_that_the_loader_reads_back()
    {
        var site = Path.Combine(RepoPaths.NewTempFolder(), "site");
        Assert.Equal(0, CliRunner.Run("new", site, "--agency-name", "测试机关（示例数据）").ExitCode);
        var input = Path.Combine(site, "input");
        var text = File.ReadAllText(Path.Combine(input, "site.json"));

        var settings = SettingsLoader.Load(input, null);

        Assert.Equal("site.schema.json", Settings(input)["$schema"]!.GetValue<string>());
        Assert.Equal(SiteSchema.Generate(), File.ReadAllText(Path.Combine(input, "site.schema.json")));
        Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize(text, SiteJson.Context.SiteJson)!.ToJson());
        Assert.Equal("测试机关（示例数据）政府信息公开工作年度报告开放数据", settings.Title);
        Assert.Equal(["zh-CN", "en"], settings.Languages);
    }

    [Fact]
    public void The_shipped_schema_is_the_one_the_contract_generates_and_names_every_key()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Input, "site.schema.json")))!;

        Assert.Equal(SiteSchema.Generate(), File.ReadAllText(Path.Combine(RepoPaths.Input, "site.schema.json")));
        Assert.Equal("site.schema.json", Settings(RepoPaths.Input)["$schema"]!.GetValue<string>());
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.False(schema["properties"]!["colors"]!["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(SiteJson.Context.SiteJson.Properties.Select(p => p.Name), schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.All(schema["properties"]!.AsObject(), p => Assert.False(string.IsNullOrEmpty(p.Value!["description"]?.GetValue<string>()), p.Key));
    }

    [Fact]
    public void The_colours_are_the_custom_properties_the_shipped_stylesheet_declares()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "OpenData.Site", "Assets", "site.css"));
        var root = RootRule().Match(css).Groups[1].Value;

        var declared = CustomProperty().Matches(root).Select(m => m.Groups[1].Value);

        Assert.Equal(SiteJson.Context.SiteColors.Properties.Select(p => p.Name), declared);
    }

    [Fact]
    public void The_readme_documents_every_key_of_the_contract()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var table = readme[readme.IndexOf("| `site.json` key |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        foreach (var key in SiteJson.Context.SiteJson.Properties.Select(p => p.Name).Concat(SiteJson.Context.SiteColors.Properties.Select(p => "colors." + p.Name)))
        {
            Assert.Contains($"`{key}`", table, StringComparison.Ordinal);
        }
    }

    private static (string Input, string Output) CopyInput()
    {
        var root = RepoPaths.NewTempFolder();
        var input = Path.Combine(root, "input");
        RepoPaths.CopyFolder(SiteFixture.Input, input);
        return (input, Path.Combine(root, "site"));
    }

    private static CliRunner.Outcome Build(string input, string output) =>
        CliRunner.Run("build", "--data", SiteFixture.Data, "--input", input, "--output", output, "--allow-errors", "--no-charts");

    private static JsonObject Settings(string input) => JsonNode.Parse(File.ReadAllText(Path.Combine(input, "site.json")))!.AsObject();

    private static void Write(string input, JsonObject json) => File.WriteAllText(Path.Combine(input, "site.json"), json.ToJsonString());

    [GeneratedRegex(@":root \{([^}]*)\}")]
    private static partial Regex RootRule();

    [GeneratedRegex(@"--([a-z]+):")]
    private static partial Regex CustomProperty();
}
