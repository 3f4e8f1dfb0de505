namespace OpenData.Site.Tests.Build;

/// <summary>The shipped demo site (data/ + input/), built once in memory: what a visitor of the demo sees.</summary>
internal static class DemoSiteFixture
{
    private static readonly Lazy<(SiteModel Model, SiteFiles Files)> Built = new(() =>
    {
        var settings = SettingsLoader.Load(RepoPaths.Input, null);
        var pages = SettingsLoader.LoadPages(RepoPaths.Input);
        var data = DataSet.Load(RepoPaths.Data);
        var model = new SiteModel(settings, pages, data, BuildPipeline.Validate(data, RepoPaths.Data));
        return (model, SiteBuilder.Build(model));
    });

    public static SiteModel Model => Built.Value.Model;

    public static SiteFiles Files => Built.Value.Files;

    /// <summary>The path and text of every HTML page.</summary>
    public static IEnumerable<(string Path, string Html)> Pages(SiteFiles files) =>
        files.All().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (f.Key, SiteFiles.Utf8.GetString(f.Value)));
}
