using System.Security.Cryptography;
using System.Text;

namespace OpenData.Site;

/// <summary>Hashes of a build's inputs: the site's settings and pages (with the tool itself and the build options), each
/// agency's data files, and all of it together. Two builds with equal hashes make the same site.</summary>
internal sealed class BuildFingerprint
{
    private readonly Dictionary<string, string> _agencyKeys;
    private readonly Dictionary<string, string> _agencyDataKeys;
    private readonly string _allData;

    private BuildFingerprint(string layout, Dictionary<string, string> agencyKeys, Dictionary<string, string> agencyDataKeys, string allData, string site)
    {
        Layout = layout;
        _agencyKeys = agencyKeys;
        _agencyDataKeys = agencyDataKeys;
        _allData = allData;
        Site = site;
    }

    /// <summary>The tool, the build options, the clock's year and every file of the input folder.</summary>
    public string Layout { get; }

    /// <summary>Everything: <see cref="Layout"/>, every agency's files and the files at the root of the data folder.</summary>
    public string Site { get; }

    /// <summary>The key of the files of a scope: equal keys mean equal inputs.</summary>
    public string KeyOf(FileScope scope) => scope switch
    {
        { DataOnly: true, Agency: null } => _allData,
        { DataOnly: true, Agency: { } id } => _agencyDataKeys.TryGetValue(id, out var key) ? key : Site,
        { Agency: null } => Site,
        { Agency: { } id } => _agencyKeys.TryGetValue(id, out var key) ? key : Site,
    };

    /// <summary>Reads and hashes every input file (agencies in parallel); a missing folder hashes as empty.</summary>
    /// <param name="dataFolder">The data folder: one sub-folder per agency.</param>
    /// <param name="inputFolder">The site input folder (site.json, pages/).</param>
    /// <param name="options">The build options that change pages (base address, charts).</param>
    /// <param name="year">The clock's year, which decides which report years lie in the future (and are not loaded).</param>
    public static BuildFingerprint Compute(string dataFolder, string inputFolder, string options, int year)
    {
        // Data files (CSV, XLSX, JSON) depend on the tool, the year and the data only; pages also on settings and options.
        var data = Hash(hash => Add(hash, "opendata-data-1\n" + ToolIdentity.Value + "\n" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
        var layout = Hash(hash =>
        {
            Add(hash, "opendata-build-2\n" + data + "\n" + options + "\n");
            AddFolder(hash, inputFolder);
        });
        var agencies = Directory.Exists(dataFolder)
            ? Directory.GetDirectories(dataFolder).Order(StringComparer.Ordinal).ToArray()
            : [];
        var agencyHashes = new string[agencies.Length];
        Parallel.For(0, agencies.Length, i => agencyHashes[i] = Hash(hash => AddFolder(hash, agencies[i])));
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var dataKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < agencies.Length; i++)
        {
            keys[Path.GetFileName(agencies[i])] = Hash(hash => Add(hash, layout + agencyHashes[i]));
            dataKeys[Path.GetFileName(agencies[i])] = Hash(hash => Add(hash, data + agencyHashes[i]));
        }

        var allData = Hash(hash =>
        {
            Add(hash, data + "\n");
            for (var i = 0; i < agencies.Length; i++)
            {
                Add(hash, Path.GetFileName(agencies[i]) + "\t" + agencyHashes[i] + "\n");
            }
        });

        // Everything: the layout (which covers the data key), every agency (through allData) and the data folder's own files.
        var site = Hash(hash =>
        {
            Add(hash, layout + "\n" + allData + "\n");
            if (Directory.Exists(dataFolder))
            {
                foreach (var file in Directory.GetFiles(dataFolder).Order(StringComparer.Ordinal))
                {
                    AddFile(hash, Path.GetFileName(file), file);
                }
            }
        });
        return new BuildFingerprint(layout, keys, dataKeys, allData, site);
    }

    // The build code and every library it uses: deterministic compilation gives a new module id to changed code only.
    private static readonly Lazy<string> ToolIdentity = new(() =>
    {
        var site = typeof(BuildFingerprint).Assembly;
        var parts = new List<string> { site.ManifestModule.ModuleVersionId.ToString(), typeof(Report).Assembly.ManifestModule.ModuleVersionId.ToString() };
        parts.AddRange(site.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal));
        return string.Join("\n", parts);
    });

    private static string Hash(Action<IncrementalHash> fill)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        fill(hash);

        // 128 bits are plenty to tell inputs apart, and keep the saved build state small.
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    private static void AddFolder(IncrementalHash hash, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File: f))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, file) in files)
        {
            AddFile(hash, name, file);
        }
    }

    private static void AddFile(IncrementalHash hash, string name, string file)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: a build that loads it reports the problem; the hash only has to differ from a readable file.
            content = Encoding.UTF8.GetBytes("\0unreadable\0" + e.GetType().Name);
        }

        Add(hash, name + "\t" + content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
        hash.AppendData(content);
    }
}
