using OpenData.Site;
using OpenData.Testing;

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
        var data = RepoPaths.Data;
        var input = RepoPaths.Input;
        var settings = SettingsLoader.Load(input, null);
        var pages = SettingsLoader.LoadPages(input);
        var dataSet = DataSet.Load(data);
        var findings = BuildPipeline.Validate(dataSet, data);
        var model = new SiteModel(settings, pages, dataSet, findings);
        return (model, RoutePlan.Create(model));
    }
}
