using System.Diagnostics;

namespace OpenData.Site.Tests;

/// <summary>Runs the opendata command line in-process and captures what it prints, or as a process of its own where a test
/// has to stop it (a signal, a kill half-way).</summary>
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

    /// <summary>Starts <c>opendata</c> with <paramref name="args"/> as a process (this build's assembly, through
    /// <c>dotnet exec</c>), its output and error redirected; the caller reads them and disposes of the process.</summary>
    public static Process Start(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in (string[])["exec", typeof(Cli).Assembly.Location, .. args])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
