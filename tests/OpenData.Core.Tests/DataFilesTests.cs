using System.Text;
using System.Text.Json.Nodes;

namespace OpenData.Tests;

public sealed class DataFilesTests
{
    public static TheoryData<string> ShippedReportFiles() =>
        [.. Directory.EnumerateFiles(RepoPaths.Data, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains("schema", StringComparison.Ordinal) && Path.GetFileName(f) != DataFiles.AgencyFileName)
            .Select(f => Path.GetRelativePath(RepoPaths.Data, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedReportFiles))]
    public void Every_shipped_report_round_trips_to_the_same_bytes(string relative)
    {
        var path = Path.Combine(RepoPaths.Data, relative);

        var loaded = DataFiles.ReadReport(path);

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        Golden.FileEquals(path, DataFiles.Serialize(loaded.Value!));
    }

    [Fact]
    public void Reports_of_a_form_share_its_code_strings_and_keep_their_values_in_file_order()
    {
        var first = ShippedData.Load("pingtan", 2024);
        var second = ShippedData.Load("pingtan", 2025);
        var form = first.FormDefinition!;
        var order = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Data, "pingtan", "2024.json")))!["values"]!.AsObject().Select(p => p.Key);

        Assert.Equal(order, first.Values.Keys);
        Assert.All(first.Values.Keys.Concat(second.Values.Keys), code => Assert.Same(form.Find(code)!.Code, code));
    }

    [Fact]
    public void Round_trip_keeps_blanks_zeros_decimals_negative_changes_and_inline_units()
    {
        var report = ShippedData.Load("shanghai-gov-office", 2019);

        var again = DataFiles.ParseReport(Encoding.UTF8.GetBytes(DataFiles.Serialize(report)), "x.json").Value!;

        Assert.Equal(report.Values.Count, again.Values.Count);
        Assert.All(report.Values, p => Assert.Equal(p.Value, again.Values[p.Key]));
        Assert.True(again.Value("s3.granted.tot").IsBlank);
        Assert.Equal(new ReportValue(251000, "元", "251000元"), again.Value("s2v19.procure.amount"));
        Assert.Equal(0m, again.Number("s2v19.license.decisions"));
        var fees = ShippedData.Load("pingtan", 2021).Value("s2.fees.amount_wan");
        Assert.Equal("24252.311082", fees.ToString());
    }

    [Fact]
    public void A_decimal_keeps_its_published_scale()
    {
        var report = new Report("x", 2017, Forms.National2014Id, new Dictionary<string, ReportValue> { ["old.fees"] = ReportValue.Of(0.0m) });

        var json = DataFiles.Serialize(report);

        Assert.Contains("\"old.fees\": 0.0", json, StringComparison.Ordinal);
        Assert.Contains("\"old.org.budget\": null", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{},"colour":1}""", "D-JSON", "$.colour")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{"old.feez":1}}""", "D-CODE", "$.values[\"old.feez\"]")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{"s3.new.nat":1}}""", "D-CODE", "$.values[\"s3.new.nat\"]")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{"old.fees":"5"}}""", "D-JSON", "$.values[\"old.fees\"]")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{"old.fees":1e400}}""", "D-JSON", "$.values[\"old.fees\"]")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{"old.fees":1,"old.fees":2}}""", "D-JSON", "$.values[\"old.fees\"]")]
    [InlineData("""{"agency":"x","year":"2017","form":"national-2014","values":{}}""", "D-JSON", "$.year")]
    [InlineData("""{"agency":"x","year":2017,"values":{}}""", "D-JSON", "$")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2030","values":{}}""", "D-FORM", "$.form")]
    [InlineData("""{"agency":"x","year":2017,"form":"national-2014","values":{"old.fees":{"number":1,"colour":2}}}""", "D-JSON", "$.values[\"old.fees\"]")]
    public void A_bad_report_file_is_a_finding_naming_the_file_and_json_path(string json, string rule, string path)
    {
        var result = DataFiles.ParseReport(Encoding.UTF8.GetBytes(json), "data/x/2017.json");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(path, finding.Path);
        Assert.Equal("data/x/2017.json", finding.File);
        Assert.True(finding.IsBlocking);
        Assert.DoesNotContain("System.", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_absent_from_a_file_read_as_empty()
    {
        var json = "{\"agency\":\"x\",\"year\":2017,\"form\":\"national-2014\",\"values\":{\"old.fees\":-1}}";

        var report = DataFiles.ParseReport(Encoding.UTF8.GetBytes(json), "min.json").Value!;

        Assert.Empty(report.Acknowledged);
        Assert.Empty(report.Narrative);
        Assert.Contains(Validator.Validate(report).Findings, f => f.Rule == "V-NEG");
    }

    [Fact]
    public void A_truncated_file_names_its_line()
    {
        var json = "{\n  \"agency\": \"x\",\n  \"year\": 2017,\n  \"values\": {\n    \"old.fees\": 1,\n";

        var finding = Assert.Single(DataFiles.ParseReport(Encoding.UTF8.GetBytes(json), "t.json").Findings);

        Assert.Equal("D-JSON", finding.Rule);
        Assert.True(finding.Line >= 5, finding.ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var json = "\uFEFF{\"agency\":\"x\",\"year\":2017,\"form\":\"national-2014\",\"values\":{}}";

        var result = DataFiles.ParseReport(Encoding.UTF8.GetBytes(json), "bom.json");

        Assert.True(result.IsValid, string.Join("\n", result.Findings));
    }

    [Fact]
    public void Gbk_text_is_named_as_such()
    {
        var gbk = new byte[] { (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC4, 0xEA, 0xB1, 0xA8, (byte)'"', (byte)'}' };

        var finding = Assert.Single(DataFiles.ParseReport(gbk, "gbk.json").Findings);

        Assert.Equal("D-ENC", finding.Rule);
        Assert.Contains("GBK", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_message()
    {
        var json = "{\"agency\":\"x\",\"year\":2017,\"form\":\"national-2014\",\"values\":{},\"narrative\":[{\"title\":\"a\",\"paragraphs\":[],\"sections\":"
            + string.Concat(Enumerable.Repeat("[{\"title\":\"a\",\"paragraphs\":[],\"sections\":", 10_000)) + "null";

        var finding = Assert.Single(DataFiles.ParseReport(Encoding.UTF8.GetBytes(json), "deep.json").Findings);

        Assert.Equal("D-JSON", finding.Rule);
        Assert.Contains("depth", finding.MessageEn, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "2017.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(DataFiles.MaxFileBytes + 1);
        }

        var finding = Assert.Single(DataFiles.ReadReport(path).Findings);

        Assert.Equal("D-SIZE", finding.Rule);
    }
}
