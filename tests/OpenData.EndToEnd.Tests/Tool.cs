using System.Diagnostics;

namespace OpenData.EndToEnd.Tests;

/// <summary>Runs the standard validators installed by tests/prerequisites.sh (Java, Node packages in tests/validators).</summary>
internal static class Tool
{
    public sealed record Outcome(int ExitCode, string Output);

    public static string Modules => Path.Combine(RepoPaths.Root, "tests", "validators", "node_modules");

    public static string Node(string relative)
    {
        var script = Path.Combine(Modules, relative);
        Assert.True(File.Exists(script), $"{script} is missing: run tests/prerequisites.sh");
        return script;
    }

    public static Outcome Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return new Outcome(-1, $"{fileName} timed out");
        }

        return new Outcome(process.ExitCode, output.Result + error.Result);
    }
}
