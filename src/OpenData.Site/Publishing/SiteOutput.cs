using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpenData.Site;

/// <summary>Streams the built site to disk, keeping nothing but a hash per file in memory, and publishes it atomically:
/// at no instant does a reader of the output folder see files of two builds, and a failed or killed build leaves the
/// previous site as it was.</summary>
/// <remarks>
/// <para>Every build makes the next site in full in a staging folder beside the output
/// (<c>.opendata-cache/publish/&lt;output name&gt;</c>, on the same file system), then exchanges the two folders in one step
/// (<see cref="FolderSwap"/>). A first build (or one whose previous output is gone or was changed by hand) writes every
/// file there. A rebuild keeps every file whose inputs did not change (<see cref="FileScope"/>), makes the others, and
/// writes there only those whose bytes differ (a streamed file, such as the site-wide CSV or the manifest, is written
/// there as it is made and hashed there); every other file is the published one under a second name (a hard link: no
/// bytes copied, its date kept).</para>
/// <para>After the exchange the staging folder holds the previous site. It is kept, with a record of the files in which
/// it differs from the published one (<see cref="SpareRecord"/>), so the next rebuild starts from it and links or writes
/// only those and its own changes: publishing costs what changed, not the size of the site. A build stopped before the
/// exchange leaves the output untouched; one stopped after it has published. A spare folder whose record is missing
/// (a build stopped while changing it) is deleted and the next build starts from an empty one.</para>
/// </remarks>
internal sealed class SiteOutput : ISiteSink
{
    private const string PreviousSuffix = ".previous";

    // The staging folder of versions before the spare folder: cleared by Recover.
    private const string OldStagingSuffix = ".staging";

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
    private readonly ConcurrentQueue<string> _streamed = new();
    private readonly string _spareRecord;

    // The files of the previous build that the staging folder lacks (or holds in an older version), when it is the
    // previous build's spare; null when it started empty.
    private readonly HashSet<string>? _behind;
    private int _kept;

    /// <param name="outputFolder">The output folder.</param>
    /// <param name="fingerprint">The hashes of this build's inputs.</param>
    /// <param name="previous">The state of the previous build of this output, with its files, or <see langword="null"/> to write everything.</param>
    public SiteOutput(string outputFolder, BuildFingerprint fingerprint, BuildState? previous)
    {
        _target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        _staging = StagingFolder(outputFolder);
        _spareRecord = SpareRecord.PathFor(outputFolder);
        _fingerprint = fingerprint;
        _previous = previous;
        var spare = previous is null ? null : SpareRecord.Read(_spareRecord, previous.Manifest);
        // Whatever happens next, the record no longer describes the folder: a build stopped from here on leaves no record.
        if (File.Exists(_spareRecord))
        {
            File.Delete(_spareRecord);
        }

        if (spare is not null && Directory.Exists(_staging))
        {
            // The spare folder holds the build before the previous one: the files the previous build deleted go, and
            // those it wrote go too (linked again at the commit unless this build writes them anew).
            foreach (var path in spare.Deleted.Concat(spare.Written))
            {
                DeleteStaged(path);
            }

            _behind = [.. spare.Written];
            return;
        }

        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        Directory.CreateDirectory(_staging);
    }

    /// <summary>Where the next site is made and the previous one kept: <c>.opendata-cache/publish/&lt;folder name&gt;</c>
    /// beside the output folder.</summary>
    public static string StagingFolder(string outputFolder) =>
        Path.Combine(BuildPipeline.CacheFolder(outputFolder, "publish"), Path.GetFileName(Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar)));

    /// <summary>Files kept from the previous build without being made again.</summary>
    public int Kept => _kept;

    /// <summary>Files made by this build (whether or not their bytes changed).</summary>
    public int Made => _made.Count;

    /// <summary>The paths of the files made by this build.</summary>
    public IReadOnlyCollection<string> MadePaths => _made;

    /// <summary>Files written to the output by <see cref="Commit"/> because their bytes are new (the manifest included).</summary>
    public int Written { get; private set; }

    /// <summary>Files put into the new site by <see cref="Commit"/> as second names of published files (hard links).</summary>
    public int Linked { get; private set; }

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
            // be those of the previous build, the commit links the published one instead.
            var (sha256, length) = file.Bytes is { } bytes ? (SHA256.HashData(bytes), bytes.Length) : WriteStreamed(file);
            if (file.Bytes is null)
            {
                _streamed.Enqueue(file.Path);
            }

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
            // The folder it replaces, if any, was not made by a build this one knows: it is not kept.
            if (Publish())
            {
                Directory.Delete(_staging, recursive: true);
            }

            Written = files.Count + 1;
            return state;
        }

        var deleted = _previous.Files.Keys.Where(p => !_records.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        var changed = _changed.ToHashSet(StringComparer.Ordinal);
        if (manifestHash != _previous.Manifest)
        {
            changed.Add(Routes.Manifest);
        }

        Deleted = deleted.Count;
        Written = changed.Count;
        if (Written == 0 && Deleted == 0)
        {
            // Nothing to publish. A staging folder that was the previous build's spare still lacks the same files of the
            // published site as before. One that started empty holds only what this build streamed into it: it is no
            // spare (recorded as one, the next build took it for the whole site and published it without the rest).
            if (_behind is null)
            {
                Directory.Delete(_staging, recursive: true);
            }
            else
            {
                KeepSpare(manifestHash, _behind, []);
            }

            return state;
        }

        // The staging folder becomes the whole new site: each file whose bytes did not change is the published file
        // under a second name (a streamed file that came out the same is dropped from staging for the same reason).
        foreach (var path in deleted)
        {
            DeleteStaged(path);
        }

        var unchangedStreamed = _streamed.Where(p => !changed.Contains(p)).ToHashSet(StringComparer.Ordinal);
        foreach (var path in unchangedStreamed)
        {
            File.Delete(Path.Combine(_staging, path));
        }

        var links = _records.Keys.Where(p => !changed.Contains(p) && (_behind is null || _behind.Contains(p) || unchangedStreamed.Contains(p))).ToList();
        Linked = links.Count;
        Parallel.ForEach(links, path =>
        {
            var existing = Path.Combine(_target, path);
            if (!File.Exists(existing))
            {
                throw new IOException($"{existing} was deleted since the last build; build with --clean to make every file again");
            }

            FolderSwap.LinkOrCopy(existing, _files.Prepare(Path.Combine(_staging, path)));
        });
        if (Publish())
        {
            // The staging folder now holds the previous site: it differs from the new one in what this build wrote and deleted.
            KeepSpare(manifestHash, changed, deleted);
        }

        return state;
    }

    /// <summary>Puts right what a stopped build left beside the output folder: a previous site that the two-rename
    /// fallback had moved aside without putting the new one in its place is moved back.</summary>
    public static void Recover(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var previous = target + PreviousSuffix;
        if (!Directory.Exists(target) && Directory.Exists(previous))
        {
            Directory.Move(previous, target);
        }

        foreach (var leftover in new[] { previous, target + OldStagingSuffix })
        {
            if (Directory.Exists(leftover))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }

    // The staging folder holds the whole new site: it takes the output folder's name in one step. Returns whether the
    // staging folder now holds the previous site (false: there was none, or the fallback deleted it).
    private bool Publish()
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(_staging, _target);
            return false;
        }

        if (FolderSwap.TryExchange(_staging, _target))
        {
            return true;
        }

        var previous = _target + PreviousSuffix;
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }

        Directory.Move(_target, previous);
        Directory.Move(_staging, _target);
        Directory.Delete(previous, recursive: true);
        return false;
    }

    private void KeepSpare(string manifestHash, IEnumerable<string> written, IEnumerable<string> deleted) =>
        new SpareRecord(manifestHash, [.. written.Order(StringComparer.Ordinal)], [.. deleted]).Write(_spareRecord);

    // Removes a file from the staging folder (never truncates it: it may be a second name of a published file), with
    // the folders that this leaves empty.
    private void DeleteStaged(string path)
    {
        var file = Path.Combine(_staging, path);
        if (File.Exists(file))
        {
            File.Delete(file);
            var folder = Path.GetDirectoryName(file)!;
            while (folder.Length > _staging.Length && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder)!;
            }
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

    // A staging file is always new: created rather than truncated (an older version in the spare folder may be a second
    // name of a published file, so it is removed first), and written in one call without a stream.
    private void Write(string path, byte[] content) => _files.Write(NewStaged(path), content);

    private string NewStaged(string path)
    {
        var file = Path.Combine(_staging, path);
        if (_behind is not null && File.Exists(file))
        {
            File.Delete(file);
        }

        return file;
    }

    private (byte[] Sha256, long Length) WriteStreamed(SiteFile file)
    {
        using var stream = new FileStream(_files.Prepare(NewStaged(file.Path)), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, StreamBufferSize);
        file.WriteTo(stream);
        stream.Position = 0;
        return (SHA256.HashData(stream), stream.Length);
    }
}
