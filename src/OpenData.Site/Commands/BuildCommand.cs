using System.CommandLine;

namespace OpenData.Site.Commands;

/// <summary><c>opendata build</c>: turns data/ and input/ into the static site in output/.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The data folder", DefaultValueFactory = _ => "data" };
        var input = new Option<string>("--input") { Description = "The site input folder (site.json, pages/)", DefaultValueFactory = _ => "input" };
        var outputFolder = new Option<string>("--output") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Publish even when validation errors are not acknowledged (they are flagged on the pages)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site is published at (overrides site.json), e.g. https://example.org/opendata/" };
        var command = new Command("build", """
            Build the static website: pages, charts, downloads and metadata. The site is built in a staging
            folder and replaces the output folder only when the build succeeded.
            Unacknowledged validation errors stop the build (acknowledge published inconsistencies with a
            reason in the data file, or use --allow-errors). Exit code 0 on success, 1 when the input cannot
            be built, 2 for usage errors.

            Examples:
              opendata build
              opendata build --data data --input input --output output --base-url https://example.org/opendata/
            """)
        {
            data, input, outputFolder, baseUrl, allowErrors,
        };
        command.SetAction(parse =>
        {
            BuildPipeline? pipeline = null;
            try
            {
                var files = BuildProgress.Run(output, onStep =>
                {
                    pipeline = new BuildPipeline(TimeProvider.System, parse.GetValue(allowErrors)) { StepStarting = onStep };
                    return pipeline.Run(parse.GetValue(data)!, parse.GetValue(input)!, parse.GetValue(outputFolder)!, parse.GetValue(baseUrl));
                });
                output.WriteLine($"opendata build: {files.Count} files written to {parse.GetValue(outputFolder)}");
                pipeline!.WriteSummary(output, files);
                return Cli.Ok;
            }
            catch (BuildFailedException e)
            {
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
}
