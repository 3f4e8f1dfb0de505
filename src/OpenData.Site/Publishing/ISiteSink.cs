namespace OpenData.Site;

/// <summary>Where build steps put the files they make: memory (<see cref="SiteFiles"/>, for tests) or the output folder
/// (<see cref="SiteOutput"/>, streamed and incremental).</summary>
internal interface ISiteSink
{
    /// <summary>Adds the files <paramref name="produce"/> makes, exactly <paramref name="paths"/>; a sink may instead keep
    /// the files of the previous build when the inputs of <paramref name="scope"/> are unchanged, without calling it.</summary>
    public void Group(FileScope scope, IReadOnlyList<string> paths, Func<IEnumerable<SiteFile>> produce);

    /// <summary>The paths of every file added or kept so far.</summary>
    public IReadOnlyCollection<string> Paths { get; }
}

/// <summary>One file of the site: its path (relative, with <c>/</c>) and its bytes, made in memory or, for a file too
/// large to hold whole (the site-wide CSV and XLSX), written by a callback straight to where the sink keeps it.</summary>
internal readonly struct SiteFile
{
    private readonly byte[]? _bytes;
    private readonly Action<Stream>? _write;

    /// <summary>A file made in memory.</summary>
    public SiteFile(string path, byte[] content)
    {
        Path = path;
        _bytes = content;
    }

    private SiteFile(string path, Action<Stream> write)
    {
        Path = path;
        _write = write;
    }

    public string Path { get; }

    /// <summary>The bytes of a file made in memory; <see langword="null"/> for a streamed one (see <see cref="WriteTo"/>).</summary>
    public byte[]? Bytes => _bytes;

    public static SiteFile Text(string path, string text) => new(path, SiteFiles.Utf8.GetBytes(text));

    /// <summary>A file whose bytes <paramref name="write"/> writes to the stream it is given (see <see cref="WriteTo"/>),
    /// when it is added: never held whole in memory by a sink that writes to disk.</summary>
    public static SiteFile Streamed(string path, Action<Stream> write) => new(path, write);

    /// <summary>Writes the file to <paramref name="destination"/>: an empty stream at position 0 that can also be read
    /// and sought (a zip package is rewritten in place), left open. The file's bytes are the stream's whole content.</summary>
    public void WriteTo(Stream destination)
    {
        if (_write is null)
        {
            destination.Write(_bytes);
        }
        else
        {
            _write(destination);
        }
    }

    /// <summary>The file's bytes, made in memory for a streamed file.</summary>
    public byte[] ToArray()
    {
        if (_bytes is not null)
        {
            return _bytes;
        }

        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }
}

internal static class SiteSinkExtensions
{
    /// <summary>Adds one file (see <see cref="ISiteSink.Group"/>).</summary>
    public static void File(this ISiteSink sink, FileScope scope, string path, Func<byte[]> produce) =>
        sink.Group(scope, [path], () => [new SiteFile(path, produce())]);

    /// <summary>Adds one text file, UTF-8 without a byte order mark.</summary>
    public static void Text(this ISiteSink sink, FileScope scope, string path, Func<string> produce) =>
        sink.Group(scope, [path], () => [SiteFile.Text(path, produce())]);

    /// <summary>Checks that a group made exactly the files it declared, so what is kept and what is rebuilt agree.</summary>
    public static List<SiteFile> Checked(IReadOnlyList<string> paths, IEnumerable<SiteFile> produced)
    {
        var files = produced.ToList();
        if (files.Count != paths.Count || files.Where((f, i) => !string.Equals(f.Path, paths[i], StringComparison.Ordinal)).Any())
        {
            throw new InvalidOperationException($"a build step declared {string.Join(", ", paths)} but made {string.Join(", ", files.Select(f => f.Path))}");
        }

        return files;
    }
}
