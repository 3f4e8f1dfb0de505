using System.Diagnostics;
using System.Globalization;

namespace OpenData.Benchmarks;

/// <summary>What a built site is made of: its files, their bytes (apparent size and blocks on disk), and files and bytes
/// by page or file type, the Chinese pages apart from the English ones (<c>en/</c>).</summary>
/// <param name="Files">The files under the output folder.</param>
/// <param name="Bytes">Their apparent size: the sum of their lengths.</param>
/// <param name="OnDisk">The blocks the folder takes on disk, in bytes (<c>du</c>), or <see langword="null"/> when <c>du</c>
/// could not tell.</param>
/// <param name="Types">Files and bytes by type and language, in the order of <see cref="TypeOf"/>'s types.</param>
internal sealed record OutputFigures(int Files, long Bytes, long? OnDisk, IReadOnlyList<OutputFigures.Part> Types)
{
    /// <summary>The types, in the order they are printed.</summary>
    private static readonly string[] Order =
    [
        "report page", "indicator page", "indicator chart svg", "chart csv", "compare page", "agency page",
        "all-years table page", "ranking page", "ranking chart svg", "downloads", "data package csv", "other",
    ];

    /// <summary>The files and bytes of one type in one language.</summary>
    internal sealed record Part(string Type, string Language, int Files, long Bytes);

    /// <summary>Reads the files under <paramref name="folder"/>.</summary>
    public static OutputFigures Of(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), new FileInfo(f).Length))
            .ToList();
        var types = files
            .Select(f => (Key: TypeOf(f.Path), Bytes: f.Length))
            .GroupBy(f => f.Key)
            .Select(g => new Part(g.Key.Type, g.Key.Language, g.Count(), g.Sum(f => f.Bytes)))
            .OrderBy(p => Array.IndexOf(Order, p.Type))
            .ThenBy(p => p.Language, StringComparer.Ordinal)
            .ToList();
        return new OutputFigures(files.Count, files.Sum(f => f.Length), OnDiskBytes(folder), types);
    }

    /// <summary>The type of an output file (a path relative to the output folder, with <c>/</c>) and its language:
    /// <c>zh</c>, <c>en</c> for what is under <c>en/</c>, or <c>-</c> for files that are not pages.</summary>
    public static (string Type, string Language) TypeOf(string path)
    {
        var english = path.StartsWith("en/", StringComparison.Ordinal);
        var rest = english ? path[3..] : path;
        var parts = rest.Split('/');
        var html = rest.EndsWith(".html", StringComparison.Ordinal);
        var type = parts switch
        {
            ["agencies", _, "index.html"] => "agency page",
            ["agencies", _, "all-years.html"] => "all-years table page",
            ["agencies", _, "indicators", var name] when name.EndsWith(".html", StringComparison.Ordinal) => "indicator page",
            ["agencies", _, "indicators", var name] when name.EndsWith(".svg", StringComparison.Ordinal) => "indicator chart svg",
            ["agencies", _, "compare", _] when html => "compare page",
            ["agencies", _, var year, "index.html"] when IsYear(year) => "report page",
            ["agencies", _, var year, _] when IsYear(year) => "downloads",
            ["agencies", var id, var name] when name.StartsWith(id + ".", StringComparison.Ordinal) => "downloads",
            ["across", _, var name] when name.EndsWith(".svg", StringComparison.Ordinal) => "ranking chart svg",
            ["across", .., _] when html => "ranking page",
            ["downloads", var name] when name != "index.html" => "downloads",
            ["data", var name] when name.EndsWith(".csv", StringComparison.Ordinal) => "data package csv",
            [.., var name] when name.EndsWith(".csv", StringComparison.Ordinal) && !rest.StartsWith("assets/", StringComparison.Ordinal) => "chart csv",
            _ => "other",
        };
        return (type, html ? (english ? "en" : "zh") : english ? "en" : "-");
    }

    private static bool IsYear(string name) => name.Length == 4 && name.All(char.IsAsciiDigit);

    /// <summary>The folder's size on disk (allocated blocks), from <c>du</c>; <see langword="null"/> without it.</summary>
    private static long? OnDiskBytes(string folder)
    {
        try
        {
            var start = new ProcessStartInfo("du") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-s", "-B1", folder })
            {
                start.ArgumentList.Add(argument);
            }

            using var du = Process.Start(start)!;
            var output = du.StandardOutput.ReadToEnd();
            du.WaitForExit();
            return du.ExitCode == 0 && long.TryParse(output.Split('\t')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Prints the totals and the table of types.</summary>
    public void Print(TextWriter output, int reports)
    {
        output.WriteLine(FormattableString.Invariant(
            $"   {Files:N0} files, {Bytes:N0} bytes ({Bytes / 1048576.0:0.0} MiB), {(OnDisk is { } disk ? FormattableString.Invariant($"{disk:N0} bytes ({disk / 1048576.0:0.0} MiB) on disk") : "size on disk unknown (no du)")}; {Bytes / 1024.0 / reports:0.0} KiB per report"));
        output.WriteLine(FormattableString.Invariant($"   {"type",-22} {"lang",-4} {"files",9} {"bytes",15} {"KiB/report",10} {"share",6}"));
        foreach (var part in Types)
        {
            output.WriteLine(FormattableString.Invariant(
                $"   {part.Type,-22} {part.Language,-4} {part.Files,9:N0} {part.Bytes,15:N0} {part.Bytes / 1024.0 / reports,10:0.0} {(double)part.Bytes / Bytes,6:0.0%}"));
        }
    }
}
