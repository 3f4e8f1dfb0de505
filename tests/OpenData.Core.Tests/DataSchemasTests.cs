namespace OpenData.Tests;

public sealed class DataSchemasTests
{
    [Fact]
    public void Committed_report_schema_matches_the_model()
    {
        var generated = DataSchemas.ReportSchema();

        Golden.FileEquals(Path.Combine(RepoPaths.Data, DataFiles.ReportSchemaFileName), generated);
    }

    [Fact]
    public void Committed_agency_schema_matches_the_model()
    {
        var generated = DataSchemas.AgencySchema();

        Golden.FileEquals(Path.Combine(RepoPaths.Data, DataFiles.AgencySchemaFileName), generated);
    }

    [Fact]
    public void Report_schema_lists_every_indicator_code_and_form()
    {
        var schema = DataSchemas.ReportSchema();

        foreach (var indicator in Forms.All.SelectMany(f => f.Indicators))
        {
            Assert.Contains($"\"{indicator.Code}\"", schema, StringComparison.Ordinal);
        }

        Assert.Contains("\"national-2021\"", schema, StringComparison.Ordinal);
    }
}
