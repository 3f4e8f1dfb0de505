using System.CommandLine;

namespace OpenData.Site.Commands;

/// <summary><c>opendata build</c>: turns data/ and input/ into the static site in output/.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var (data, input, outputFolder) = SiteFolderOptions.Create();
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Publish even when validation errors are not acknowledged (they are flagged on the pages)" };
        var clean = new Option<bool>("--clean") { Description = "Make and write every file again, ignoring what the last build left (after output/ was edited by hand)" };
        var noCharts = new Option<bool>("--no-charts") { Description = "Leave charts out (pages show their data tables): a quicker build for checking data" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site is published at (overrides site.json), e.g. https://example.org/opendata/" };
        var command = new Command("build", """
            Build the static website: pages, charts, downloads and metadata. A rebuild makes again only the
            files whose inputs changed and writes only those whose bytes differ; with nothing changed it
            writes nothing. Changes are staged beside the output and put in place only when the build
            succeeded, so a failed or stopped build leaves the previous site as it was.
            Unacknowledged validation errors stop the build (acknowledge published inconsistencies with a
            reason in the data file, or use --allow-errors). Exit code 0 on success, 1 when the input cannot
            be built, 2 for usage errors.

            Examples:
              opendata build
              opendata build --no-charts
              opendata build --data data --input input --output output --base-url https://example.org/opendata/
            """)
        {
            data, input, outputFolder, baseUrl, allowErrors, noCharts, clean,
        };
        command.SetAction(parse =>
        {
            BuildPipeline? pipeline = null;
            try
            {
                var result = BuildProgress.Run(output, onStep =>
                {
                    pipeline = new BuildPipeline(TimeProvider.System, parse.GetValue(allowErrors), charts: !parse.GetValue(noCharts)) { StepStarting = onStep, Clean = parse.GetValue(clean) };
                    return pipeline.Run(parse.GetValue(data)!, parse.GetValue(input)!, parse.GetValue(outputFolder)!, parse.GetValue(baseUrl));
                });
                WriteWarnings(pipeline, error);
                output.WriteLine($"opendata build: {result.Summary.Files} files in {parse.GetValue(outputFolder)}");
                pipeline!.WriteSummary(output, result);
                return Cli.Ok;
            }
            catch (BuildFailedException e)
            {
                WriteWarnings(pipeline, error);
                foreach (var problem in e.Problems)
                {
                    error.WriteLine(problem);
                }

                error.WriteLine($"opendata build: failed; {parse.GetValue(outputFolder)} was left as it was.");
                return Cli.Failed;
            }
        });
        return command;
    }

    private static void WriteWarnings(BuildPipeline? pipeline, TextWriter error)
    {
        foreach (var warning in pipeline?.Warnings ?? [])
        {
            error.WriteLine(warning);
        }
    }
}
