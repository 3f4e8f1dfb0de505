using System.Security.Cryptography;

namespace OpenData.Site;

/// <summary>Keeps XLSX files between builds, keyed by the SHA-256 of the CSV of the same rows (which holds every cell).</summary>
/// <remarks>Building an XLSX package and normalising its zip is the slow part of writing datasets; unchanged rows give the same bytes.</remarks>
internal sealed class XlsxCache(string? folder)
{
    // Part of every key: bump it when the XLSX layout or its normalisation changes, so cached files are rebuilt.
    private const string Version = "xlsx-2";

    public byte[] GetOrAdd(byte[] csv, Func<byte[]> build) => GetOrAdd([csv], build);

    /// <summary>The same, with the CSV given in parts (hashed in turn, so a large CSV need not be joined for its key).</summary>
    public byte[] GetOrAdd(IEnumerable<byte[]> csvParts, Func<byte[]> build)
    {
        if (folder is null)
        {
            return build();
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Version));
        foreach (var part in csvParts)
        {
            hash.AppendData(part);
        }

        var key = Convert.ToHexStringLower(hash.GetHashAndReset());
        var file = Path.Combine(folder, key[..2], key + ".xlsx");
        if (File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }

        var bytes = build();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, file, overwrite: true);
        return bytes;
    }
}
