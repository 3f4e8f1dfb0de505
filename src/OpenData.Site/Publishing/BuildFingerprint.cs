using System.Security.Cryptography;
using System.Text;

namespace OpenData.Site;

/// <summary>Hashes of a build's inputs: the site's settings and pages (with the tool itself and the build options), each
/// agency's data files, each file of <c>assets/</c>, and all of it together. Two builds with equal hashes make the same site.</summary>
internal sealed class BuildFingerprint
{
    private readonly Dictionary<string, string> _agencyKeys;
    private readonly Dictionary<string, string> _agencyDataKeys;
    private readonly Dictionary<string, string> _assetKeys;
    private readonly string _allData;
    private readonly string _siteFiles;

    private BuildFingerprint(string layout, Dictionary<string, string> agencyKeys, Dictionary<string, string> agencyDataKeys, Dictionary<string, string> assetKeys, string allData, string siteFiles, string site)
    {
        Layout = layout;
        _agencyKeys = agencyKeys;
        _agencyDataKeys = agencyDataKeys;
        _assetKeys = assetKeys;
        _allData = allData;
        _siteFiles = siteFiles;
        Site = site;
    }

    /// <summary>The tool, the build options, the clock (its year and which reports are due) and every file of the input folder but those of <c>assets/</c>
    /// (pages name the assets; they do not hold their bytes).</summary>
    public string Layout { get; }

    /// <summary>Everything: <see cref="Layout"/>, every agency's files, the files at the root of the data folder and the assets.</summary>
    public string Site { get; }

    /// <summary>The key of the files of a scope: equal keys mean equal inputs.</summary>
    public string KeyOf(FileScope scope) => scope switch
    {
        { Asset: { } name } => _assetKeys.TryGetValue(name, out var key) ? key : Site,
        { DataOnly: true, Agency: null } => _allData,
        { DataOnly: true, Agency: { } id } => _agencyDataKeys.TryGetValue(id, out var key) ? key : Site,
        { Agency: null } => _siteFiles,
        { Agency: { } id } => _agencyKeys.TryGetValue(id, out var key) ? key : Site,
    };

    /// <summary>Reads and hashes every input file (agencies in parallel); a missing folder hashes as empty.</summary>
    /// <param name="dataFolder">The data folder: one sub-folder per agency.</param>
    /// <param name="inputFolder">The site input folder (site.json, pages/, assets/).</param>
    /// <param name="options">The build options that change pages (base address, charts).</param>
    /// <param name="today">The clock's date: its year decides which report years lie in the future (and are not loaded),
    /// and the deadlines it has passed which reports are due; a day that changes neither changes nothing.</param>
    public static BuildFingerprint Compute(string dataFolder, string inputFolder, string options, DateOnly today)
    {
        // Data files (CSV, XLSX, JSON) depend on the tool, the clock and the data only; pages also on settings and options.
        var clock = FormattableString.Invariant($"{today.Year} due={Completeness.LastDue(today, null)}/{Completeness.LastDue(today, AgencyLevel.County)}");
        var data = Hash(hash => Add(hash, "opendata-data-2\n" + ToolIdentity.Value + "\n" + clock + "\n"));
        var layout = Hash(hash =>
        {
            Add(hash, "opendata-build-3\n" + data + "\n" + options + "\n");
            AddFolder(hash, inputFolder, except: InputAssets.FolderName);
        });

        // Each file of assets/ from the tool (which ships some) and its own file; the stylesheet also from site.json,
        // which sets its colours.
        var tool = Hash(hash => Add(hash, "opendata-asset-1\n" + ToolIdentity.Value + "\n"));
        var settings = Hash(hash => AddFile(hash, "site.json", Path.Combine(inputFolder, "site.json")));
        var inputAssets = InputAssets.Enumerate(inputFolder).ToDictionary(a => a.Name, a => a.File, StringComparer.Ordinal);
        var assetKeys = SiteAssets.Shipped.Union(inputAssets.Keys, StringComparer.Ordinal).ToDictionary(name => name, name => Hash(hash =>
        {
            Add(hash, tool + "\n" + name + "\n" + (name == SiteAssets.Stylesheet ? settings : "") + "\n");
            if (inputAssets.TryGetValue(name, out var file))
            {
                AddFile(hash, name, file);
            }
        }), StringComparer.Ordinal);
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

        // What the site-wide pages and files are made from: the layout (which covers the data key), every agency (through
        // allData) and the data folder's own files.
        var siteFiles = Hash(hash =>
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

        // Everything: that and the assets.
        var site = Hash(hash =>
        {
            Add(hash, siteFiles + "\n");
            var names = assetKeys.Keys.ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            foreach (var name in names)
            {
                Add(hash, name + "\t" + assetKeys[name] + "\n");
            }
        });
        return new BuildFingerprint(layout, keys, dataKeys, assetKeys, allData, siteFiles, site);
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

    private static void AddFolder(IncrementalHash hash, string folder, string? except = null)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // Plain arrays, not LINQ over (name, file) pairs: the program compiled ahead of time would compile those
        // generic methods when a no-change rebuild first calls them.
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        var names = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            names[i] = Path.GetRelativePath(folder, files[i]).Replace(Path.DirectorySeparatorChar, '/');
        }

        Array.Sort(names, files, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            if (except is null || !names[i].StartsWith(except + "/", StringComparison.Ordinal))
            {
                AddFile(hash, names[i], files[i]);
            }
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
