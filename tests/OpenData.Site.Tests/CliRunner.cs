namespace OpenData.Site.Tests;

/// <summary>Runs the opendata command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Outcome Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
