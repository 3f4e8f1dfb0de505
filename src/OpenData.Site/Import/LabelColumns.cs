namespace OpenData.Site.Import;

/// <summary>
/// A row whose label is spread over the table's label columns, as a copy of a table with merged label cells prints it:
/// the heading's merged cell on the first row of its group (<c>（三）不予公开 | 1.属于国家秘密 | 0 …</c>, as a browser copies a
/// table), or a blank cell where the merged cell was (<c> | | 2.其他法律行政法规禁止公开 | 0 …</c>, as Word copies one). The
/// row's label becomes the path <c>（三）不予公开 / 1.属于国家秘密</c> and its cells its figures.
/// </summary>
/// <remarks>A merged cell's text a copy repeats in each column it covers (<c>（一）予以公开 | （一）予以公开 | 33</c>) is read once.
/// A row is changed only when its own label, a row label of some form and no column's header, follows nothing but
/// blanks and the words of the forms' headings in the first <see cref="LabelCells"/> cells: a header row, a row of figures
/// without a label and a row already read as a path stay as they are.</remarks>
internal static class LabelColumns
{
    // The national forms print at most three label columns (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密); one more for
    // a blank column a converter adds.
    private const int LabelCells = 4;

    public static ImportSource Join(ImportSource source)
    {
        var joined = false;
        var lines = source.Lines.Select(line =>
        {
            if (line.Row is { } row && Joined(row) is { } path)
            {
                joined = true;
                return line with { Row = path };
            }

            return line;
        }).ToList();
        return joined ? source with { Lines = lines } : source;
    }

    private static SourceRow? Joined(SourceRow row)
    {
        if (row.Cells.Count == 0 || row.Label.Contains(" / ", StringComparison.Ordinal))
        {
            return null;
        }

        // The label cells: blanks and words up to the first figure. The last words are the row's own label; the words
        // before them, the headings it sits under.
        var cells = row.AllCells;
        // A merged cell's text repeated in every column it covers (as a grid fills one) counts once, at its last column.
        var labels = cells.Take(LabelCells).TakeWhile(c => CellText.Parse(c).Value is null || c.Trim().Length == 0)
            .Select((text, i) => (Text: text.Trim(), Index: i)).Where(c => c.Text.Length > 0).ToList();
        labels = [.. labels.Where((label, i) => i == labels.Count - 1 || labels[i + 1].Text != label.Text)];
        // A header's cells (行政复议 spread over its five columns, then 行政诉讼) are no row's label and figures.
        if (labels is not [.. var headings, var own] || own.Index == 0 || !IsOwnLabel(own.Text)
            || !headings.All(h => ImportLayout.IsHeadingText(h.Text))
            || cells.Skip(own.Index + 1).Any(c => ImportLayout.IsColumnHeading(c) || ImportLayout.IsKnownRowLabel(c)))
        {
            return null;
        }

        return row with { Label = string.Join(" / ", [.. headings.Select(h => h.Text), own.Text]), Cells = [.. cells.Skip(own.Index + 1)] };
    }

    private static bool IsOwnLabel(string text) => ImportLayout.IsKnownRowLabel(text) && !ImportLayout.IsKnownColumnLabel(text);
}
