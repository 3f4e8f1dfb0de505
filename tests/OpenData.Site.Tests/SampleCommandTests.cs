using CsCheck;
using OpenData.Site.Sample;

namespace OpenData.Site.Tests;

public sealed class SampleCommandTests
{
    [Fact]
    public void Sample_writes_fictional_data_that_validates_with_every_form_fitting_its_year()
    {
        var folder = RepoPaths.NewTempFolder();

        var outcome = CliRunner.Run("sample", "--agencies", "4", "--years", "12", "--out", folder);

        Assert.Equal(0, outcome.ExitCode);
        var data = DataSet.Load(Path.Combine(folder, "data"));
        Assert.Empty(data.Findings);
        Assert.Equal(48, data.Reports.Count);
        Assert.All(data.Agencies, a => Assert.Contains(SampleGenerator.Marker, a.Name, StringComparison.Ordinal));
        // English pages name an agency by its English name, so that name says it is fictional too, in English.
        Assert.All(data.Agencies, a => Assert.Matches(@"^[\x20-\x7E]+\(fictional data, no\. \d{3}\)$", a.NameEn));
        Assert.All(data.Reports, r => Assert.Equal(Forms.ForYear(r.Report.Year).Id, r.Report.Form));
        Assert.True(Validator.Validate(data).IsValid);
        Assert.Equal(0, CliRunner.Run("validate", Path.Combine(folder, "data")).ExitCode);
    }

    [Fact]
    public void Sample_settings_say_fictional_on_every_page_and_the_folder_builds_as_it_is()
    {
        var folder = RepoPaths.NewTempFolder();
        CliRunner.Run("sample", "--agencies", "2", "--years", "3", "--out", folder);

        var settings = SettingsLoader.Load(Path.Combine(folder, "input"), null);
        Assert.Contains(SampleGenerator.Marker, settings.Title, StringComparison.Ordinal);
        Assert.Contains(SampleGenerator.Marker, settings.Footer, StringComparison.Ordinal);
        Assert.Contains("fictional", settings.FooterEn, StringComparison.OrdinalIgnoreCase);
        var about = Assert.Single(SettingsLoader.LoadPages(Path.Combine(folder, "input")));
        Assert.Contains(SampleGenerator.Marker, about.Title, StringComparison.Ordinal);

        var output = Path.Combine(folder, "output");
        var build = CliRunner.Run("build", "--data", Path.Combine(folder, "data"), "--input", Path.Combine(folder, "input"), "--output", output, "--no-charts");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains(SampleGenerator.Marker, File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.Contains(SampleGenerator.Marker, File.ReadAllText(Path.Combine(output, "agencies", SampleGenerator.AgencyId(0), "2025", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        var a = RepoPaths.NewTempFolder();
        var b = RepoPaths.NewTempFolder();

        CliRunner.Run("sample", "--agencies", "3", "--years", "8", "--seed", "42", "--out", a);
        CliRunner.Run("sample", "--agencies", "3", "--years", "8", "--seed", "42", "--out", b);

        Assert.Equal(FolderHashes.Of(a), FolderHashes.Of(b));
        Assert.NotEqual(FolderHashes.Of(a), FolderHashes.Of(RunWithSeed(43)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_in_another_process()
    {
        var here = RepoPaths.NewTempFolder();
        var there = RepoPaths.NewTempFolder();
        CliRunner.Run("sample", "--agencies", "3", "--years", "8", "--seed", "42", "--out", here);

        var other = Packaging.DotnetProcess.Run("dotnet", $"exec \"{typeof(Cli).Assembly.Location}\" sample --agencies 3 --years 8 --seed 42 --out \"{there}\"", there);
        Assert.True(other.ExitCode == 0, other.Output);

        Assert.Equal(FolderHashes.Of(here), FolderHashes.Of(there));
    }

    [Fact]
    public void Generated_series_keep_identities_and_carry_overs_for_any_seed()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var reports = new SampleGenerator(seed).CreateReports(seed % 50, 2016, 2025);
            // The agency with every agency before it: its government and that government's parents.
            var data = DataSet.FromReports(Enumerable.Range(0, (seed % 50) + 1).Select(SampleGenerator.CreateAgency), reports.Select(r => new SourcedReport(r, null)));

            var findings = Validator.Validate(data).Findings;

            Assert.DoesNotContain(findings, f => f.Severity != Severity.Info && !f.IsAcknowledged);
        }, iter: 200);
    }

    [Fact]
    public void Impossible_sizes_are_usage_errors()
    {
        var outcome = CliRunner.Run("sample", "--agencies", "0", "--out", RepoPaths.NewTempFolder());

        Assert.Equal(2, outcome.ExitCode);
    }

    private static string RunWithSeed(int seed)
    {
        var folder = RepoPaths.NewTempFolder();
        CliRunner.Run("sample", "--agencies", "3", "--years", "8", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder);
        return folder;
    }
}
