using System.Security.Cryptography;

namespace OpenData.Site;

/// <summary>Keeps XLSX files between builds, keyed by the SHA-256 of the CSV of the same rows (which holds every cell).</summary>
/// <remarks>Building an XLSX package is the slow part of writing datasets; unchanged rows give the same bytes.</remarks>
internal sealed class XlsxCache(string? folder)
{
    // Part of every key: bump it when the XLSX layout or its normalisation changes, so cached files are rebuilt.
    private const string Version = "xlsx-3";

    public byte[] GetOrAdd(byte[] csv, Func<byte[]> build)
    {
        if (folder is null)
        {
            return build();
        }

        var file = FileOf([csv]);
        if (File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }

        var bytes = build();
        Store(file, stream => stream.Write(bytes));
        return bytes;
    }

    /// <summary>Writes the XLSX to <paramref name="destination"/> (see <see cref="SiteFile.WriteTo"/>): the cached copy, or
    /// what <paramref name="build"/> writes there, which is then cached. The CSV is given in parts, hashed in turn, so a
    /// large one need not be joined for its key.</summary>
    public void WriteTo(Stream destination, IEnumerable<byte[]> csvParts, Action<Stream> build)
    {
        if (folder is null)
        {
            build(destination);
            return;
        }

        var file = FileOf(csvParts);
        if (File.Exists(file))
        {
            using var cached = File.OpenRead(file);
            cached.CopyTo(destination);
            return;
        }

        build(destination);
        Store(file, stream =>
        {
            destination.Position = 0;
            destination.CopyTo(stream);
        });
    }

    private string FileOf(IEnumerable<byte[]> csvParts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Version));
        foreach (var part in csvParts)
        {
            hash.AppendData(part);
        }

        var key = Convert.ToHexStringLower(hash.GetHashAndReset());
        return Path.Combine(folder!, key[..2], key + ".xlsx");
    }

    // Written to a temporary file first, so a build stopped half-way never leaves a cut-off package in the cache.
    private static void Store(string file, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }

        File.Move(temporary, file, overwrite: true);
    }
}
