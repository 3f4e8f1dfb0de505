using System.Globalization;

namespace OpenData.Benchmarks;

/// <summary>The targets of issue #20 on a sample, each against what this run measured, with pass or fail; beside them the
/// previous release's figures when <c>--baseline</c> gave one.</summary>
internal static class Targets
{
    /// <summary>Output per report, in KiB (apparent bytes ÷ reports).</summary>
    public const double KiBPerReport = 200;

    /// <summary>The full build with charts, as a multiple of Hugo's time for one tables-only page per report.</summary>
    public const double TimesHugo = 7;

    /// <summary>The render-pages step's time per page, in milliseconds.</summary>
    public const double MsPerPage = 0.16;

    /// <summary>The rebuild with nothing changed, in seconds.</summary>
    public const double NoChangeSeconds = 0.06;

    /// <summary>The figures of one tool on one sample.</summary>
    /// <param name="Output">The cold build's output.</param>
    /// <param name="Cold">The cold build's time (the current tool's: the median of three cold builds).</param>
    /// <param name="RenderPages">The cold build's render-pages step, if known (the current tool's: the median of the three
    /// builds' steps).</param>
    /// <param name="Pages">The pages it made, if known.</param>
    /// <param name="NoChange">The rebuild with nothing changed.</param>
    /// <param name="Timed">How the times were taken (in this process, or a process each).</param>
    internal sealed record Figures(OutputFigures Output, TimeSpan Cold, TimeSpan? RenderPages, int? Pages, TimeSpan NoChange, string Timed)
    {
        public double KiBPerReport(int reports) => Output.Bytes / 1024.0 / reports;

        public double? MsPerPage => RenderPages is { } step && Pages is > 0 and { } pages ? step.TotalMilliseconds / pages : null;
    }

    /// <summary>Prints the targets block and, with a previous release, the figures side by side.</summary>
    public static void Print(TextWriter output, int reports, bool charts, Figures current, HugoBaseline.Figures hugo, Figures? previous)
    {
        output.WriteLine("-- targets (issue #20; this machine's timings are noisy when other work shares its processors):");
        var kib = current.KiBPerReport(reports);
        Line(output, "output per report", F($"{kib:0.0} KiB"), F($"≤ {KiBPerReport:0} KiB"), kib <= KiBPerReport,
            previous is null ? null : F($"{previous.KiBPerReport(reports):0.0} KiB"));

        if (hugo.Time is not { } hugoTime)
        {
            output.WriteLine($"   {"full build ÷ Hugo",-22} skipped: {hugo.Skipped}");
        }
        else
        {
            var ratio = current.Cold / hugoTime;
            Line(output, "full build ÷ Hugo", F($"{ratio:0.0}× ({current.Cold.TotalSeconds:0.00} s ÷ {hugoTime.TotalSeconds:0.00} s)"), F($"≤ {TimesHugo:0}×"),
                charts ? ratio <= TimesHugo : null,
                previous is null ? null : F($"{previous.Cold / hugoTime:0.0}× ({previous.Cold.TotalSeconds:0.00} s)"));
        }

        if (current.MsPerPage is { } ms)
        {
            Line(output, "render pages per page", F($"{ms:0.000} ms ({current.RenderPages!.Value.TotalSeconds:0.00} s ÷ {current.Pages:N0})"), F($"≤ {MsPerPage:0.00} ms"), ms <= MsPerPage,
                previous?.MsPerPage is { } before ? F($"{before:0.000} ms") : previous is null ? null : "not printed");
        }

        Line(output, "no-change rebuild", F($"{current.NoChange.TotalSeconds:0.00} s"), F($"≤ {NoChangeSeconds:0.00} s"), current.NoChange.TotalSeconds <= NoChangeSeconds,
            previous is null ? null : F($"{previous.NoChange.TotalSeconds:0.00} s"));
        if (!charts)
        {
            output.WriteLine("   (built without charts: the target against Hugo is for the full build with charts)");
        }

        if (previous is not null)
        {
            output.WriteLine($"   the previous release's times are of a whole `opendata build` process each ({previous.Timed}); the current ones {current.Timed}");
        }
    }

    /// <summary>Prints the cold build's output and times of the current tool and the previous release side by side.</summary>
    public static void PrintSideBySide(TextWriter output, int reports, Figures current, Figures previous)
    {
        output.WriteLine($"   {"",-22} {"current",28} {"previous release",28}");
        Pair(output, "files", F($"{current.Output.Files:N0}"), F($"{previous.Output.Files:N0}"));
        Pair(output, "bytes", F($"{current.Output.Bytes:N0}"), F($"{previous.Output.Bytes:N0}"));
        Pair(output, "bytes on disk", OnDisk(current.Output), OnDisk(previous.Output));
        Pair(output, "KiB per report", F($"{current.KiBPerReport(reports):0.0}"), F($"{previous.KiBPerReport(reports):0.0}"));
        Pair(output, "cold build", F($"{current.Cold.TotalSeconds:0.00} s"), F($"{previous.Cold.TotalSeconds:0.00} s"));
        Pair(output, "render pages per page", current.MsPerPage is { } now ? F($"{now:0.000} ms") : "-", previous.MsPerPage is { } before ? F($"{before:0.000} ms") : "-");
        Pair(output, "no-change rebuild", F($"{current.NoChange.TotalSeconds:0.00} s"), F($"{previous.NoChange.TotalSeconds:0.00} s"));
    }

    private static string OnDisk(OutputFigures output) => output.OnDisk is { } bytes ? F($"{bytes:N0}") : "unknown";

    private static void Pair(TextWriter output, string name, string current, string previous) =>
        output.WriteLine($"   {name,-22} {current,28} {previous,28}");

    // One target: its figure, the target, pass / fail (or n/a), and the previous release's figure when there is one.
    private static void Line(TextWriter output, string name, string figure, string target, bool? pass, string? previous) =>
        output.WriteLine($"   {name,-22} {figure,-40} {target,-10} {(pass is null ? "n/a" : pass.Value ? "pass" : "FAIL"),-4}{(previous is null ? "" : $"   previous release: {previous}")}");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
