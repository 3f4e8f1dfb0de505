namespace OpenData.Site.Tests;

/// <summary>The bad-input corpus (BadInput/reports, one small file per case) run through <c>opendata validate</c>.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "malformed.json", "D-JSON" },
        { "truncated.json", "D-JSON" },
        { "invalid-utf8.json", "D-ENC" },
        { "gbk.json", "D-ENC" },
        { "string-for-number.json", "D-JSON" },
        { "negative-count.json", "V-NEG" },
        { "decimal-count.json", "V-INT" },
        { "nan.json", "D-JSON" },
        { "infinity.json", "D-JSON" },
        { "huge-exponent.json", "D-JSON" },
        { "twenty-digits.json", "V-BIG" },
        { "duplicate-key.json", "D-JSON" },
        { "unknown-code.json", "D-CODE" },
        { "unknown-form.json", "D-FORM" },
        { "form-not-valid-for-year.json", "F-YEAR" },
        { "unknown-property.json", "D-JSON" },
        { "missing-form.json", "D-JSON" },
        { "deep-nesting.json", "D-JSON" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
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

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_report_file_fails_the_build_and_leaves_the_previous_site_byte_for_byte(string name, string rule)
    {
        var data = DataFolderWith(File.ReadAllBytes(RepoPaths.Source("OpenData.Site.Tests", $"BadInput/reports/{name}")));
        var good = Path.Combine(data, "shanggao-county");
        Directory.CreateDirectory(good);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Data, "shanggao-county")))
        {
            File.Copy(file, Path.Combine(good, Path.GetFileName(file)));
        }

        var output = Path.Combine(Path.GetDirectoryName(data)!, "output");
        var bad = File.ReadAllBytes(Path.Combine(data, "x", "2020.json"));
        Directory.Move(Path.Combine(data, "x"), Path.Combine(Path.GetDirectoryName(data)!, "x-aside"));
        Assert.Equal(0, CliRunner.Run("build", "--data", data, "--input", RepoPaths.Input, "--output", output).ExitCode);
        var before = FolderHashes.Of(output);
        Directory.Move(Path.Combine(Path.GetDirectoryName(data)!, "x-aside"), Path.Combine(data, "x"));

        var outcome = CliRunner.Run("build", "--data", data, "--input", RepoPaths.Input, "--output", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("x/2020.json", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(rule, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output + outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderHashes.Of(output));
        Assert.Equal(bad, File.ReadAllBytes(Path.Combine(data, "x", "2020.json")));
    }

    [Theory]
    [InlineData("empty.txt", 0, "D-FORMAT")]
    [InlineData("binary.html", 1, "D-FILETYPE")]
    [InlineData("huge.txt", 2, "D-SIZE")]
    public void A_bad_report_text_is_not_imported_and_nothing_is_written(string name, int kind, string rule)
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, name);
        switch (kind)
        {
            case 0:
                File.WriteAllBytes(file, []);
                break;
            case 1:
                File.WriteAllBytes(file, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))]);
                break;
            default:
                using (var stream = File.Create(file))
                {
                    stream.SetLength(DataFiles.MaxFileBytes + 1);
                }

                break;
        }

        var outcome = CliRunner.Run("import", file, "--agency", "x", "--out", Path.Combine(folder, "data"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(rule, outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "data")));
    }
}
