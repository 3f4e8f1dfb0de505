using System.Text.Json.Nodes;
using CsCheck;

namespace OpenData.Site.Tests.Build;

/// <summary>A rebuild makes only what depends on a change, writes only what differs, and always gives the bytes a clean build gives.</summary>
public sealed class IncrementalBuildTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_rebuild_with_nothing_changed_loads_nothing_and_writes_nothing()
    {
        var (data, input, output) = Copy();
        var first = Build(data, input, output);
        var stamps = Stamps(output);
        Thread.Sleep(50);

        var pipeline = new BuildPipeline(new FixedTime(Now));
        var result = pipeline.Run(data, input, output, null);

        Assert.True(result.Unchanged);
        Assert.Empty(result.Made);
        Assert.Equal(["check inputs"], pipeline.Timings.Select(t => t.Step));
        Assert.Equal(stamps, Stamps(output));
        Assert.True(result.Summary.Pages > 300, $"the summary of the last build is kept: {result.Summary}");
        Assert.Null(result.Charts);
        // Every chart of the first build was drawn or taken from a cache (another test may have drawn the same one), and drawing took time.
        Assert.Equal(first.Summary.Charts, first.Charts!.Drawn + first.Charts.Cached);
        Assert.True(first.Charts.Drawn == 0 || first.Charts.Drawing > TimeSpan.Zero);
    }

    // The check is by content alone: one byte changed in place, with the file's length and date kept, is seen.
    [Theory]
    [InlineData("data/pingtan/2022.json")]
    [InlineData("data/pingtan/agency.json")]
    [InlineData("data/report.schema.json")]
    [InlineData("input/site.json")]
    [InlineData("input/pages/about.md")]
    [InlineData("input/assets/site.css")]
    [InlineData("output/" + Routes.Manifest)]
    public void A_one_byte_edit_of_any_input_or_of_the_manifest_makes_the_next_build_run(string file)
    {
        var (data, input, output) = Copy();
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.WriteAllText(Path.Combine(input, "assets", "site.css"), "main { max-width: 60rem; }\n");
        var root = Path.GetDirectoryName(data)!;
        BuildWithoutCharts(data, input, output);
        Assert.Equal(["check inputs"], BuildWithoutCharts(data, input, output).Timings.Select(t => t.Step));

        var path = Path.Combine(root, file);
        var stamp = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, stamp);
        var pipeline = BuildWithoutCharts(data, input, output);

        Assert.True(pipeline.Timings.Count > 1, $"after one byte of {file} changed the build went on after checking its inputs");
    }

    // A build without charts (quicker); one that fails to load what an edit broke has still gone on to load it.
    private static BuildPipeline BuildWithoutCharts(string data, string input, string output)
    {
        var pipeline = new BuildPipeline(new FixedTime(Now), allowErrors: true, charts: false);
        try
        {
            pipeline.Run(data, input, output, null);
        }
        catch (BuildFailedException)
        {
        }

        return pipeline;
    }

    [Fact]
    public void Changing_one_report_makes_only_that_agencys_files_and_the_site_wide_ones()
    {
        var (data, input, output) = Copy();
        var first = Build(data, input, output);
        var stamps = Stamps(output);
        Thread.Sleep(50);
        SetValue(Path.Combine(data, "pingtan", "2022.json"), "s3.new.nat", 72);
        SetValue(Path.Combine(data, "pingtan", "2022.json"), "s3.new.tot", 75);

        var result = Build(data, input, output);

        Assert.False(result.Unchanged);
        Assert.NotEmpty(result.Made);
        // Region pages and files are made from all the data (the hierarchy is in every agency's file), as site-wide ones are.
        Assert.All(result.Made.Where(p => !p.StartsWith("regions/", StringComparison.Ordinal) && !p.StartsWith("en/regions/", StringComparison.Ordinal)), path => Assert.False(path.Contains("shanghai-gov-office/", StringComparison.Ordinal) || path.Contains("shanggao-county/", StringComparison.Ordinal), $"{path} does not depend on 平潭"));
        Assert.True(result.Made.Count < first.Made.Count, $"{result.Made.Count} of {first.Made.Count} files made again");
        Assert.Contains("agencies/pingtan/2022/index.html", result.Made);
        var rewritten = stamps.Where(s => File.GetLastWriteTimeUtc(Path.Combine(output, s.Key)) != s.Value).Select(s => s.Key).ToList();
        Assert.Contains("agencies/pingtan/2022/index.html", rewritten);
        Assert.DoesNotContain("agencies/shanghai-gov-office/2019/index.html", rewritten);
        Assert.Equal(result.Written, rewritten.Count);
        // Only the charts whose data changed are drawn again (pingtan's 新收 trend, and the rankings that list it).
        Assert.True(result.Charts!.Drawn is > 0 and <= 8, $"{result.Charts.Drawn} charts drawn, {result.Charts.Cached} from the cache");
        Assert.True(result.Charts.Cached > 20 * result.Charts.Drawn, $"{result.Charts.Drawn} charts drawn, {result.Charts.Cached} from the cache");
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void Editing_the_site_settings_remakes_pages_but_no_download_and_no_chart()
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        Edits.Single(e => e.Name == "the site title").Apply(data, input, 7);

        var result = Build(data, input, output);

        Assert.Contains("index.html", result.Made);
        Assert.Contains("agencies/pingtan/2022/index.html", result.Made);
        Assert.DoesNotContain(result.Made, p => p.EndsWith(".xlsx", StringComparison.Ordinal) || p.EndsWith(".csv", StringComparison.Ordinal) || (p.EndsWith(".svg", StringComparison.Ordinal) && p != Routes.Favicon));
        Assert.Equal(0, result.Charts!.Drawn + result.Charts.Cached);
        Assert.DoesNotContain("agencies/pingtan/2022/pingtan-2022.json", result.Made);
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void Changing_an_input_asset_makes_that_asset_again_and_nothing_else()
    {
        var (data, input, output) = Copy();
        var assets = Path.Combine(input, "assets");
        Directory.CreateDirectory(Path.Combine(assets, "brand"));
        File.WriteAllText(Path.Combine(assets, "brand", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        File.WriteAllText(Path.Combine(assets, "site.css"), "main { max-width: 60rem; }\n");
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(input, "site.json")))!;
        json["logo"] = "brand/logo.svg";
        File.WriteAllText(Path.Combine(input, "site.json"), json.ToJsonString());
        Build(data, input, output);
        var stamps = Stamps(output);
        Thread.Sleep(50);

        File.WriteAllText(Path.Combine(assets, "brand", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
        var logo = Build(data, input, output);
        File.WriteAllText(Path.Combine(assets, "site.css"), "main { max-width: 50rem; }\n");
        var stylesheet = Build(data, input, output);
        File.WriteAllBytes(Path.Combine(assets, "brand", "seal.png"), [1, 2, 3]);
        var added = Build(data, input, output);
        File.Delete(Path.Combine(assets, "brand", "seal.png"));
        var removed = Build(data, input, output);

        Assert.Equal(["assets/brand/logo.svg"], logo.Made);
        Assert.Equal(2, logo.Written); // the logo and the manifest
        Assert.Equal(["assets/site.css"], stylesheet.Made);
        Assert.Equal(["assets/brand/seal.png"], added.Made);
        Assert.Empty(removed.Made);
        Assert.Equal(1, removed.Deleted);
        Assert.False(File.Exists(Path.Combine(output, "assets", "brand", "seal.png")));
        var rewritten = stamps.Where(s => File.GetLastWriteTimeUtc(Path.Combine(output, s.Key)) != s.Value).Select(s => s.Key).Order(StringComparer.Ordinal);
        Assert.Equal([Routes.Manifest, "assets/brand/logo.svg", Routes.Stylesheet], rewritten);
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>", File.ReadAllText(Path.Combine(output, "assets", "brand", "logo.svg")));
        Assert.EndsWith("main { max-width: 50rem; }\n", File.ReadAllText(Path.Combine(output, Routes.Stylesheet)), StringComparison.Ordinal);
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void Changing_the_colours_makes_the_stylesheet_and_pages_again_but_no_other_asset()
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        Edits.Single(e => e.Name == "a colour").Apply(data, input, 3);

        var result = Build(data, input, output);

        Assert.Contains(Routes.Stylesheet, result.Made);
        Assert.DoesNotContain(Routes.Favicon, result.Made);
        Assert.Contains(":root { --accent: #0b5c03; }", File.ReadAllText(Path.Combine(output, Routes.Stylesheet)), StringComparison.Ordinal);
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void Recover_moves_back_a_previous_site_that_a_stopped_fallback_publish_left_aside()
    {
        // The two-rename fallback (where folders cannot be exchanged in one step) stopped between its renames: the
        // output folder is gone, the previous site is beside it, and so is the unfinished next one.
        var output = Path.Combine(RepoPaths.NewTempFolder(), "output");
        Directory.CreateDirectory(output + ".previous");
        File.WriteAllText(Path.Combine(output + ".previous", "index.html"), "previous");
        Directory.CreateDirectory(output + ".staging");
        File.WriteAllText(Path.Combine(output + ".staging", "index.html"), "next");

        SiteOutput.Recover(output);

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(output + ".previous"));
        Assert.False(Directory.Exists(output + ".staging"));
    }

    [Fact]
    public void A_rebuild_publishes_unchanged_files_as_links_to_the_same_bytes_with_their_dates()
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        var chart = Directory.EnumerateFiles(Path.Combine(output, "agencies", "pingtan"), "*.svg", SearchOption.AllDirectories).First();
        var date = File.GetLastWriteTimeUtc(chart);
        var settings = Path.Combine(input, "site.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("开放数据", "开放数据（改）", StringComparison.Ordinal));

        var result = Build(data, input, output);

        Assert.True(result.Written > 0);
        Assert.Equal(date, File.GetLastWriteTimeUtc(chart));
        Assert.Contains("开放数据（改）", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
        Assert.False(Directory.Exists(output + ".staging"));
    }

    [Fact]
    public void A_staging_folder_a_stopped_build_left_half_written_never_reaches_the_output()
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        var before = FolderHashes.Of(output);
        var staging = SiteOutput.StagingFolder(output);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "half-written");
        File.WriteAllText(Path.Combine(staging, "stray.html"), "half-written");

        Assert.True(Build(data, input, output).Unchanged);
        Assert.Equal(before, FolderHashes.Of(output));

        // A change publishes from a fresh staging folder: nothing the stopped build left is published.
        var settings = Path.Combine(input, "site.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("开放数据", "开放数据（改）", StringComparison.Ordinal));
        Build(data, input, output);
        Assert.False(File.Exists(Path.Combine(output, "stray.html")));
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    // Earlier versions wrote each report's CSV and XLSX beside its page (agencies/<id>/<year>/<id>-<year>.csv, .xlsx);
    // the agency's CSV and XLSX now hold those values. An output built by such a version, with its state, loses them on
    // the next build.
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void A_rebuild_deletes_the_per_report_files_an_earlier_version_wrote(string extension)
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        var stateFile = BuildState.PathFor(output);
        var state = BuildState.Read(stateFile, withFiles: true)!;
        var files = new Dictionary<string, FileRecord>(state.Files, StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var report in SiteFixture.Model.Reports)
        {
            var path = Routes.ReportFile(report.Agency, report.Year, extension);
            var rows = LongRow.Of(report, SiteFixture.Model);
            var bytes = extension == "xlsx" ? XlsxExport.Long(rows) : CsvExport.ObservationRecords(rows);
            File.WriteAllBytes(Path.Combine(output, path), bytes);
            files[path] = new FileRecord(files[Routes.AgencyCsv(report.Agency)].Key, System.Security.Cryptography.SHA256.HashData(bytes), bytes.Length);
            stale.Add(path);
        }

        // Another version's inputs hash (its program is part of it) makes the build go on past checking its inputs.
        new BuildState("an-earlier-version", state.Manifest, state.Summary, files).Write(stateFile);

        var result = Build(data, input, output);

        Assert.Equal(stale.Count, result.Deleted);
        Assert.All(stale, path => Assert.False(File.Exists(Path.Combine(output, path)), $"{path} is still there"));
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void An_output_changed_by_hand_is_rebuilt_whole()
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        File.WriteAllText(Path.Combine(output, "SHA256SUMS"), "edited by hand\n");
        File.Delete(Path.Combine(output, "index.html"));

        var result = Build(data, input, output);

        Assert.False(result.Unchanged);
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void A_clean_build_writes_every_file_again_and_restores_one_deleted_by_hand()
    {
        var (data, input, output) = Copy();
        Build(data, input, output);
        var before = FolderHashes.Of(output);
        File.Delete(Path.Combine(output, "agencies", "pingtan", "2022", "index.html"));

        var result = CliRunner.Run("build", "--data", data, "--input", input, "--output", output, "--allow-errors", "--clean");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 kept from the last build", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, FolderHashes.Of(output));
    }

    [Fact]
    public void After_a_build_whose_changed_inputs_change_no_file_the_next_build_still_publishes_every_file()
    {
        // Found by the property test below (seed b58rLJJSZWJ1): a build that remade files from changed inputs but wrote
        // no new bytes recorded its staging folder, which had started empty, as a spare holding the whole site; the next
        // build took it for one and published it with only the files it wrote.
        var (data, input, output) = Copy();
        Build(data, input, output);
        var file = Path.Combine(data, "shanghai-gov-office", "2019.json");
        File.WriteAllText(file, JsonNode.Parse(File.ReadAllText(file))!.ToJsonString());

        var same = Build(data, input, output);
        Directory.Delete(Path.Combine(data, "pingtan"), recursive: true);
        Build(data, input, output);

        Assert.True(same.Unchanged, "reformatting a data file changed the site");
        Assert.True(Directory.Exists(Path.Combine(output, "agencies", "shanggao-county")));
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    [Fact]
    public void A_build_without_charts_has_no_chart_and_no_link_to_one()
    {
        var (data, input, output) = Copy();
        var result = new BuildPipeline(new FixedTime(Now), charts: false).Run(data, input, output, null);

        Assert.Equal(0, result.Summary.Charts);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => f.EndsWith(".svg", StringComparison.Ordinal) && !f.EndsWith("favicon.svg", StringComparison.Ordinal));
        Assert.All(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), f => Assert.DoesNotContain("chart.svg", File.ReadAllText(f), StringComparison.Ordinal));

        // Charts on again: the next build adds them (the option is part of every file's key).
        var withCharts = Build(data, input, output);
        Assert.True(withCharts.Summary.Charts > 50, $"{withCharts.Summary.Charts} charts");
        Assert.Equal(FolderHashes.Of(CleanBuild(data, input)), FolderHashes.Of(output));
    }

    // The heart of it: whatever changes between two builds, the incremental build equals a clean build byte for byte.
    [Fact]
    public void After_any_sequence_of_edits_an_incremental_build_equals_a_clean_build()
    {
        var edit = Gen.Int[0, Edits.Length - 1].SelectMany(kind => Gen.Int[0, 1000].Select(n => (kind, n)));
        edit.Array[1, 3].Sample(edits =>
        {
            var (data, input, output) = Copy();
            Build(data, input, output);
            foreach (var (kind, n) in edits)
            {
                Edits[kind].Apply(data, input, n);
                Build(data, input, output);
                var expected = FolderHashes.Of(CleanBuild(data, input));
                var actual = FolderHashes.Of(output);
                if (!expected.SequenceEqual(actual))
                {
                    var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Take(5);
                    throw new InvalidOperationException($"after {string.Join(", ", edits.Select(e => Edits[e.kind].Name))}: {string.Join(", ", differing)} differ from a clean build");
                }
            }
        }, iter: 6, threads: 1);
    }

    private static readonly (string Name, Action<string, string, int> Apply)[] Edits =
    [
        ("a cell value", (data, _, n) =>
        {
            var reports = Reports(data);
            var file = reports[n % reports.Count];
            var values = (JsonObject)JsonNode.Parse(File.ReadAllText(file))!["values"]!;
            var numeric = values.Where(v => v.Value is JsonValue).Select(v => v.Key).ToList();
            SetValue(file, numeric[n % numeric.Count], n);
        }),
        ("a cell blanked", (data, _, n) =>
        {
            var reports = Reports(data);
            var file = reports[n % reports.Count];
            var values = (JsonObject)JsonNode.Parse(File.ReadAllText(file))!["values"]!;
            var codes = values.Select(v => v.Key).ToList();
            SetValue(file, codes[n % codes.Count], null);
        }),
        ("a report removed", (data, _, n) =>
        {
            var reports = Reports(data).GroupBy(Path.GetDirectoryName).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
            if (reports.Count > 0)
            {
                File.Delete(reports[n % reports.Count]);
            }
        }),
        ("an agency renamed", (data, _, n) =>
        {
            var agencies = Directory.GetFiles(data, "agency.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var file = agencies[n % agencies.Count];
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            json["name"] = json["name"]!.GetValue<string>() + n;
            File.WriteAllText(file, json.ToJsonString());
        }),
        ("an agency added", (data, _, n) =>
        {
            var agencies = Directory.GetDirectories(data).Order(StringComparer.Ordinal).ToList();
            var source = agencies[n % agencies.Count];
            var id = $"added-{n}";
            var target = Path.Combine(data, id);
            if (Directory.Exists(target))
            {
                return;
            }

            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source))
            {
                // Parsed, not replaced as text: an earlier edit may have rewritten the file without spaces.
                var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
                foreach (var name in new[] { "agency", "id" }.Where(json.ContainsKey))
                {
                    json[name] = id;
                }

                File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), json.ToJsonString());
            }
        }),
        ("an agency removed", (data, _, n) =>
        {
            var agencies = Directory.GetDirectories(data).Order(StringComparer.Ordinal).ToList();
            if (agencies.Count > 1)
            {
                Directory.Delete(agencies[n % agencies.Count], recursive: true);
            }
        }),
        ("the site title", (_, input, n) =>
        {
            var file = Path.Combine(input, "site.json");
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            json["title"] = "政府信息公开年报数据（测试" + n + "）";
            File.WriteAllText(file, json.ToJsonString());
        }),
        ("an input asset", (_, input, n) =>
        {
            var file = Path.Combine(input, "assets", (n % 3) switch { 0 => "site.css", 1 => "favicon.svg", _ => $"extra/{n % 5}.txt" });
            if (n % 4 == 0 && File.Exists(file))
            {
                File.Delete(file);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, n % 3 == 1 ? $"<svg xmlns=\"http://www.w3.org/2000/svg\"><title>{n}</title></svg>" : $"/* {n} */\n");
        }),
        ("a colour", (_, input, n) =>
        {
            var file = Path.Combine(input, "site.json");
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            json["colors"] = new JsonObject { ["accent"] = FormattableString.Invariant($"#0b5c{n % 256:x2}") };
            File.WriteAllText(file, json.ToJsonString());
        }),
        ("a page's text", (_, input, n) =>
        {
            var file = Path.Combine(input, "pages", "about.md");
            File.AppendAllText(file, $"\n\n补充说明 {n}。\n");
        }),
    ];

    private static List<string> Reports(string data) =>
        [.. Directory.GetFiles(data, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "agency.json" && Path.GetDirectoryName(f) != data).Order(StringComparer.Ordinal)];

    private static void SetValue(string file, string code, int? value)
    {
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        json["values"]![code] = value;
        File.WriteAllText(file, json.ToJsonString());
    }

    private static (string Data, string Input, string Output) Copy()
    {
        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        var input = Path.Combine(root, "input");
        RepoPaths.CopyFolder(RepoPaths.Data, data);
        RepoPaths.CopyFolder(RepoPaths.Input, input);
        return (data, input, Path.Combine(root, "output"));
    }

    private static BuildResult Build(string data, string input, string output) =>
        new BuildPipeline(new FixedTime(Now), allowErrors: true).Run(data, input, output, null);

    // A clean build beside the incremental one (so it shares the content-addressed chart and XLSX caches) with no state of its own.
    private static string CleanBuild(string data, string input)
    {
        var output = Path.Combine(Path.GetDirectoryName(data)!, "clean-" + Guid.NewGuid().ToString("N"));
        Build(data, input, output);
        return output;
    }

    private static Dictionary<string, DateTime> Stamps(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
