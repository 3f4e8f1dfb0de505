namespace OpenData.Site;

/// <summary>What a built file depends on: one agency's data (and the site's settings and pages), or the whole site.</summary>
/// <remarks>A rebuild keeps a file as it is when the inputs of its scope have not changed since the last build. Pages of an
/// agency read only that agency's files (its reports, findings and comparisons); pages that list or rank agencies use
/// <see cref="Site"/>. A property test checks that an incremental build gives the same bytes as a clean one.</remarks>
/// <param name="Agency">The agency id, or <see langword="null"/> for a file that depends on every agency.</param>
/// <param name="DataOnly">The file is made from data files alone (a CSV, XLSX or JSON download, a chart and its CSV), not
/// from the site's settings, pages or build options, so editing those does not make it again.</param>
/// <param name="Asset">A file of <c>assets/</c> by name: made from the tool and its file of <c>input/assets</c> only (the
/// stylesheet also from <c>site.json</c>, for its colours), so changing one asset remakes that asset and nothing else.</param>
internal readonly record struct FileScope(string? Agency, bool DataOnly = false, string? Asset = null)
{
    /// <summary>A file made from every input: home, lists, rankings and metadata.</summary>
    public static FileScope Site => default;

    /// <summary>A file made from one agency's data and the site's settings and pages.</summary>
    public static FileScope Of(string agency) => new(agency);

    /// <summary>A download or chart made from one agency's data files only.</summary>
    public static FileScope DataOf(string agency) => new(agency, DataOnly: true);

    /// <summary>A download or chart made from every agency's data files only.</summary>
    public static FileScope AllData => new(null, DataOnly: true);

    /// <summary>A file of <c>assets/</c>, by its name there.</summary>
    public static FileScope AssetOf(string name) => new(null, Asset: name);
}
