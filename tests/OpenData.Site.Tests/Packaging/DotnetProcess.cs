using System.Diagnostics;

namespace OpenData.Site.Tests.Packaging;

/// <summary>Runs a command (dotnet, the installed tool) as a real process and captures its output.</summary>
internal static class DotnetProcess
{
    public sealed record Outcome(int ExitCode, string Output);

    public static Outcome Run(string fileName, string arguments, string workingDirectory, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            return new Outcome(-1, $"timed out after {timeoutSeconds} s: {fileName} {arguments}");
        }

        return new Outcome(process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Packs a project of the repository into a folder, in Release.</summary>
    public static string Pack(string project, string folder)
    {
        var outcome = Run("dotnet", $"pack \"{Path.Combine(RepoPaths.Root, "src", project)}\" -c Release -o \"{folder}\"", RepoPaths.Root, 600);
        Assert.True(outcome.ExitCode == 0, outcome.Output);
        return folder;
    }
}
