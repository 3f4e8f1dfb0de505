namespace OpenData.Site.Tests.Import;

public sealed class ImportCommandTests
{
    [Fact]
    public void Import_writes_the_report_and_a_new_agency_file_and_prints_what_it_found()
    {
        var output = RepoPaths.NewTempFolder();

        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--agency", "pingtan", "--out", output);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "pingtan", "2025.json")));
        Assert.Equal("平潭综合实验区", DataFiles.ReadAgency(Path.Combine(output, "pingtan", "agency.json")).Value!.Name);
        Assert.Contains("form national-2021, agency 平潭综合实验区 (pingtan), year 2025: 200 cells imported (3 blank, 0 of them unsure), 0 anomalies", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_then_read_back_gives_every_imported_cell()
    {
        var output = RepoPaths.NewTempFolder();
        var imported = Samples.ImportReport("shanghai-gov-office-2019.txt");

        CliRunner.Run("import", Samples.PathOf("shanghai-gov-office-2019.txt"), "--agency", "shanghai-gov-office", "--out", output);
        var read = DataFiles.ReadReport(Path.Combine(output, "shanghai-gov-office", "2019.json"));

        Assert.Empty(read.Findings);
        Assert.Equal(imported.Values, read.Value!.Values);
        Assert.Equal(imported.Narrative.Count, read.Value.Narrative.Count);
    }

    [Fact]
    public void Import_finds_an_existing_agency_by_the_name_in_the_report()
    {
        var output = RepoPaths.NewTempFolder();
        CliRunner.Run("import", Samples.PathOf("pingtan-2024.txt"), "--agency", "pingtan", "--out", output);

        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--out", output);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "pingtan", "2025.json")));
    }

    [Fact]
    public void Import_does_not_overwrite_an_edited_data_file_without_force()
    {
        var output = RepoPaths.NewTempFolder();
        CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--agency", "pingtan", "--out", output);
        var file = Path.Combine(output, "pingtan", "2025.json");
        var edited = File.ReadAllText(file).Replace("\"s3.new.nat\": 151", "\"s3.new.nat\": 150", StringComparison.Ordinal);
        File.WriteAllText(file, edited);

        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--agency", "pingtan", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(edited, File.ReadAllText(file));
        Assert.Contains("not overwritten (use --force)", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("s3.new.nat: 150 → 151", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_with_force_overwrites_and_lists_every_changed_cell()
    {
        var output = RepoPaths.NewTempFolder();
        CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--agency", "pingtan", "--out", output);
        var file = Path.Combine(output, "pingtan", "2025.json");
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("\"s3.new.nat\": 151", "\"s3.new.nat\": 150", StringComparison.Ordinal)
            .Replace("\"s2.license.decisions\": 2418", "\"s2.license.decisions\": null", StringComparison.Ordinal));

        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2025.txt"), "--agency", "pingtan", "--out", output, "--force");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("s3.new.nat: 150 → 151", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("s2.license.decisions: (blank) → 2418", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(151m, DataFiles.ReadReport(file).Value!.Number("s3.new.nat"));
    }

    [Fact]
    public void Import_keeps_the_acknowledgements_of_an_existing_file()
    {
        var output = RepoPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(output, "pingtan"));
        File.Copy(Path.Combine(RepoPaths.Data, "pingtan", "2020.json"), Path.Combine(output, "pingtan", "2020.json"));
        File.Copy(Path.Combine(RepoPaths.Data, "pingtan", "agency.json"), Path.Combine(output, "pingtan", "agency.json"));

        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2020.txt"), "--agency", "pingtan", "--out", output, "--source-name", "shared/samples/pingtan-2020.txt");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("unchanged", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("[acknowledged:", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_prints_findings_of_the_published_table()
    {
        var outcome = CliRunner.Run("import", Samples.PathOf("pingtan-2020.txt"), "--agency", "pingtan", "--out", RepoPaths.NewTempFolder());

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("error R-N2", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("20 ≠ 26", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_folder_reads_every_report_in_it_goes_on_after_a_failure_and_ends_with_a_table()
    {
        var folder = RepoPaths.NewTempFolder();
        var output = RepoPaths.NewTempFolder();
        File.Copy(Samples.PathOf("pingtan-2024.txt"), Path.Combine(folder, "pingtan-2024.txt"));
        File.Copy(Samples.PathOf("pingtan-2025.txt"), Path.Combine(folder, "pingtan-2025.txt"));
        File.WriteAllBytes(Path.Combine(folder, "old-2019.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(folder, "notes.json"), "{}");

        var outcome = CliRunner.Run("import", folder, "--agency", "pingtan", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "pingtan", "2024.json")));
        Assert.True(File.Exists(Path.Combine(output, "pingtan", "2025.json")));
        Assert.Contains("D-FILETYPE", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(".docx", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.json", outcome.Output + outcome.Error, StringComparison.Ordinal);
        var table = outcome.Output[outcome.Output.IndexOf("cells read", StringComparison.Ordinal)..];
        Assert.Contains("national-2021", table, StringComparison.Ordinal);
        Assert.Contains("not imported (D-FILETYPE)", table, StringComparison.Ordinal);
        Assert.Contains("3 files: 2 imported (2 with every cell read, 0 with unsure cells left blank), 1 not imported", outcome.Output, StringComparison.Ordinal);
    }
}
