namespace OpenData.Site;

/// <summary>The agencies of the site arranged for browsing without JavaScript: as a tree of governments and the agencies
/// below them (<see cref="Agency.Parent"/>), and by level.</summary>
/// <remarks>An agency whose parent is not on the site stands at the top, under its region (<see cref="Agency.Region"/>);
/// agencies keep the order of the site's agencies (by id) at each place in the tree.</remarks>
internal sealed class AgencyGroups
{
    private readonly Dictionary<string, List<Agency>> _children = new(StringComparer.Ordinal);

    public AgencyGroups(IReadOnlyList<Agency> agencies)
    {
        var ids = agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var top = new List<Agency>();
        foreach (var agency in agencies)
        {
            if (agency.Parent is { } parent && parent != agency.Id && ids.Contains(parent))
            {
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(agency);
            }
            else
            {
                top.Add(agency);
            }
        }

        Regions = [.. top.GroupBy(a => a.Region ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Agency>)[.. g]))];
        Levels = [.. agencies.GroupBy(a => a.Level).OrderBy(g => g.Key is null).ThenBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<Agency>)[.. g]))];
    }

    /// <summary>The agencies at the top of the tree, by region (<c>""</c> for none, last).</summary>
    public IReadOnlyList<(string Region, IReadOnlyList<Agency> Agencies)> Regions { get; }

    /// <summary>Every agency by level, in the order of <see cref="AgencyLevel"/> (no level last).</summary>
    public IReadOnlyList<(AgencyLevel? Level, IReadOnlyList<Agency> Agencies)> Levels { get; }

    /// <summary>The agencies right below one.</summary>
    public IReadOnlyList<Agency> Below(string id) => _children.GetValueOrDefault(id) ?? [];

    /// <summary>The anchor of a government's group on the agencies page.</summary>
    public static string RegionAnchor(string id) => "g-" + id;

    /// <summary>The anchor of a region's group of top-level agencies on the agencies page, by its place in <see cref="Regions"/>.</summary>
    public static string TopAnchor(int index) => "r-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The anchor of a level's group on the agencies page.</summary>
    public static string LevelAnchor(AgencyLevel? level) => "level-" + (level is { } l ? l.ToString().ToLowerInvariant() : "none");
}
