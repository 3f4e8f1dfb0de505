using System.Runtime.CompilerServices;

namespace OpenData.Site;

/// <summary>The header rows of a printed form table, from its columns' spanning groups (法人或其他组织, 行政诉讼 / 复议后起诉).</summary>
/// <remarks>A table's layout depends on the form alone: it is worked out once per table and language, not for every
/// report page, and shared (read-only) by them all.</remarks>
internal static class TableLayout
{
    private static readonly ConditionalWeakTable<FormTable, Laid> Tables = [];

    /// <summary>One header cell: its text, how many columns and header rows it spans, and whether it heads a column.</summary>
    public sealed record HeaderCell(string Label, int ColumnSpan, int RowSpan, bool IsColumn);

    /// <summary>The header rows, in the page's language.</summary>
    public static IReadOnlyList<IReadOnlyList<HeaderCell>> Headers(FormTable table, Language language)
    {
        var laid = Tables.GetValue(table, static t => new Laid(t));
        ref var headers = ref language.IsEnglish ? ref laid.HeadersEn : ref laid.HeadersZh;
        return Volatile.Read(ref headers) ?? Interlocked.CompareExchange(ref headers, MakeHeaders(table, language), null) ?? headers;
    }

    /// <summary>The rows cut into groups at each heading row, so each heading is the <c>rowgroup</c> header of its own <c>tbody</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<FormRow>> RowGroups(FormTable table) => Tables.GetValue(table, static t => new Laid(t)).RowGroups;

    private static List<IReadOnlyList<HeaderCell>> MakeHeaders(FormTable table, Language language)
    {
        var paths = table.Columns
            .Select(c => (language.IsEnglish ? c.GroupEn : c.Group) is { } g ? g.Split(" / ").Append(language.T(c.Label, c.LabelEn)).ToArray() : [language.T(c.Label, c.LabelEn)])
            .ToList();
        var depth = paths.Max(p => p.Length);
        var rows = new List<IReadOnlyList<HeaderCell>>();
        for (var level = 0; level < depth; level++)
        {
            var row = new List<HeaderCell>();
            for (var i = 0; i < paths.Count;)
            {
                var path = paths[i];
                if (level >= path.Length)
                {
                    i++;
                    continue;
                }

                var isLeaf = level == path.Length - 1;
                var span = 1;
                if (!isLeaf)
                {
                    while (i + span < paths.Count && paths[i + span].Length > level + 1 && paths[i + span].Take(level + 1).SequenceEqual(path.Take(level + 1)))
                    {
                        span++;
                    }
                }

                row.Add(new HeaderCell(path[level], span, isLeaf ? depth - level : 1, isLeaf));
                i += span;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<IReadOnlyList<FormRow>> MakeRowGroups(FormTable table)
    {
        var groups = new List<IReadOnlyList<FormRow>>();
        var current = new List<FormRow>();
        foreach (var row in table.Rows)
        {
            if (row.IsHeader && current.Count > 0)
            {
                groups.Add(current);
                current = [];
            }

            current.Add(row);
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return groups;
    }

    /// <summary>Items cut into runs of the same group (the row of a form's matrix its cells belong to), so that a table
    /// says the group's label once, as the heading of a row group, and each item's own label after it. An item without
    /// a group, or alone in its group (shown with its whole label), goes into a run without a group.</summary>
    public static IReadOnlyList<(string? Group, IReadOnlyList<T> Items)> Runs<T>(IReadOnlyList<T> items, Func<T, string?> group)
    {
        string? GroupAt(int i) =>
            group(items[i]) is { } g && ((i > 0 && group(items[i - 1]) == g) || (i + 1 < items.Count && group(items[i + 1]) == g)) ? g : null;

        var runs = new List<(string? Group, IReadOnlyList<T> Items)>();
        var current = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            current.Add(items[i]);
            var at = GroupAt(i);
            if (i + 1 == items.Count || GroupAt(i + 1) != at)
            {
                runs.Add((at, current));
                current = [];
            }
        }

        return runs;
    }

    // A table's row groups, and its header rows in each language once asked for.
    private sealed class Laid(FormTable table)
    {
        public readonly IReadOnlyList<IReadOnlyList<FormRow>> RowGroups = MakeRowGroups(table);
        public IReadOnlyList<IReadOnlyList<HeaderCell>>? HeadersZh;
        public IReadOnlyList<IReadOnlyList<HeaderCell>>? HeadersEn;
    }
}
