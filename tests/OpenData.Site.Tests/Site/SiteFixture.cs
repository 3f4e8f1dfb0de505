using System.Text.Json.Nodes;

namespace OpenData.Site.Tests.Build;

/// <summary>The test site: the fixtures under Site/Fixtures (real reports transcribed from the samples), built once in memory.</summary>
internal static class SiteFixture
{
    private static readonly Lazy<SiteModel> LazyModel = new(() => CreateModel());
    private static readonly Lazy<SiteFiles> LazyFiles = new(() => SiteBuilder.Build(Model));

    public static string Data => RepoPaths.Source("OpenData.Site.Tests", "Site/Fixtures/data");

    public static string Input => RepoPaths.Source("OpenData.Site.Tests", "Site/Fixtures/input");

    public static string GoldenPath(string name) => RepoPaths.Source("OpenData.Site.Tests", "Site/Golden/" + name);

    public static SiteModel Model => LazyModel.Value;

    public static SiteFiles Files => LazyFiles.Value;

    public static SiteModel CreateModel()
    {
        var settings = SettingsLoader.Load(Input, null);
        var pages = SettingsLoader.LoadPages(Input);
        var data = DataSet.Load(Data);
        var findings = BuildPipeline.Validate(data, Data);
        return new SiteModel(settings, pages, data, findings);
    }

    /// <summary>The test site with the given keys of <c>site.json</c> set (in a copy of its input), without charts.</summary>
    public static SiteModel CreateModel(JsonObject settings)
    {
        var input = Path.Combine(RepoPaths.NewTempFolder(), "input");
        RepoPaths.CopyFolder(Input, input);
        var file = Path.Combine(input, "site.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var (key, value) in settings)
        {
            json[key] = value?.DeepClone();
        }

        File.WriteAllText(file, json.ToJsonString());
        var data = DataSet.Load(Data);
        return new SiteModel(SettingsLoader.Load(input, null), SettingsLoader.LoadPages(input), data, BuildPipeline.Validate(data, Data), charts: false);
    }
}
