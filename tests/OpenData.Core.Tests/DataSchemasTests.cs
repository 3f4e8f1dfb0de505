using System.Text.Json;
using System.Text.Json.Nodes;

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

/// <summary>The report schema read by a real JSON Schema validator, as an editor reads it: every shipped data file
/// passes; a count written as text, a negative count and a code of another form are flagged.</summary>
public sealed class ReportSchemaValidationTests
{
    private static readonly Json.Schema.JsonSchema Schema = Json.Schema.JsonSchema.FromText(
        DataSchemas.ReportSchema(), new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });

    private static readonly Json.Schema.EvaluationOptions List = new() { OutputFormat = Json.Schema.OutputFormat.List };

    public static TheoryData<string> ShippedReports() =>
        [.. Directory.GetDirectories(RepoPaths.Data).SelectMany(d => Directory.GetFiles(d, "*.json"))
            .Where(f => Path.GetFileName(f) != DataFiles.AgencyFileName)
            .Select(f => Path.GetRelativePath(RepoPaths.Data, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedReports))]
    public void Every_shipped_report_passes(string file)
    {
        var result = Evaluate(File.ReadAllText(Path.Combine(RepoPaths.Data, file)));

        Assert.True(result.IsValid, Errors(result));
    }

    [Fact]
    public void Shipped_reports_are_found()
    {
        Assert.Contains(Path.Combine("pingtan", "2021.json"), ShippedReports());
    }

    [Theory]
    [InlineData("s3.new.nat", "\"twenty\"")]
    [InlineData("s3.new.nat", "-5")]
    [InlineData("s3.new.nat", "2.5")]
    [InlineData("s3.new.nat", "{\"number\": -5, \"raw\": \"-5\"}")]
    [InlineData("s2.fees.amount_wan", "-1")]
    [InlineData("s2v19.rules.made", "3")]
    [InlineData("old.apply.received.total", "3")]
    public void A_bad_value_or_a_code_of_another_form_in_a_2021_report_fails(string code, string json)
    {
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Data, "pingtan", "2021.json")))!;
        Assert.True(Evaluate(report.ToJsonString()).IsValid);
        report["values"]![code] = JsonNode.Parse(json);

        var result = Evaluate(report.ToJsonString());

        Assert.False(result.IsValid, $"{code}: {json} passed");
    }

    [Theory]
    [InlineData("national-2019", "s2v19.rules.made", "3", true)]
    [InlineData("national-2019", "s2.rules.issued", "3", false)]
    [InlineData("national-2019", "s2v19.license.delta", "-5", true)]
    [InlineData("national-2019", "s2v19.procure.amount", "{\"number\": 251000, \"unit\": \"元\", \"raw\": \"251000元\"}", true)]
    [InlineData("national-2014", "old.apply.received.total", "null", true)]
    [InlineData("national-2014", "s3.new.nat", "1", false)]
    public void Each_form_takes_its_own_codes_typed_by_kind(string form, string code, string json, bool valid)
    {
        var report = new JsonObject
        {
            ["agency"] = "x",
            ["year"] = form == "national-2014" ? 2015 : 2019,
            ["form"] = form,
            ["values"] = new JsonObject { [code] = JsonNode.Parse(json) },
        };

        var result = Evaluate(report.ToJsonString());

        Assert.True(result.IsValid == valid, Errors(result));
    }

    private static Json.Schema.EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, List);
    }

    private static string Errors(Json.Schema.EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));
}
