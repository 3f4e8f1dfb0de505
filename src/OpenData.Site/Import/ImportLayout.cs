using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>A form seen from the importer's side: its tables and rows with label keys to match published copies against.</summary>
/// <remarks>
/// A table with a <see cref="FormTable.GroupedLayout"/> (section 四 of the new forms, one printed row of 15 cells that copies
/// also print as three rows of five: 行政复议, 未经复议直接起诉, 复议后起诉) has both shapes as rows of the layout.
/// </remarks>
internal sealed partial class ImportLayout
{
    private readonly Dictionary<string, List<LayoutRow>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LayoutRow>> _loose = new(StringComparer.Ordinal);

    private ImportLayout(Form form)
    {
        Form = form;
        var order = 0;
        foreach (var table in form.Tables)
        {
            // A table with a unit column is read as 单位 | value; the other tables' columns are matched by header.
            var columns = table.Columns.Select(c => c.Group is null ? c.Label : $"{c.Group} / {c.Label}");
            var layout = new LayoutTable(table.Section, table.Title, [.. table.HasUnitColumn ? columns.Prepend("单位") : columns], table.HasUnitColumn);
            foreach (var row in table.Rows)
            {
                var aliases = row.Cells.Count > 0 ? form.Find(row.Cells[0])?.Aliases ?? [] : [];
                Add(layout, new LayoutRow(order++, row.Label, row.Cells, layout), aliases);
            }

            Tables.Add(layout);
            if (table.GroupedLayout is { } grouped)
            {
                var groups = new LayoutTable(grouped.Section, grouped.Title, [.. grouped.Columns.Select(c => c.Label)]);
                foreach (var row in grouped.Rows)
                {
                    Add(groups, new LayoutRow(order++, row.Label, row.Cells, groups), []);
                }

                Tables.Add(groups);
            }
        }
    }

    public static IReadOnlyList<ImportLayout> All { get; } = [.. Forms.All.Select(f => new ImportLayout(f))];

    public Form Form { get; }

    public List<LayoutTable> Tables { get; } = [];

    public IEnumerable<LayoutRow> Rows => Tables.SelectMany(t => t.Rows);

    public static ImportLayout For(Form form) => All.First(l => l.Form == form);

    /// <summary>Whether any form has a row with this printed label.</summary>
    public static bool IsKnownRowLabel(string label) => All.Any(l => l.Candidates(label).Count > 0);

    /// <summary>Whether any form has a row of values (not a heading) with this printed label.</summary>
    public static bool IsKnownDataRowLabel(string label) => All.Any(l => l.Candidates(label).Any(r => !r.IsHeader));

    /// <summary>Whether some form has a row of values with this printed label and as many value cells as <paramref name="cells"/> (its unit cell counted where its table prints one).</summary>
    public static bool FitsDataRow(string label, int cells) =>
        All.Any(l => l.Candidates(label).Any(r => !r.IsHeader && (r.Codes.Count == cells || (r.Table.HasUnitColumn && r.Codes.Count + 1 == cells))));

    /// <summary>Whether any table of any form has a column with this printed header.</summary>
    public static bool IsKnownColumnLabel(string header) => All.Any(l => l.Tables.Any(t => t.ColumnOf(header) >= 0));

    /// <summary>Rows of this form a printed label (its last path segment) may name, in form order.</summary>
    public IReadOnlyList<LayoutRow> Candidates(string label)
    {
        var key = Labels.Normalize(label);
        if (key.Length == 0)
        {
            return [];
        }

        if (_exact.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var loose in new[] { key, StripMarker(key), StripNote(StripMarker(key)) })
        {
            if (_loose.TryGetValue(loose, out var found))
            {
                return found;
            }
        }

        return [];
    }

    private void Add(LayoutTable table, LayoutRow row, IEnumerable<string> aliases)
    {
        table.Rows.Add(row);
        foreach (var label in aliases.Prepend(row.Label))
        {
            var key = Labels.Normalize(label);
            AddKey(_exact, key, row);
            AddKey(_loose, StripMarker(key), row);
            AddKey(_loose, StripNote(StripMarker(key)), row);
        }
    }

    private static void AddKey(Dictionary<string, List<LayoutRow>> keys, string key, LayoutRow row)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!keys.TryGetValue(key, out var rows))
        {
            keys[key] = rows = [];
        }

        if (!rows.Contains(row))
        {
            rows.Add(row);
        }
    }

    // "（一）予以公开" and "予以公开" name the same row; so do a label with and without its printed explanation in brackets.
    private static string StripMarker(string key) => Marker().Replace(key, "");

    private static string StripNote(string key) => TrailingNote().Replace(key, "");

    [GeneratedRegex(@"^(\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}\.)", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNote();
}
