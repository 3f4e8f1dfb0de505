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

/// <summary>One file of the site: its path (relative, with <c>/</c>) and its bytes.</summary>
internal readonly record struct SiteFile(string Path, byte[] Content)
{
    public static SiteFile Text(string path, string text) => new(path, SiteFiles.Utf8.GetBytes(text));
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
