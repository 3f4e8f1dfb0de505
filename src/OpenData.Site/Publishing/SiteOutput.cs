using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpenData.Site;

/// <summary>Streams the built site to disk, keeping nothing but a hash per file in memory, and commits it so that a
/// failed or killed build leaves the previous site as it was.</summary>
/// <remarks>
/// <para>A first build (or one whose previous output is gone or was changed by hand) writes every file into
/// <c>&lt;output&gt;.staging</c> and swaps the folders at the end.</para>
/// <para>A rebuild keeps every file whose inputs did not change (<see cref="FileScope"/>), makes the others, and writes only
/// those whose bytes differ, into the staging folder (a streamed file, such as the site-wide CSV or the manifest, is
/// written there as it is made and hashed there). Committing writes a journal there (the list of files to move in and to
/// delete), then applies it. A build stopped before the journal exists leaves the output untouched; one stopped while
/// applying it is completed by the next build (<see cref="Recover"/>).</para>
/// </remarks>
internal sealed class SiteOutput : ISiteSink
{
    private const string JournalName = ".opendata-journal";

    // Streamed files are large (the site-wide CSV and XLSX): written and read back in large pieces.
    private const int StreamBufferSize = 1 << 16;

    private readonly string _target;
    private readonly string _staging;
    private readonly BuildFingerprint _fingerprint;
    private readonly BuildState? _previous;
    private readonly ConcurrentDictionary<string, FileRecord> _records = new(StringComparer.Ordinal);
    private readonly NewFiles _files = new();
    private readonly ConcurrentQueue<string> _changed = new();
    private readonly ConcurrentQueue<string> _made = new();
    private int _kept;

    /// <param name="outputFolder">The output folder.</param>
    /// <param name="fingerprint">The hashes of this build's inputs.</param>
    /// <param name="previous">The state of the previous build of this output, with its files, or <see langword="null"/> to write everything.</param>
    public SiteOutput(string outputFolder, BuildFingerprint fingerprint, BuildState? previous)
    {
        _target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _target + ".staging";
        _fingerprint = fingerprint;
        _previous = previous;
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        Directory.CreateDirectory(_staging);
    }

    /// <summary>Files kept from the previous build without being made again.</summary>
    public int Kept => _kept;

    /// <summary>Files made by this build (whether or not their bytes changed).</summary>
    public int Made => _made.Count;

    /// <summary>The paths of the files made by this build.</summary>
    public IReadOnlyCollection<string> MadePaths => _made;

    /// <summary>Files written to the output by <see cref="Commit"/> because their bytes are new (the manifest included).</summary>
    public int Written { get; private set; }

    /// <summary>Files of the previous build that this one does not have: deleted by <see cref="Commit"/>.</summary>
    public int Deleted { get; private set; }

    public IReadOnlyCollection<string> Paths => [.. _records.Keys];

    public IReadOnlyDictionary<string, FileRecord> Records => _records;

    public void Group(FileScope scope, IReadOnlyList<string> paths, Func<IEnumerable<SiteFile>> produce)
    {
        var key = _fingerprint.KeyOf(scope);
        if (_previous is not null && paths.All(p => _previous.Files.TryGetValue(p, out var old) && old.Key == key))
        {
            foreach (var path in paths)
            {
                Record(path, _previous.Files[path]);
            }

            Interlocked.Add(ref _kept, paths.Count);
            return;
        }

        foreach (var file in SiteSinkExtensions.Checked(paths, produce()))
        {
            _made.Enqueue(file.Path);
            // A streamed file goes to the staging folder as it is made and is hashed there; when its bytes turn out to
            // be those of the previous build, the commit's journal leaves it out.
            var (sha256, length) = file.Bytes is { } bytes ? (SHA256.HashData(bytes), bytes.Length) : WriteStreamed(file);
            var record = new FileRecord(key, sha256, length);
            Record(file.Path, record);
            if (IsChanged(file.Path, record))
            {
                if (file.Bytes is not null)
                {
                    Write(file.Path, file.Bytes);
                }

                _changed.Enqueue(file.Path);
            }
        }
    }

    /// <summary>Writes the manifest and puts the new site in place; returns the state to save for the next build.</summary>
    public BuildState Commit(BuildSummary summary)
    {
        // Streamed to the staging folder like the site-wide downloads (an unchanged manifest means nothing to commit).
        var manifest = WriteStreamed(SiteFile.Streamed(Routes.Manifest, stream => SiteMetadata.WriteManifest(stream, _records.Select(r => (r.Key, r.Value.Sha256)))));
        var manifestHash = Convert.ToHexStringLower(manifest.Sha256);
        var files = new Dictionary<string, FileRecord>(_records, StringComparer.Ordinal);
        var state = new BuildState(_fingerprint.Site, manifestHash, summary with { Files = files.Count + 1 }, files);
        if (_previous is null)
        {
            Swap();
            Written = files.Count + 1;
            return state;
        }

        var deleted = _previous.Files.Keys.Where(p => !_records.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        Deleted = deleted.Count;
        var writes = _changed.Order(StringComparer.Ordinal).ToList();
        if (manifestHash != _previous.Manifest)
        {
            writes.Add(Routes.Manifest);
        }

        Written = writes.Count;
        if (writes.Count == 0 && deleted.Count == 0)
        {
            Directory.Delete(_staging, recursive: true);
            return state;
        }

        var journal = Path.Combine(_staging, JournalName);
        File.WriteAllLines(journal + ".tmp", [.. writes.Select(p => "W " + p), .. deleted.Select(p => "D " + p)]);
        File.Move(journal + ".tmp", journal);
        Apply(_target, _staging);
        return state;
    }

    /// <summary>Finishes a commit that a stopped build left half-applied, or discards an unfinished staging folder.</summary>
    public static void Recover(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = target + ".staging";
        if (File.Exists(Path.Combine(staging, JournalName)))
        {
            Apply(target, staging);
        }
    }

    private static void Apply(string target, string staging)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(staging, JournalName)))
        {
            var path = line[2..];
            var destination = Path.Combine(target, path);
            if (line[0] == 'W')
            {
                var source = Path.Combine(staging, path);
                if (File.Exists(source))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Move(source, destination, overwrite: true);
                }
            }
            else if (File.Exists(destination))
            {
                File.Delete(destination);
                RemoveEmptyFolders(target, Path.GetDirectoryName(destination)!);
            }
        }

        Directory.Delete(staging, recursive: true);
    }

    private static void RemoveEmptyFolders(string root, string folder)
    {
        while (folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private void Swap()
    {
        var old = _target + ".previous";
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(_staging, _target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private void Record(string path, FileRecord record)
    {
        if (!_records.TryAdd(path, record))
        {
            throw new InvalidOperationException($"two build steps wrote {path}");
        }
    }

    private bool IsChanged(string path, FileRecord record) =>
        _previous is null || !_previous.Files.TryGetValue(path, out var old) || !old.Sha256.AsSpan().SequenceEqual(record.Sha256);

    // A staging file is always new: created rather than truncated, and written in one call without a stream.
    private void Write(string path, byte[] content) => _files.Write(Path.Combine(_staging, path), content);

    private (byte[] Sha256, long Length) WriteStreamed(SiteFile file)
    {
        using var stream = new FileStream(_files.Prepare(Path.Combine(_staging, file.Path)), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, StreamBufferSize);
        file.WriteTo(stream);
        stream.Position = 0;
        return (SHA256.HashData(stream), stream.Length);
    }
}
