namespace OpenData.Site.Import;

/// <summary>A printed table of a form as the importer matches it: columns with their header keys, rows with their label keys.</summary>
/// <param name="Section">The form section (一 … 九).</param>
/// <param name="Title">The table's title.</param>
/// <param name="ColumnLabels">The value columns' headers, left to right (a spanning group joined with " / ").</param>
/// <param name="HasUnitColumn">Whether a row prints its unit before its one value (<see cref="FormTable.HasUnitColumn"/>).</param>
internal sealed class LayoutTable(string Section, string Title, IReadOnlyList<string> ColumnLabels, bool HasUnitColumn = false)
{
    private readonly Dictionary<string, int> _columnKeys = BuildColumnKeys(ColumnLabels);

    public string Section { get; } = Section;

    public string Title { get; } = Title;

    public IReadOnlyList<string> ColumnLabels { get; } = ColumnLabels;

    public bool HasUnitColumn { get; } = HasUnitColumn;

    public List<LayoutRow> Rows { get; } = [];

    /// <summary>Whether the table is another shape of a table of the form (<see cref="FormTable.GroupedLayout"/>: section 四
    /// as three rows of five under 行政复议, 未经复议直接起诉 and 复议后起诉).</summary>
    public bool IsGroupedLayout { get; init; }

    /// <summary>The column a printed header cell names, or -1; a header may print the spanning group above the column.</summary>
    public int ColumnOf(string header) => ColumnOf(HeaderKeys.Of(header));

    /// <summary>The column header keys name, or -1.</summary>
    public int ColumnOf(HeaderKeys keys) =>
        keys.Both is { } both && _columnKeys.TryGetValue(both, out var column) ? column
        : keys.Last is { } last && _columnKeys.TryGetValue(last, out column) ? column
        : -1;

    /// <summary>The keys a column of some table may be known by (its header, and its group's with its own).</summary>
    public IEnumerable<string> Keys => _columnKeys.Keys;

    /// <summary>Maps header cells to columns when every header names a distinct column of this table; otherwise <see langword="null"/>.</summary>
    public int[]? MapHeader(IReadOnlyList<string> headers)
    {
        if (headers.Count != ColumnLabels.Count)
        {
            return null;
        }

        var map = headers.Select(ColumnOf).ToArray();
        return map.All(i => i >= 0) && map.Distinct().Count() == map.Length ? map : null;
    }

    private static Dictionary<string, int> BuildColumnKeys(IReadOnlyList<string> labels)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            var segments = labels[i].Split(" / ");
            List<string> candidates = [Labels.Normalize(segments[^1])];
            if (segments.Length >= 2)
            {
                candidates.Add(Labels.Normalize(segments[^2] + segments[^1]));
            }

            foreach (var key in candidates)
            {
                if (!keys.TryAdd(key, i) && keys[key] != i)
                {
                    ambiguous.Add(key);
                }
            }
        }

        foreach (var key in ambiguous)
        {
            keys.Remove(key);
        }

        return keys;
    }
}
