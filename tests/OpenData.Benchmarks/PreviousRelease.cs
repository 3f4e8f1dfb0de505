using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Benchmarks;

/// <summary><c>--baseline &lt;program&gt;</c>: another build of OpenData (the previous release, published) builds the same
/// sample as a process of its own, timed whole, so its figures can be printed beside the current ones.</summary>
internal static partial class PreviousRelease
{
    /// <summary>What one <c>opendata build</c> of the previous release took and made.</summary>
    /// <param name="Time">The whole process, start to exit.</param>
    /// <param name="RenderPages">The time of its render-pages step as it printed it, if it did.</param>
    /// <param name="Pages">The pages it printed it made, if it did.</param>
    internal sealed record Build(TimeSpan Time, TimeSpan? RenderPages, int? Pages);

    /// <summary>Runs <c>&lt;program&gt; build</c> of <paramref name="data"/> and <paramref name="input"/> into
    /// <paramref name="output"/>; a <c>.dll</c> runs with <c>dotnet</c>.</summary>
    /// <exception cref="InvalidOperationException">The build failed.</exception>
    public static Build Run(string program, string data, string input, string output, bool noCharts)
    {
        var dll = program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var arguments = (dll ? [program] : Array.Empty<string>())
            .Concat(["build", "--data", data, "--input", input, "--output", output, "--allow-errors"])
            .Concat(noCharts ? ["--no-charts"] : []);
        var (time, exit, text, error) = TimedProcess.Run(dll ? "dotnet" : program, arguments);
        if (exit != 0)
        {
            throw new InvalidOperationException($"the baseline program failed (exit code {exit}): {error}");
        }

        var step = RenderPagesLine().Match(text);
        var pages = PagesLine().Match(text);
        return new Build(
            time,
            step.Success ? TimeSpan.FromMilliseconds(int.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture)) : null,
            pages.Success ? int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture) : null);
    }

    // The lines of BuildPipeline.WriteSummary that `opendata build` prints: "  render pages   1234 ms" and "  82232 pages, …".
    [GeneratedRegex(@"^\s*render pages\s+(\d+) ms\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex RenderPagesLine();

    [GeneratedRegex(@"^\s*(\d+) pages, ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PagesLine();
}
