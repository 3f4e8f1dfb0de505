using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Benchmarks;

/// <summary>What one cold build of a sample took and made, timed in the process that built it (process start not
/// included), and the one line a <c>--cold-only</c> process prints of it for the process that started it.</summary>
/// <param name="Wall">The build's wall time, from the pipeline's start to its end.</param>
/// <param name="RenderPages">Its render-pages step.</param>
/// <param name="Pages">The pages it made.</param>
internal sealed partial record ColdBuild(TimeSpan Wall, TimeSpan RenderPages, int Pages)
{
    /// <summary>The line <see cref="Parse"/> reads back: wall seconds and render-pages milliseconds round-tripped.</summary>
    public string ToLine() => FormattableString.Invariant(
        $"cold-only: wall {Wall.TotalSeconds:R} s, render pages {RenderPages.TotalMilliseconds:R} ms, {Pages} pages");

    /// <summary>The build of the <see cref="ToLine"/> line in <paramref name="output"/>, or null when it has none.</summary>
    public static ColdBuild? Parse(string output)
    {
        var line = Line().Match(output);
        return line.Success
            ? new ColdBuild(
                TimeSpan.FromSeconds(double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture)),
                TimeSpan.FromMilliseconds(double.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture)),
                int.Parse(line.Groups[3].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The median wall time and the median render-pages time of <paramref name="builds"/> (an odd number of
    /// them), each the median of its own values, so the two may come from different builds.</summary>
    /// <exception cref="InvalidOperationException">The builds made different numbers of pages.</exception>
    public static ColdBuild Median(IReadOnlyList<ColdBuild> builds)
    {
        if (builds.Select(b => b.Pages).Distinct().Count() != 1)
        {
            throw new InvalidOperationException(
                $"the cold builds of one sample made different numbers of pages: {string.Join(", ", builds.Select(b => b.Pages))}");
        }

        return new ColdBuild(
            Statistic.Median(builds.Select(b => b.Wall)),
            Statistic.Median(builds.Select(b => b.RenderPages)),
            builds[0].Pages);
    }

    [GeneratedRegex(@"^cold-only: wall (\S+) s, render pages (\S+) ms, (\d+) pages\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
