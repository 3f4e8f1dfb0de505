using System.Text;

namespace OpenData.Site;

/// <summary>The built site in memory: file path (relative, with <c>/</c>) → bytes, in ordinal path order.</summary>
/// <remarks>Steps add files here and never touch the disk, so a whole site can be built and checked in a test.</remarks>
internal sealed class SiteFiles : ISiteSink
{
    public static readonly UTF8Encoding Utf8 = new(false);
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyCollection<string> Paths
    {
        get
        {
            lock (_lock)
            {
                return [.. _files.Keys];
            }
        }
    }

    public int Count => _files.Count;

    public void Group(FileScope scope, IReadOnlyList<string> paths, Func<IEnumerable<SiteFile>> produce)
    {
        foreach (var file in SiteSinkExtensions.Checked(paths, produce()))
        {
            Add(file.Path, file.ToArray());
        }
    }

    public void Add(string path, byte[] content)
    {
        lock (_lock)
        {
            if (!_files.TryAdd(path, content))
            {
                throw new InvalidOperationException($"two build steps wrote {path}");
            }
        }
    }

    public void Add(string path, string text) => Add(path, Utf8.GetBytes(text));

    public bool Contains(string path) => _files.ContainsKey(path);

    public byte[] Get(string path) => _files[path];

    public string Text(string path) => Utf8.GetString(_files[path]);

    public IEnumerable<KeyValuePair<string, byte[]>> All() => _files;
}
