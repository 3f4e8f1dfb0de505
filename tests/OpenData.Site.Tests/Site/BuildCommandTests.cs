using OpenData.Site.Commands;

namespace OpenData.Site.Tests.Build;

public sealed class BuildCommandTests
{
    [Fact]
    public void Build_writes_the_site_and_prints_a_timing_summary()
    {
        var output = Path.Combine(RepoPaths.NewTempFolder(), "site");

        var result = CliRunner.Run("build", "--data", SiteFixture.Data, "--input", SiteFixture.Input, "--output", output, "--allow-errors");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Contains("render pages", result.Output, StringComparison.Ordinal);
        Assert.Contains("[1/13] check inputs", result.Output, StringComparison.Ordinal);
        Assert.Contains("[13/13] commit", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ pages, \d+ charts, \d+ files; findings: 2 errors, \d+ warnings", result.Output);
        Assert.Contains("commit", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output + ".staging"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        RepoPaths.CopyFolder(SiteFixture.Data, data);
        var output = Path.Combine(root, "site");
        Assert.Equal(0, CliRunner.Run("build", "--data", data, "--input", SiteFixture.Input, "--output", output, "--allow-errors").ExitCode);
        var before = FolderHashes.Of(output);
        File.WriteAllText(Path.Combine(data, "pingtan", "2022.json"), "{ \"agency\": \"pingtan\", \"year\": 2022, ");

        var result = CliRunner.Run("build", "--data", data, "--input", SiteFixture.Input, "--output", output, "--allow-errors");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pingtan/2022.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderHashes.Of(output));
    }

    [Fact]
    public void A_second_build_of_a_site_being_built_stops_with_a_message_and_touches_nothing()
    {
        var root = RepoPaths.NewTempFolder();
        var output = Path.Combine(root, "site");
        Assert.Equal(0, CliRunner.Run("build", "--data", SiteFixture.Data, "--input", SiteFixture.Input, "--output", output, "--allow-errors", "--no-charts").ExitCode);
        var state = Path.Combine(root, ".opendata-cache", "state");
        var (before, stateBefore) = (FolderHashes.Of(output), FolderHashes.Of(state));

        // Another build holds the lock, on a thread of its own (a build's thread takes it and lets it go).
        using var held = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        var other = new Thread(() =>
        {
            using (BuildLock.Acquire(output))
            {
                held.Set();
                letGo.Wait();
            }
        });
        other.Start();
        held.Wait();
        try
        {
            var result = CliRunner.Run("build", "--data", SiteFixture.Data, "--input", SiteFixture.Input, "--output", output, "--allow-errors", "--clean");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(".opendata-cache: error: another opendata build (or serve) is building this site", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            Assert.Equal(before, FolderHashes.Of(output));
            Assert.Equal(stateBefore, FolderHashes.Of(state));
        }
        finally
        {
            letGo.Set();
            other.Join();
        }

        // Once it is let go, the next build goes on.
        Assert.Equal(0, CliRunner.Run("build", "--data", SiteFixture.Data, "--input", SiteFixture.Input, "--output", output, "--allow-errors", "--no-charts").ExitCode);
    }

    [Fact]
    public void A_broken_site_json_is_named_with_its_line()
    {
        var root = RepoPaths.NewTempFolder();
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.json"), "{\n  \"title\": \"x\",\n  \"languages\": 3\n}\n");

        var result = CliRunner.Run("build", "--data", SiteFixture.Data, "--input", input, "--output", Path.Combine(root, "site"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.json: $.languages", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")));
    }

    [Fact]
    public void A_missing_data_folder_fails_with_a_message_naming_it()
    {
        var root = RepoPaths.NewTempFolder();

        var result = CliRunner.Run("build", "--data", Path.Combine(root, "nowhere"), "--input", SiteFixture.Input, "--output", Path.Combine(root, "site"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")));
    }


    [Fact]
    public void Unacknowledged_errors_stop_the_build_unless_allowed()
    {
        var root = RepoPaths.NewTempFolder();
        var output = Path.Combine(root, "site");

        var refused = CliRunner.Run("build", "--data", SiteFixture.Data, "--input", SiteFixture.Input, "--output", output);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("pingtan/2020.json: $.values[\"s3.done.nat\"]: error: R-N2", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--allow-errors", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Equal(0, CliRunner.Run("build", "--data", SiteFixture.Data, "--input", SiteFixture.Input, "--output", output, "--allow-errors").ExitCode);
    }

    [Fact]
    public void Build_and_serve_take_the_one_definition_of_the_folder_options()
    {
        var root = Cli.CreateRoot(TextWriter.Null, TextWriter.Null);
        var expected = SiteFolderOptions.Create();

        foreach (var name in new[] { "build", "serve" })
        {
            var options = root.Subcommands.Single(c => c.Name == name).Options;
            foreach (var option in new[] { expected.Data, expected.Input, expected.Output })
            {
                var actual = Assert.Single(options, o => o.Name == option.Name);
                Assert.Equal(option.Description, actual.Description);
                Assert.Equal(option.GetDefaultValue(), actual.GetDefaultValue());
            }
        }

        Assert.Equal(["--data", "--input", "--output"], [expected.Data.Name, expected.Input.Name, expected.Output.Name]);
        Assert.Equal(["data", "input", "output"], new[] { expected.Data, expected.Input, expected.Output }.Select(o => o.GetDefaultValue()));
    }
}
