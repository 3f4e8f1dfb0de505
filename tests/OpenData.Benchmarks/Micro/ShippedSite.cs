using OpenData.Site;

namespace OpenData.Benchmarks.Micro;

/// <summary>The site of the shipped <c>data/</c> and <c>input/</c> folders, loaded and planned once per process, as
/// the build does it (settings, pages, data, validation, comparisons, route plan).</summary>
internal static class ShippedSite
{
    private static readonly Lazy<(SiteModel Model, RoutePlan Plan)> Lazy = new(Load);

    public static SiteModel Model => Lazy.Value.Model;

    public static RoutePlan Plan => Lazy.Value.Plan;

    /// <summary>The report the benchmarks use: the newest one of 平潭 (national-2021 form, with a previous year).</summary>
    public static Report Report => Model.ReportsOf("pingtan")[^1];

    public static Report? Previous => Model.ReportsOf("pingtan") is { Count: > 1 } reports ? reports[^2] : null;

    private static (SiteModel, RoutePlan) Load()
    {
        var root = FindRoot();
        var data = Path.Combine(root, "data");
        var input = Path.Combine(root, "input");
        var settings = SettingsLoader.Load(input, null);
        var pages = SettingsLoader.LoadPages(input);
        var dataSet = DataSet.Load(data);
        var findings = BuildPipeline.Validate(dataSet, data);
        var model = new SiteModel(settings, pages, dataSet, findings);
        return (model, RoutePlan.Create(model));
    }

    // The repository above the program (published to artifacts/benchmarks), else above the current folder.
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"the micro-benchmarks use the shipped data/ and input/, but OpenData.sln is neither above {AppContext.BaseDirectory} nor above {Environment.CurrentDirectory}: run them from the repository");
    }
}
