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

    // The normalised labels of the form's heading rows (三、本年度办理结果, （三）不予公开): the text a copy may print before
    // a row's own label, where a merged cell's label landed on the row's line.
    private readonly List<string> _headings = [];

    // Every key a column of one of the form's tables is known by (LayoutTable.Keys).
    private readonly HashSet<string> _columnKeys;

    // A label path's " / " separates words too (三、本年度办 / （一）予以公开, as a PDF's merged cells are read).
    private static readonly char[] WordSeparators = [' ', '\u3000', '\u00A0', '\t', '/'];

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
            _headings.AddRange(layout.Rows.Where(r => r.IsHeader).Select(r => Labels.Normalize(r.Label)).Where(k => k.Length > 0));
            if (table.GroupedLayout is { } grouped)
            {
                var groups = new LayoutTable(grouped.Section, grouped.Title, [.. grouped.Columns.Select(c => c.Label)]) { IsGroupedLayout = true };
                foreach (var row in grouped.Rows)
                {
                    Add(groups, new LayoutRow(order++, row.Label, row.Cells, groups), []);
                }

                Tables.Add(groups);
            }
        }

        _columnKeys = [.. Tables.SelectMany(t => t.Keys)];
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

    /// <summary>Whether some form prints this unit in a unit column (条, 件, 万元 …).</summary>
    public static bool IsKnownUnit(string text) => Units.Contains(Labels.Normalize(text));

    private static readonly HashSet<string> Units = [.. Forms.All.SelectMany(f => f.Tables).Where(t => t.HasUnitColumn)
        .SelectMany(t => t.Rows).Select(r => Labels.Normalize(r.Unit)).Where(u => u.Length > 0)];

    /// <summary>Whether the text is only words of some form's headings (年度办, （三）, 供): a piece of a merged heading cell
    /// that a copy printed on a line of its own.</summary>
    public static bool IsHeadingText(string text) =>
        text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && All.Any(l => words.All(l.IsHeadingPart));

    /// <summary>Whether the text, two characters or more, is a printed label or a part of one: a row's label, a column's
    /// header, a heading or a table's title of some form, or a label column's header (<c>行政处罚</c>, <c>属于国家秘密</c>,
    /// <c>自然人</c>, <c>信息内容</c>).</summary>
    public static bool IsPartOfLabel(string text)
    {
        var key = Labels.Normalize(text);
        return key.Length >= 2 && LabelKeys.Any(k => k.Contains(key, StringComparison.Ordinal));
    }

    private static readonly List<string> LabelKeys = [.. All.SelectMany(l => l._exact.Keys.Concat(l.Tables.SelectMany(t => t.ColumnLabels.SelectMany(c => c.Split(" / ")).Append(t.Title))))
        .Concat(TableMapper.HeaderWords).Select(Labels.Normalize).Where(k => k.Length >= 2).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether any table of any form has a column with this printed header.</summary>
    public static bool IsKnownColumnLabel(string header) => HeaderKeys.Of(header) is var keys && All.Any(l => l.NamesColumn(keys));

    /// <summary>Whether a table of this form has a column with this printed header.</summary>
    public bool NamesColumn(string header) => NamesColumn(HeaderKeys.Of(header));

    public bool NamesColumn(HeaderKeys keys) =>
        keys.Both is { } both && _columnKeys.Contains(both) || keys.Last is { } last && _columnKeys.Contains(last);

    /// <summary>Whether the text heads a column or a group of columns of some form (自然人, 法人或其他组织, 行政诉讼).</summary>
    public static bool IsColumnHeading(string text) => IsKnownColumnLabel(text) || ColumnGroups.Contains(Labels.Normalize(text));

    private static readonly HashSet<string> ColumnGroups = [.. All.SelectMany(l => l.Tables).SelectMany(t => t.ColumnLabels)
        .SelectMany(c => c.Split(" / ")[..^1]).Select(Labels.Normalize)];

    /// <summary>Rows of this form a printed label (its last path segment) may name, in form order.</summary>
    /// <remarks>A label that names no row on its own may be a row's label after the text of the headings it sits under
    /// (a merged cell's label, which a converted copy prints on one of its rows' lines): <c>（三）不予公开 4.保护第三方合法权益</c>,
    /// <c>办理结果 7.属于行政执法案卷</c>, or one character of a label printed downwards. The words before the row's label
    /// must all be parts of the form's headings, and only a row of values is named this way.</remarks>
    public IReadOnlyList<LayoutRow> Candidates(string label)
    {
        var own = OwnCandidates(label);
        return own.Count > 0 ? own : UnderHeadings(label);
    }

    private IReadOnlyList<LayoutRow> UnderHeadings(string label)
    {
        var words = label.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (var taken = 1; taken < words.Length && IsHeadingPart(words[taken - 1]); taken++)
        {
            var rows = OwnCandidates(string.Join(" ", words[taken..]));
            if (rows.Any(r => !r.IsHeader))
            {
                return [.. rows.Where(r => !r.IsHeader)];
            }
        }

        // The heading's label run into the row's (（三）不予公开4.保护第三方合法权益): whole headings only.
        var key = Labels.Normalize(label);
        foreach (var heading in _headings)
        {
            if (key.Length > heading.Length && key.StartsWith(heading, StringComparison.Ordinal)
                && OwnCandidates(key[heading.Length..]) is { Count: > 0 } rest && rest.Any(r => !r.IsHeader))
            {
                return [.. rest.Where(r => !r.IsHeader)];
            }
        }

        return [];
    }

    /// <summary>The rows of values whose label a label cut short begins (<c>5.要求行政机关确认或重新出具</c>, its end printed on the
    /// next page or lost): only a beginning of at least eight characters and three fifths of the label, of one label only.</summary>
    public IReadOnlyList<LayoutRow> Beginning(string label)
    {
        var key = Labels.Normalize(label);
        if (key.Length < ShortestBeginning)
        {
            return [];
        }

        var labels = _exact.Where(p => p.Key.Length > key.Length && p.Key.StartsWith(key, StringComparison.Ordinal) && key.Length * 5 >= p.Key.Length * 3)
            .Where(p => p.Value.Any(r => !r.IsHeader))
            .ToList();
        return labels is [var only] ? [.. only.Value.Where(r => !r.IsHeader)] : [];
    }

    private const int ShortestBeginning = 8;

    /// <summary>Whether a printed label that names no row is the row's label with a slip: without list markers and notes,
    /// at least six characters, and all but one in ten of the longer shared in order (本机关不掌握相关的政府信息).</summary>
    /// <remarks>Only for a row the place of the printed row already names: labels of the old form one character apart mean
    /// opposite things (同意公开答复数, 不同意公开答复数).</remarks>
    public static bool Resembles(string printed, LayoutRow row)
    {
        var key = StripNote(StripMarker(Labels.Normalize(printed)));
        var own = StripNote(StripMarker(Labels.Normalize(row.Label)));
        var longer = Math.Max(key.Length, own.Length);
        return Math.Min(key.Length, own.Length) >= 6 && CommonInOrder(key, own) * 10 >= longer * 9;
    }

    // The length of the longest common subsequence.
    private static int CommonInOrder(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var x in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The text without the words of the form's headings it starts with (<c>（六）其他处理 机关不再处理其政府信息公开申请</c>
    /// → <c>机关不再处理其政府信息公开申请</c>); empty when every word is one (<c>他处</c>, a heading's piece on a line of its own).</summary>
    public string WithoutHeadingWords(string text)
    {
        var words = text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        var headings = words.TakeWhile(IsHeadingPart).Count();
        return headings == 0 ? text : string.Join(" ", words[headings..]);
    }

    // A word of a heading, or punctuation alone (the 、 of 三、 printed a character a line).
    private bool IsHeadingPart(string word)
    {
        var key = Labels.Normalize(word).Trim('(', ')', '.', ':');
        return key.Length == 0 || _headings.Any(h => h.Contains(key, StringComparison.Ordinal));
    }

    private List<LayoutRow> OwnCandidates(string label)
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
