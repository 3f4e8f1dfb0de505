using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>
/// A column of sequence numbers before the labels (序号 | 统计指标 | 单位 | 统计数, as 安徽's tables print it), or a row's list
/// marker printed in a cell of its own (1. | 当面申请数 | 件 | 0): left out, so that each row's label is the label of the form
/// and its cells are its figures.
/// </summary>
/// <remarks>A row is changed only when its first cell is a sequence number and the cell after it a row label of some form,
/// so a row of figures without a label (section 四's one row of 15) stays as it is.</remarks>
internal static partial class SequenceColumn
{
    public static ImportSource Drop(ImportSource source)
    {
        var lines = source.Lines.Select(line => line.Row is { } row && Without(row) is { } kept ? line with { Row = kept } : line).ToList();
        var first = source.Lines.Where((line, i) => !ReferenceEquals(line, lines[i])).Select(line => line.Number).FirstOrDefault();
        return first == 0 ? source : source with
        {
            Lines = lines,
            Remarks =
            [
                .. source.Remarks,
                new Finding("D-SEQ", Severity.Info,
                    "表格在行标题前印有序号（或把行号印在单独的单元格中），读取时略去",
                    "the table prints sequence numbers (or the rows' list markers) in a cell before the row labels; they were left out")
                { File = source.File, Line = first },
            ],
        };
    }

    private static SourceRow? Without(SourceRow row)
    {
        if (row.Cells.Count == 0 || row.Label.Contains(" / ", StringComparison.Ordinal))
        {
            return null;
        }

        var marker = row.Label.Trim();
        var next = row.Cells[0];
        var isHeader = Labels.Normalize(marker) == "序号" && TableMapper.HeaderWords.Contains(Labels.Normalize(next));
        return isHeader || SequenceNumber().IsMatch(marker) && (ImportLayout.IsKnownRowLabel(next) || TableMapper.HeaderWords.Contains(Labels.Normalize(next)))
            ? row with { Label = next, Cells = [.. row.Cells.Skip(1)] }
            : null;
    }

    // 1, 12, 1., 1、, （1）, ①: a number the row was given, not a figure of the form.
    [GeneratedRegex(@"^(?:[0-9０-９]{1,3}[.．、]?|[（(][0-9０-９]{1,3}[)）]|[①-⑳])$", RegexOptions.CultureInvariant)]
    private static partial Regex SequenceNumber();
}
