namespace OpenData.Site.Import;

/// <summary>
/// A one-row table of the form printed turned, its columns down the side: section 四 as its five outcomes in rows under
/// 行政复议 · 未经复议直接起诉 · 复议后起诉 across, or as fifteen rows of one figure (行政复议 | 结果维持 | 25, then 结果纠正 | 3 …).
/// Each figure goes to the column that its row's label and its column's header (or its group, printed on the group's first
/// row) name together.
/// </summary>
/// <remarks>A row is read so only when every figure's column is named without doubt, each once, in one table of one row;
/// an outcome alone (结果维持, in three groups) names none, so a turned table without its groups is not read.</remarks>
internal static class TurnedTable
{
    /// <summary>The one-row table's row, the column of each of the row's figures, and the group the row's label printed (for
    /// the rows after it that print their outcome alone); or null when the row is not a turned table's.</summary>
    /// <param name="layout">The form.</param>
    /// <param name="row">The row as printed: words (after blank cells a merged cell left) and then figures.</param>
    /// <param name="header">The header above it, if any (项目 | 行政复议 | 未经复议直接起诉 | 复议后起诉).</param>
    /// <param name="group">The group of the turned row just before it, if that row printed one.</param>
    public static (LayoutRow Row, int[] Map, IReadOnlyList<string> Figures, string? Group)? Read(ImportLayout layout, SourceRow row, IReadOnlyList<string>? header, string? group)
    {
        var cells = row.AllCells.SkipWhile(c => c.Trim().Length == 0).ToList();
        var words = cells.TakeWhile(c => c.Trim().Length > 0 && CellText.Parse(c).Value is null).Select(c => c.Trim()).ToList();
        var figures = cells.Skip(words.Count).ToList();
        if (figures.Count == 0 && words.Count is 2 or 3 && words.SkipLast(1).All(ImportLayout.IsColumnHeading))
        {
            // 行政诉讼 | 复议后起诉 | 结果维持 and nothing after it: a blank figure a copy dropped.
            figures = [""];
        }

        // The row's own words name a column (结果维持), or it is no turned table's row: most rows end here.
        if (words.Count == 0 || figures.Count == 0 || !ImportLayout.IsKnownColumnLabel(words[^1]))
        {
            return null;
        }

        var path = string.Join(" / ", words);
        if (figures.Count == 1)
        {
            // One figure: the label names its column, with the group printed before it or on the group's first row.
            if (Column(layout, [path]) is { } own)
            {
                return (own.Row, own.Map, figures, path.Contains(" / ", StringComparison.Ordinal) ? path[..path.LastIndexOf(" / ", StringComparison.Ordinal)] : null);
            }

            return group is not null && Column(layout, [$"{group} / {path}"]) is { } grouped ? (grouped.Row, grouped.Map, figures, group) : null;
        }

        // Several figures: each column's header names the group.
        if (header is null)
        {
            return null;
        }

        var over = header.Count == figures.Count + 1 ? header.Skip(1).ToList() : header.Count == figures.Count ? [.. header] : null;
        return over is not null && over.All(h => h.Trim().Length > 0) && Column(layout, [.. over.Select(h => $"{h} / {path}")]) is { } across
            ? (across.Row, across.Map, figures, null)
            : null;
    }

    // The one row of the one table of one row whose columns these headers name, each a different column.
    private static (LayoutRow Row, int[] Map)? Column(ImportLayout layout, IReadOnlyList<string> headers)
    {
        var named = layout.Tables.Where(t => t.Rows.Count(r => !r.IsHeader) == 1)
            .Select(t => (Row: t.Rows.Single(r => !r.IsHeader), Map: headers.Select(t.ColumnOf).ToArray()))
            .Where(t => t.Map.All(i => i >= 0) && t.Map.Distinct().Count() == t.Map.Length && headers.All(h => h.Contains(" / ", StringComparison.Ordinal)))
            .ToList();
        return named is [var only] ? only : null;
    }
}
