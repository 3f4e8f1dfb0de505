namespace OpenData.Site.Tests;

/// <summary>The bad-input corpus (BadInput/reports, one small file per case) run through <c>opendata validate</c>.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("malformed.json", "D-JSON")]
    [InlineData("truncated.json", "D-JSON")]
    [InlineData("invalid-utf8.json", "D-ENC")]
    [InlineData("gbk.json", "D-ENC")]
    [InlineData("string-for-number.json", "D-JSON")]
    [InlineData("negative-count.json", "V-NEG")]
    [InlineData("decimal-count.json", "V-INT")]
    [InlineData("nan.json", "D-JSON")]
    [InlineData("infinity.json", "D-JSON")]
    [InlineData("huge-exponent.json", "D-JSON")]
    [InlineData("twenty-digits.json", "V-BIG")]
    [InlineData("duplicate-key.json", "D-JSON")]
    [InlineData("unknown-code.json", "D-CODE")]
    [InlineData("unknown-form.json", "D-FORM")]
    [InlineData("form-not-valid-for-year.json", "F-YEAR")]
    [InlineData("unknown-property.json", "D-JSON")]
    [InlineData("missing-form.json", "D-JSON")]
    [InlineData("deep-nesting.json", "D-JSON")]
    public void A_bad_report_file_fails_validation_with_its_file_place_and_rule(string name, string rule)
    {
        var data = DataFolderWith(File.ReadAllBytes(RepoPaths.Source("OpenData.Site.Tests", $"BadInput/reports/{name}")));

        var outcome = CliRunner.Run("validate", data);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains($" {rule}: ", StringComparison.Ordinal) && l.Contains("error", StringComparison.Ordinal));
        Assert.StartsWith($"{data}/x/2020.json:", line, StringComparison.Ordinal);
        Assert.Matches(@"^\S+2020\.json(:\d+)?: (\$[^:]*: )?error ", line);
        Assert.DoesNotContain("   at ", outcome.Output + outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var data = DataFolderWith(File.ReadAllBytes(RepoPaths.Source("OpenData.Site.Tests", "BadInput/reports/utf8-bom.json.ok")));

        var outcome = CliRunner.Run("validate", data);

        Assert.Equal(0, outcome.ExitCode);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("ping tan")]
    [InlineData("平潭")]
    public void A_report_naming_an_invalid_agency_id_is_refused(string id)
    {
        var text = File.ReadAllText(RepoPaths.Source("OpenData.Site.Tests", "BadInput/reports/negative-count.json"))
            .Replace("\"agency\": \"x\"", $"\"agency\": \"{id.Replace("\\", "\\\\", StringComparison.Ordinal)}\"", StringComparison.Ordinal);
        var data = DataFolderWith(System.Text.Encoding.UTF8.GetBytes(text));

        var outcome = CliRunner.Run("validate", data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("$.agency: error D-ID", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_for_one_year_a_wrong_year_and_a_future_year_are_refused()
    {
        var data = DataFolderWith(File.ReadAllBytes(Path.Combine(RepoPaths.Data, "pingtan", "2020.json")).AsSpan().ToArray(), agency: "pingtan");
        File.Copy(Path.Combine(RepoPaths.Data, "pingtan", "2020.json"), Path.Combine(data, "pingtan", "2020 (1).json"));
        File.WriteAllText(Path.Combine(data, "pingtan", "1900.json"), File.ReadAllText(Path.Combine(RepoPaths.Data, "pingtan", "2020.json")).Replace("\"year\": 2020", "\"year\": 1900", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(data, "pingtan", "3000.json"), File.ReadAllText(Path.Combine(RepoPaths.Data, "pingtan", "2020.json")).Replace("\"year\": 2020", "\"year\": 3000", StringComparison.Ordinal));

        var outcome = CliRunner.Run("validate", data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("pingtan/2020 (1).json: error D-NAME", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("pingtan/1900.json: $.year: error D-YEAR", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("pingtan/3000.json: $.year: error D-YEAR", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_data_folder_and_a_data_folder_that_is_a_file_are_refused()
    {
        var empty = RepoPaths.NewTempFolder();
        var file = Path.Combine(empty, "data.json");
        File.WriteAllText(file, "{}");
        var emptyData = Path.Combine(empty, "data");
        Directory.CreateDirectory(emptyData);

        var a = CliRunner.Run("validate", emptyData);
        var b = CliRunner.Run("validate", Path.Combine(empty, "missing"));

        Assert.Equal(1, a.ExitCode);
        Assert.Contains("error D-EMPTY", a.Output, StringComparison.Ordinal);
        Assert.Equal(1, b.ExitCode);
        Assert.Contains("error D-FILE", b.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var data = DataFolderWith("{}"u8.ToArray());
        using (var stream = File.OpenWrite(Path.Combine(data, "x", "2020.json")))
        {
            stream.SetLength(DataFiles.MaxFileBytes + 1);
        }

        var outcome = CliRunner.Run("validate", data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("x/2020.json: error D-SIZE", outcome.Output, StringComparison.Ordinal);
    }

    private static string DataFolderWith(byte[] report, string agency = "x")
    {
        var data = Path.Combine(RepoPaths.NewTempFolder(), "data");
        Directory.CreateDirectory(Path.Combine(data, agency));
        File.WriteAllText(Path.Combine(data, agency, "agency.json"), $$"""{ "id": "{{agency}}", "name": "测试机关（示例数据）" }""");
        File.WriteAllBytes(Path.Combine(data, agency, "2020.json"), report);
        return data;
    }
}
