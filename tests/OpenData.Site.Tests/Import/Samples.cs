using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>The shared sample reports with the agency each belongs to, imported as the demo data was.</summary>
internal static class Samples
{
    public static readonly IReadOnlyDictionary<string, (string AgencyId, string? AgencyName)> Agencies = new Dictionary<string, (string, string?)>
    {
        ["shanggao-county-2017.txt"] = ("shanggao-county", "上高县人民政府"),
        ["shanghai-gov-office-2019.txt"] = ("shanghai-gov-office", null),
        ["pingtan-2019.txt"] = ("pingtan", null),
        ["pingtan-2020.txt"] = ("pingtan", null),
        ["pingtan-2021.txt"] = ("pingtan", null),
        ["pingtan-2022.txt"] = ("pingtan", null),
        ["pingtan-2023.txt"] = ("pingtan", null),
        ["pingtan-2024.txt"] = ("pingtan", null),
        ["pingtan-2025.txt"] = ("pingtan", null),
    };

    public static TheoryData<string> Names => [.. Agencies.Keys];

    public static string PathOf(string name) => Path.Combine(RepoPaths.Samples, name);

    public static string FixturePath(string name) => RepoPaths.Source("OpenData.Site.Tests", Path.Combine("Import", "Fixtures", name));

    public static ImportResult Import(string name)
    {
        var (id, agencyName) = Agencies[name];
        return ReportImporter.ImportFile(PathOf(name), new ImportOptions(id, agencyName, SourceFile: $"shared/samples/{name}"));
    }

    public static Report ImportReport(string name)
    {
        var result = Import(name);
        Assert.False(result.Failed, string.Join("\n", result.Findings));
        return result.Report!;
    }

    public static Report ImportFixture(string name)
    {
        var result = ReportImporter.ImportFile(FixturePath(name), new ImportOptions("fixture"));
        Assert.False(result.Failed, string.Join("\n", result.Findings));
        return result.Report!;
    }
}
