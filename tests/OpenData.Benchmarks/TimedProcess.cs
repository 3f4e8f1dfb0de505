using System.Diagnostics;

namespace OpenData.Benchmarks;

/// <summary>Another program run to its end as a whole process, timed from its start to its exit, with what it printed;
/// started on a quiet disk (<see cref="QuietDisk"/>).</summary>
internal static class TimedProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> (in <paramref name="folder"/>, if given).</summary>
    public static (TimeSpan Time, int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? folder = null)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (folder is not null)
        {
            start.WorkingDirectory = folder;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        QuietDisk.Wait();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        return (watch.Elapsed, process.ExitCode, output.Result, error.Result);
    }
}
