using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace OpenData.Site;

/// <summary>Charts kept between builds by content hash, in one pack file per <see cref="FileScope"/>: an agency's charts
/// together, and the site-wide rankings together.</summary>
/// <remarks>
/// <para>A file per chart cost a cold build a third of the chart step's file creations (tens of thousands at province
/// scale: a temporary file, a rename and a folder lookup each). A pack is read when its scope's charts are first made
/// again, and written once, when the last of them is done, with exactly the charts that scope has now, so a pack never
/// grows with charts nobody draws any more.</para>
/// <para>A pack is written under a name of its own and moved into place, so a reader never sees part of one; one that
/// cannot be read (cut short, another version) is ignored and its charts are drawn again. A cache never fails a build.</para>
/// <para>Thread-safe: charts of one scope may be drawn on several threads.</para>
/// </remarks>
internal sealed class ChartCache
{
    private static readonly byte[] Magic = "opendata-chart-pack-1\n"u8.ToArray();
    private const int KeyLength = 32;

    private readonly string _folder;
    private readonly Dictionary<FileScope, Pack> _packs;

    /// <param name="folder">Where the packs are kept (created when the first one is written).</param>
    /// <param name="charts">Every chart of this build: a scope's pack is written when the last of its charts is done.</param>
    public ChartCache(string folder, IReadOnlyCollection<PlannedChart> charts)
    {
        _folder = folder;
        _packs = charts.GroupBy(c => c.Scope).ToDictionary(g => g.Key, g => new Pack(Path.Combine(folder, FileName(g.Key)), g.Count()));
    }

    /// <summary>The pack of the charts of <paramref name="scope"/>; call <see cref="Pack.Done"/> once for each of its charts.</summary>
    public Pack For(FileScope scope) => _packs[scope];

    /// <summary>Deletes the packs of scopes this build has no chart in (an agency removed, charts turned off), and files
    /// the cache folder should not have (charts cached one per file by earlier versions).</summary>
    public void RemoveStale()
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(_folder))
        {
            Directory.Delete(directory, recursive: true);
        }

        var planned = _packs.Keys.Select(FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            if (!planned.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The file name of a scope's pack: its agency id (ids are lowercase letters, digits and hyphens), or
    /// <c>_site</c>, which no agency id can be. Charts are made from data alone (<see cref="FileScope.DataOnly"/>), so the
    /// agency names the scope.</summary>
    internal static string FileName(FileScope scope) => (scope.Agency ?? "_site") + ".charts";

    /// <summary>The charts of one scope: those kept by the last build, and those of this one.</summary>
    internal sealed class Pack : IChartStore
    {
        private readonly string _path;
        private readonly Lock _gate = new();
        private readonly ConcurrentDictionary<string, byte[]> _current = new(StringComparer.Ordinal);
        private Dictionary<string, byte[]>? _previous;
        private int _remaining;

        internal Pack(string path, int charts)
        {
            _path = path;
            _remaining = charts;
        }

        /// <inheritdoc/>
        public byte[]? Find(string key)
        {
            lock (_gate)
            {
                // Read when the scope's first chart is made, not before: a rebuild that keeps the scope's files never reads it.
                _previous ??= _remaining > 0 ? Read(_path) : [];
                return _previous.GetValueOrDefault(key);
            }
        }

        /// <inheritdoc/>
        public void Keep(string key, byte[] svg) => _current[key] = svg;

        /// <summary>One chart of the scope is done (made, or kept by the sink without being made). After the last one,
        /// the pack is written if any chart was made, and let go.</summary>
        public void Done()
        {
            if (Interlocked.Decrement(ref _remaining) != 0)
            {
                return;
            }

            // What was read and made is let go: at province scale every pack together is hundreds of megabytes.
            lock (_gate)
            {
                _previous = [];
            }

            if (!_current.IsEmpty)
            {
                Write(_path, _current);
                _current.Clear();
            }
        }

        private static Dictionary<string, byte[]> Read(string path)
        {
            var charts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                return charts;
            }
            catch (UnauthorizedAccessException)
            {
                return charts;
            }

            var rest = bytes.AsSpan();
            if (!rest.StartsWith(Magic))
            {
                return charts;
            }

            rest = rest[Magic.Length..];
            while (rest.Length > 0)
            {
                if (rest.Length < KeyLength + sizeof(int))
                {
                    return [];
                }

                var key = Convert.ToHexStringLower(rest[..KeyLength]);
                var length = BinaryPrimitives.ReadInt32LittleEndian(rest[KeyLength..]);
                rest = rest[(KeyLength + sizeof(int))..];
                if (length < 0 || length > rest.Length)
                {
                    return [];
                }

                charts[key] = rest[..length].ToArray();
                rest = rest[length..];
            }

            return charts;
        }

        private static void Write(string path, IEnumerable<KeyValuePair<string, byte[]>> charts)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    stream.Write(Magic);
                    Span<byte> head = stackalloc byte[KeyLength + sizeof(int)];
                    // In key order, so the same charts give the same bytes.
                    foreach (var (key, content) in charts.OrderBy(c => c.Key, StringComparer.Ordinal))
                    {
                        Convert.FromHexString(key, head[..KeyLength], out _, out _);
                        BinaryPrimitives.WriteInt32LittleEndian(head[KeyLength..], content.Length);
                        stream.Write(head);
                        stream.Write(content);
                    }
                }

                File.Move(temporary, path, overwrite: true);
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
        }
    }
}

/// <summary>Where <see cref="ChartRenderer.RenderUtf8"/> looks for a chart drawn before, and keeps what it drew.</summary>
internal interface IChartStore
{
    /// <summary>The SVG file (UTF-8) kept under <paramref name="key"/> (a content hash), or <see langword="null"/>.</summary>
    public byte[]? Find(string key);

    /// <summary>Keeps <paramref name="svg"/> (the SVG file, UTF-8) under <paramref name="key"/> for the next build.</summary>
    public void Keep(string key, byte[] svg);
}
