using System.Globalization;
using System.Text;

namespace OpenData.Site;

/// <summary>What the last successful build wrote to an output folder: the input hash, the manifest, a summary and, per
/// file, the key of its inputs with its SHA-256 and length. Kept in the cache folder, so a rebuild can tell what changed.</summary>
internal sealed class BuildState
{
    private const string Format = "opendata-build-state 2";

    public BuildState(string site, string manifest, BuildSummary summary, IReadOnlyDictionary<string, FileRecord> files)
    {
        Site = site;
        Manifest = manifest;
        Summary = summary;
        Files = files;
    }

    /// <summary>The hash of every input (<see cref="BuildFingerprint.Site"/>).</summary>
    public string Site { get; }

    /// <summary>The SHA-256 (hex) of the manifest written to the output, to tell that the output is still the one built.</summary>
    public string Manifest { get; }

    public BuildSummary Summary { get; }

    /// <summary>Every file but the manifest; empty when only the header was read.</summary>
    public IReadOnlyDictionary<string, FileRecord> Files { get; }

    /// <summary>Where the state of an output folder is kept: <c>.opendata-cache/state/&lt;folder name&gt;.tsv</c>.</summary>
    public static string PathFor(string outputFolder) =>
        Path.Combine(BuildPipeline.CacheFolder(outputFolder, "state"), Path.GetFileName(Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar)) + ".tsv");

    /// <summary>Reads a saved state; <see langword="null"/> when there is none or it cannot be used (then the build starts clean).</summary>
    /// <param name="file">The state file.</param>
    /// <param name="withFiles">Read the file list too, not only the header.</param>
    public static BuildState? Read(string file, bool withFiles)
    {
        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Format || Value(reader, "site") is not { } site || Value(reader, "manifest") is not { } manifest
                || Value(reader, "summary") is not { } summaryText || Value(reader, "files") is not { } countText)
            {
                return null;
            }

            var numbers = summaryText.Split(' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            var summary = new BuildSummary(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6], numbers[7]);
            var count = int.Parse(countText, CultureInfo.InvariantCulture);
            var files = new Dictionary<string, FileRecord>(withFiles ? count : 0, StringComparer.Ordinal);
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            while (withFiles && reader.ReadLine() is { } line)
            {
                var parts = line.Split('\t');
                if (!keys.TryGetValue(parts[1], out var key))
                {
                    key = parts[1];
                    keys[key] = key;
                }

                files[parts[0]] = new FileRecord(key, Convert.FromHexString(parts[2]), long.Parse(parts[3], CultureInfo.InvariantCulture));
            }

            return withFiles && files.Count != count ? null : new BuildState(site, manifest, summary, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the state atomically (a temporary file, then a rename).</summary>
    public void Write(string file) => StateFile.Write(file, writer =>
    {
        writer.WriteLine(Format);
        writer.WriteLine("site " + Site);
        writer.WriteLine("manifest " + Manifest);
        var s = Summary;
        writer.WriteLine(FormattableString.Invariant($"summary {s.Pages} {s.Charts} {s.Files} {s.Errors} {s.Warnings} {s.Acknowledged} {s.Info} {s.Blocking}"));
        writer.WriteLine("files " + Files.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (path, record) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write('\t');
            writer.Write(record.Key);
            writer.Write('\t');
            writer.Write(Convert.ToHexStringLower(record.Sha256));
            writer.Write('\t');
            writer.WriteLine(record.Length.ToString(CultureInfo.InvariantCulture));
        }
    });

    private static string? Value(StreamReader reader, string name) =>
        reader.ReadLine() is { } line && line.StartsWith(name + " ", StringComparison.Ordinal) ? line[(name.Length + 1)..] : null;
}

/// <summary>One written file: the key of its inputs, its SHA-256 and its length.</summary>
internal readonly record struct FileRecord(string Key, byte[] Sha256, long Length);

/// <summary>What a build made: counts of pages, charts and files, and of findings by severity.</summary>
/// <param name="Pages">HTML pages.</param>
/// <param name="Charts">SVG charts.</param>
/// <param name="Files">Every file, the manifest included.</param>
/// <param name="Errors">Validation errors, acknowledged or not.</param>
/// <param name="Warnings">Validation warnings.</param>
/// <param name="Acknowledged">Findings acknowledged in the data files.</param>
/// <param name="Info">Informational findings.</param>
/// <param name="Blocking">Errors not acknowledged in the data: a build without <c>--allow-errors</c> refuses them.</param>
internal sealed record BuildSummary(int Pages, int Charts, int Files, int Errors, int Warnings, int Acknowledged, int Info, int Blocking);
