using System.Collections.Concurrent;

namespace OpenData.Site;

/// <summary>Creates files that do not exist yet, in folders it makes as needed: how a build writes its staging folder.</summary>
/// <remarks>Thread-safe. The benchmark writes a finished site again with it, to time writing alone.</remarks>
internal sealed class NewFiles
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>Makes the folder of <paramref name="file"/> if it was not made before; returns <paramref name="file"/>.</summary>
    public string Prepare(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        // Remembered, to save two system calls a file: indicator and comparison pages share their agency's folder, so
        // there are few (about one folder for a dozen files). Marked only once it exists: another
        // thread writing into the same folder must not get ahead of its creation.
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        return file;
    }

    /// <summary>Creates <paramref name="file"/>, which must not exist, and writes <paramref name="content"/> in one call,
    /// without a stream.</summary>
    public void Write(string file, byte[] content)
    {
        using var handle = File.OpenHandle(Prepare(file), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, fileOffset: 0);
    }
}
