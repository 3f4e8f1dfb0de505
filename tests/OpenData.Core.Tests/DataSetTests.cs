namespace OpenData.Tests;

public sealed class DataSetTests
{
    [Fact]
    public void The_shipped_data_folder_loads_every_agency_and_report()
    {
        var data = DataSet.Load(RepoPaths.Data);

        Assert.Empty(data.Findings);
        Assert.Equal(["pingtan", "shanggao-county", "shanghai-gov-office"], data.Agencies.Select(a => a.Id));
        Assert.Equal(9, data.Reports.Count);
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025], data.ReportsOf("pingtan").Select(r => r.Report.Year));
    }

    [Fact]
    public void An_empty_folder_a_file_and_a_missing_folder_are_findings()
    {
        var empty = RepoPaths.NewTempFolder();
        var file = Path.Combine(empty, "data.txt");
        File.WriteAllText(file, "x");

        Assert.Equal("D-EMPTY", Assert.Single(DataSet.Load(RepoPaths.NewTempFolder()).Findings).Rule);
        Assert.Equal("D-FILE", Assert.Single(DataSet.Load(file).Findings).Rule);
        Assert.Equal("D-FILE", Assert.Single(DataSet.Load(Path.Combine(empty, "missing")).Findings).Rule);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("Ping Tan")]
    [InlineData("平潭")]
    [InlineData("a--b")]
    public void Invalid_agency_ids_are_refused(string id)
    {
        Assert.False(AgencyIds.IsValid(id));
    }

    [Fact]
    public void A_folder_with_an_invalid_name_and_misplaced_reports_are_findings_with_the_file()
    {
        var root = RepoPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(root, "Bad Name"));
        var agency = Path.Combine(root, "pingtan");
        Directory.CreateDirectory(agency);
        File.Copy(Path.Combine(RepoPaths.Data, "pingtan", "agency.json"), Path.Combine(agency, "agency.json"));
        File.Copy(Path.Combine(RepoPaths.Data, "pingtan", "2025.json"), Path.Combine(agency, "2024.json"));
        File.Copy(Path.Combine(RepoPaths.Data, "pingtan", "2025.json"), Path.Combine(agency, "2025 copy.json"));
        var future = File.ReadAllText(Path.Combine(RepoPaths.Data, "pingtan", "2025.json")).Replace("\"year\": 2025", "\"year\": 3000", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(agency, "3000.json"), future);

        var data = DataSet.Load(root);

        Assert.Contains(data.Findings, f => f.Rule == "D-ID" && f.File!.EndsWith("Bad Name", StringComparison.Ordinal));
        Assert.Contains(data.Findings, f => f.Rule == "D-NAME" && f.Path == "$.year" && f.File!.EndsWith("pingtan/2024.json", StringComparison.Ordinal));
        Assert.Contains(data.Findings, f => f.Rule == "D-NAME" && f.File!.EndsWith("2025 copy.json", StringComparison.Ordinal));
        Assert.Contains(data.Findings, f => f.Rule == "D-YEAR" && f.File!.EndsWith("3000.json", StringComparison.Ordinal));
        Assert.Empty(data.Reports);
        Assert.False(Validator.Validate(data).IsValid);
    }
}
