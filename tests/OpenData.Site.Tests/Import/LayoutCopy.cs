using System.Globalization;
using System.Text;

namespace OpenData.Site.Tests.Import;

/// <summary>Prints a report's tables as a PDF-to-text converter keeping the layout does (<c>pdftotext -layout</c>): one line
/// per printed line, cells apart by spaces, no rules.</summary>
/// <remarks>
/// What such copies do to a table, each as <see cref="LayoutStyle"/> chooses: a long row label wraps over several lines and
/// its numbers stand on the first, middle or last of them; a heading that the form prints as a merged cell beside its rows
/// (三、本年度办理结果, （三）不予公开) is wrapped to its column's width and centred on the lines of its rows, so its pieces
/// start some of those rows' lines; column headers wrap over several lines; a blank cell leaves nothing between the spaces.
/// </remarks>
internal static class LayoutCopy
{
    public static string Of(Report report, LayoutStyle style)
    {
        var form = report.FormDefinition!;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.Year}年政府信息公开工作年度报告\n");
        if (UnitTables.Of(form) is { } unitTable)
        {
            text.Append(unitTable.Title).Append('\n');
            text.AppendJoin(style.CellGap, UnitTables.Header(unitTable, report.Year)).Append('\n');
            foreach (var row in unitTable.Rows)
            {
                string[] cells = row.IsHeader ? [] : UnitTables.Row(unitTable, row, c => ReportTables.Cell(report, c))[1..];
                foreach (var line in RowLines(Wrap(row.Label, style.LabelWidth), cells, style))
                {
                    text.Append(line).Append('\n');
                }
            }

            return text.ToString();
        }

        foreach (var table in form.Tables)
        {
            if (table.Section == "二" && table == form.Tables.First(t => t.Section == "二"))
            {
                text.Append("二、主动公开政府信息情况\n");
            }

            text.Append(table.Title).Append('\n');
            switch (table.Section)
            {
                case "二":
                    text.Append("信息内容").Append(style.CellGap).Append(string.Join(style.CellGap, table.Columns.Select(c => c.Label))).Append('\n');
                    foreach (var row in table.Rows)
                    {
                        text.Append(row.Label).Append(style.CellGap).Append(string.Join(style.CellGap, row.Cells.Select(c => ReportTables.Cell(report, c)))).Append('\n');
                    }

                    break;
                case "四":
                    // Two header lines of groups, the outcomes wrapped over two lines, then the one row of numbers.
                    text.Append("行政复议").Append(style.CellGap).Append("行政诉讼\n");
                    text.Append(style.CellGap).Append("未经复议直接起诉").Append(style.CellGap).Append("复议后起诉\n");
                    var outcomes = table.Columns.Select(c => c.Label).ToList();
                    text.Append(string.Join(style.CellGap, outcomes.Select(o => o.Length > 2 ? o[..2] : o))).Append('\n');
                    text.Append(string.Join(style.CellGap, outcomes.Select(o => o.Length > 2 ? o[2..] : ""))).Append('\n');
                    text.Append(string.Join(style.CellGap, table.Rows[0].Cells.Select(c => ReportTables.Cell(report, c)))).Append('\n');
                    break;
                default:
                    AppendApplications(text, report, table, style);
                    break;
            }
        }

        return text.ToString();
    }

    // Section 三: the header over three lines, then every row of values with the pieces of the headings above it.
    private static void AppendApplications(StringBuilder text, Report report, FormTable table, LayoutStyle style)
    {
        text.Append("申请人情况\n");
        text.Append("法人或其他组织\n");
        text.Append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").Append(style.CellGap)
            .Append(string.Join(style.CellGap, table.Columns.Select(c => c.Label.Length > 2 ? c.Label[..2] : c.Label))).Append('\n');
        text.Append(string.Join(style.CellGap, table.Columns.Select(c => c.Label.Length > 2 ? c.Label[2..] : ""))).Append('\n');

        // Each row of values as its lines; each heading over the lines of the rows below it, up to the next row as deep.
        var lines = new List<(string[] Prefix, string Line, bool NumbersAlone)>();
        var spans = new List<(FormRow Heading, int First, int Count)>();
        var open = new List<(FormRow Heading, int First)>();
        foreach (var row in table.Rows)
        {
            Close(open.Where(o => o.Heading.Depth >= row.Depth).ToList(), open, spans, lines.Count);
            if (row.IsHeader)
            {
                open.Add((row, lines.Count));
                continue;
            }

            string[] cells = [.. row.Cells.Select(c => ReportTables.Cell(report, c))];
            var rowLines = RowLines(Wrap(row.Label, style.LabelWidth), cells, style).ToList();
            for (var k = 0; k < rowLines.Count; k++)
            {
                lines.Add((new string[3], rowLines[k], style.Numbers == NumbersLine.Below && cells.Length > 0 && k == rowLines.Count - 1));
            }
        }

        Close([.. open], open, spans, lines.Count);
        foreach (var (heading, first, count) in spans)
        {
            var pieces = Wrap(heading.Label, style.HeadingWidth);
            var start = first + Math.Max(0, (count - pieces.Count) / 2);
            for (var p = 0; p < pieces.Count; p++)
            {
                // More pieces than lines: the rest go on the last line. A whole heading stays off a line of numbers alone: with
                // it, the line would be the heading's own row of values (a 2019-style row), which the import leaves blank.
                var at = Math.Min(start + p, first + count - 1);
                if (pieces.Count == 1 && lines[at].NumbersAlone && at > first)
                {
                    at--;
                }

                var prefix = lines[at].Prefix;
                prefix[heading.Depth] = prefix[heading.Depth] is { } before ? before + pieces[p] : pieces[p];
            }
        }

        foreach (var (prefix, line, _) in lines)
        {
            text.Append(string.Join(style.HeadingGap, prefix.Where(p => p is not null).Append(line))).Append('\n');
        }
    }

    private static void Close(List<(FormRow Heading, int First)> closing, List<(FormRow Heading, int First)> open, List<(FormRow Heading, int First, int Count)> spans, int end)
    {
        foreach (var heading in closing)
        {
            open.Remove(heading);
            if (end > heading.First)
            {
                spans.Add((heading.Heading, heading.First, end - heading.First));
            }
        }
    }

    // A row's lines: its label's pieces, the cells on the one the style puts them on.
    private static IEnumerable<string> RowLines(List<string> label, string[] cells, LayoutStyle style)
    {
        var numbersAt = style.Numbers switch
        {
            NumbersLine.First => 0,
            NumbersLine.Last => label.Count - 1,
            _ => (label.Count - 1) / 2,
        };
        for (var i = 0; i < label.Count; i++)
        {
            yield return i == numbersAt && cells.Length > 0 && style.Numbers != NumbersLine.Below ? label[i] + style.CellGap + string.Join(style.CellGap, cells) : label[i];
        }

        if (style.Numbers == NumbersLine.Below && cells.Length > 0)
        {
            yield return string.Join(style.CellGap, cells);
        }
    }

    private static List<string> Wrap(string label, int width) =>
        width <= 0 || label.Length <= width ? [label] : [.. label.Chunk(width).Select(c => new string(c))];
}
