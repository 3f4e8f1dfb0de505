using System.Text;

namespace OpenData.Site;

/// <summary>What the spare folder (the site before the published one, kept in the staging place) lacks to be the
/// published site: the files the last build wrote and those it deleted. Valid only for the published site whose manifest
/// it names; kept in <c>.opendata-cache/state/&lt;folder name&gt;.spare</c>.</summary>
/// <param name="Manifest">The SHA-256 (hex) of the published site's manifest.</param>
/// <param name="Written">Files of the published site that the spare folder lacks or holds in an older version.</param>
/// <param name="Deleted">Files the spare folder holds that the published site does not.</param>
internal sealed record SpareRecord(string Manifest, IReadOnlyList<string> Written, IReadOnlyList<string> Deleted)
{
    private const string Format = "opendata-spare 1";

    public static string PathFor(string outputFolder) => Path.ChangeExtension(BuildState.PathFor(outputFolder), ".spare");

    /// <summary>The record, when there is one for the published site with this manifest; otherwise <see langword="null"/>.</summary>
    public static SpareRecord? Read(string file, string manifest)
    {
        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Format || reader.ReadLine() != "manifest " + manifest)
            {
                return null;
            }

            var written = new List<string>();
            var deleted = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                (line[0] == 'W' ? written : deleted).Add(line[2..]);
            }

            return new SpareRecord(manifest, written, deleted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Writes the record atomically (a temporary file, then a rename).</summary>
    public void Write(string file) => StateFile.Write(file, writer =>
    {
        writer.WriteLine(Format);
        writer.WriteLine("manifest " + Manifest);
        foreach (var path in Written)
        {
            writer.WriteLine("W " + path);
        }

        foreach (var path in Deleted)
        {
            writer.WriteLine("D " + path);
        }
    });
}
