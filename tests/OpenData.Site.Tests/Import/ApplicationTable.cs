using System.Globalization;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Prints section 三 of the new forms the way offices lay it out in Word: a three-row header and merged group labels.</summary>
/// <remarks>
/// The header is 项目 (three columns, three rows), 申请人情况 over all seven columns, then 自然人 / 法人或其他组织 (five columns) /
/// 总计, then the five kinds of organisation. 三、本年度办理结果 is one cell beside all its rows, （三）不予公开 and the other
/// groups one cell beside their numbered rows.
/// </remarks>
internal static class ApplicationTable
{
    /// <summary>The table's blocks; <paramref name="wrap"/> prints those labels over several paragraphs (split at "|"), <paramref name="splitBefore"/> starts a second table, header repeated, at that row.</summary>
    public static List<PrintedBlock> Of(Report report, FormTable table, IReadOnlyDictionary<string, string>? wrap = null, string? splitBefore = null)
    {
        var blocks = new List<PrintedBlock>();
        var rows = Header();
        var printed = table.Rows.Where(r => !r.IsHeader).ToList();
        foreach (var row in printed)
        {
            if (row.Label == splitBefore)
            {
                blocks.Add(new PrintedBlock(null, rows));
                rows = Header();
            }

            var cells = new List<GridCell>();
            var index = table.Rows.ToList().IndexOf(row);
            // A group cell starts on the group's first printed row, or on the first row after a split.
            foreach (var group in Groups(table, index).Where(g => g.First == index || row.Label == splitBefore))
            {
                var span = printed.Count(r => Groups(table, table.Rows.ToList().IndexOf(r)).Contains(group) && Before(printed, r, splitBefore, row));
                cells.Add(new GridCell(Label(group.Row.Label, wrap), span));
            }

            cells.Add(new GridCell(Label(row.Label, wrap), 1, 3 - row.Depth));
            cells.AddRange(row.Cells.Select(c => new GridCell(Cell(report, c))));
            rows.Add(cells);
        }

        blocks.Add(new PrintedBlock(null, rows));
        return blocks;
    }

    private static List<IReadOnlyList<GridCell>> Header() =>
    [
        [new GridCell("项目", 3, 3), new GridCell("申请人情况", 1, 7)],
        [new GridCell("自然人", 2), new GridCell("法人或其他组织", 1, 5), new GridCell("总计", 2)],
        [new GridCell("商业企业"), new GridCell("科研机构"), new GridCell("社会公益组织"), new GridCell("法律服务机构"), new GridCell("其他")],
    ];

    // The heading rows above a row that it is printed beside: 三、本年度办理结果 for (一)…(七), and (三)不予公开 for its 1.…8.
    private static List<(FormRow Row, int First)> Groups(FormTable table, int index)
    {
        var groups = new List<(FormRow Row, int First)>();
        var depth = table.Rows[index].Depth;
        for (var i = index - 1; i >= 0 && depth > 0; i--)
        {
            if (table.Rows[i].IsHeader && table.Rows[i].Depth < depth)
            {
                depth = table.Rows[i].Depth;
                groups.Insert(0, (table.Rows[i], i + 1));
            }
            else if (table.Rows[i].Depth < depth)
            {
                break;
            }
        }

        return groups;
    }

    // Rows of a group after a split point belong to the second table; a group cell spans only the rows of its own table.
    private static bool Before(List<FormRow> printed, FormRow candidate, string? splitBefore, FormRow current)
    {
        var split = splitBefore is null ? -1 : printed.FindIndex(r => r.Label == splitBefore);
        var (c, r) = (printed.IndexOf(candidate), printed.IndexOf(current));
        return c >= r && (split < 0 || (c < split) == (r < split));
    }

    private static string Label(string label, IReadOnlyDictionary<string, string>? wrap) =>
        wrap?.GetValueOrDefault(label)?.Replace('|', '\n') ?? label;

    private static string Cell(Report report, string code)
    {
        var value = report.Value(code);
        return value.Raw ?? value.Number?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
