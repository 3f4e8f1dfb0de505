using System.CommandLine;
using OpenData.Site.Commands;

namespace OpenData.Site;

/// <summary>The <c>opendata</c> command line: builds the commands, runs one, and maps the outcome to an exit code.</summary>
/// <remarks>Exit codes: 0 success, 1 invalid data or failed build, 2 usage error. No stack trace unless <c>--verbose</c>.</remarks>
internal static class Cli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show every detail, including stack traces of unexpected errors",
        Recursive = true,
    };

    public static RootCommand CreateRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("opendata — 政府信息公开工作年度报告开放数据 / open data from government information-disclosure annual reports")
        {
            ValidateCommand.Create(output),
            ImportCommand.Create(output, error),
            BuildCommand.Create(output, error),
            FormsCommand.Create(output),
            SampleCommand.Create(output),
            ServeCommand.Create(output),
            NewCommand.Create(output, TimeProvider.System),
        };
        root.Options.Add(Verbose);
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRoot(output, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"opendata: {problem.Message}");
            }

            error.WriteLine("Run 'opendata --help' for usage.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is UsageException)
        {
            error.WriteLine($"opendata: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException or InvalidDataException)
        {
            error.WriteLine($"opendata: {e.Message}");
            if (parsed.GetValue(Verbose))
            {
                error.WriteLine(e);
            }

            return Failed;
        }
        catch (Exception e)
        {
            error.WriteLine($"opendata: internal error: {e.Message}");
            error.WriteLine(parsed.GetValue(Verbose) ? e.ToString() : "Run again with --verbose for details.");
            return Failed;
        }
    }
}
