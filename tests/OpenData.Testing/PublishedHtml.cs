using System.Globalization;
using System.Net;
using System.Text;

namespace OpenData.Testing;

/// <summary>Prints a report as a government site's HTML page prints the national form: spanning headers, group labels spanning their rows.</summary>
/// <remarks>
/// Table 三 has three label columns: a 一/二/四 row spans all three, 三、本年度办理结果 spans the rows below it in the first,
/// a （三） group spans its numbered rows in the second. Section 四 has three header rows (行政复议 | 行政诉讼, then the two
/// lawsuit groups, then the outcomes). The page starts with the site's chrome in a layout table, as many sites do.
/// </remarks>
public static class PublishedHtml
{
    /// <summary>The page of a report, titled with the agency name given.</summary>
    public static string Of(Report report, string agency)
    {
        var form = report.FormDefinition!;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开年报（示例数据）</title></head><body>\n");
        html.Append("<table class=\"layout\" width=\"100%\"><tr><td>首页 &gt; 政务公开 &gt; 政府信息公开年报</td></tr><tr><td>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(agency)}{report.Year}年政府信息公开工作年度报告</h1>\n");
        html.Append("<p>本报告中所列数据为示例数据，不代表任何真实机关。</p>\n");
        foreach (var table in form.Tables)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{Encode(table.Title)}</strong></p>\n<table border=\"1\">\n");
            if (UnitTables.Of(form) is not null)
            {
                foreach (var cells in table.Rows.Select(r => UnitTables.Row(table, r, c => Cell(report, c))).Prepend(UnitTables.Header(table, report.Year)))
                {
                    html.Append("<tr>").Append(string.Concat(cells.Select(c => $"<td>{Encode(c)}</td>"))).Append("</tr>\n");
                }
            }
            else if (table.Section == "三")
            {
                ApplicationsTable(html, report, table);
            }
            else if (table.Section == "四")
            {
                html.Append("<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n");
                html.Append("<tr>").Append(string.Concat(table.Columns.Take(5).Select(c => $"<td rowspan=\"2\">{c.Label}</td>")))
                    .Append("<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>\n");
                html.Append("<tr>").Append(string.Concat(table.Columns.Skip(5).Select(c => $"<td>{c.Label}</td>"))).Append("</tr>\n");
                html.Append("<tr>").Append(string.Concat(table.Rows[0].Cells.Select(c => $"<td>{Cell(report, c)}</td>"))).Append("</tr>\n");
            }
            else
            {
                html.Append("<tr><td>信息内容</td>").Append(string.Concat(table.Columns.Select(c => $"<td>{Encode(c.Label)}</td>"))).Append("</tr>\n");
                foreach (var row in table.Rows)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(row.Label)}</td>").Append(string.Concat(row.Cells.Select(c => $"<td>{Cell(report, c)}</td>"))).Append("</tr>\n");
                }
            }

            html.Append("</table>\n");
        }

        return html.Append("<p>五、存在的主要问题及改进情况</p><p>无。</p></td></tr></table></body></html>\n").ToString();
    }

    private static void ApplicationsTable(StringBuilder html, Report report, FormTable table)
    {
        html.Append("<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=\"7\">申请人情况</td></tr>\n");
        html.Append("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>\n<tr>");
        html.Append(string.Concat(table.Columns.Skip(1).Take(5).Select(c => $"<td>{c.Label}</td>"))).Append("</tr>\n");
        var rows = table.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsHeader)
            {
                continue;
            }

            html.Append("<tr>");
            // A row opens the spanning group cells above it when it is the first row of its group.
            var top = LastAbove(rows, i, 0);
            if (row.Depth > 0 && top >= 0 && rows[top].IsHeader && FirstDataRowAfter(rows, top) == i)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td rowspan=\"{Span(rows, top)}\">{Encode(rows[top].Label)}</td>");
            }

            var middle = row.Depth == 2 ? LastAbove(rows, i, 1) : -1;
            if (middle >= 0 && FirstDataRowAfter(rows, middle) == i)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td rowspan=\"{Span(rows, middle)}\">{Encode(rows[middle].Label)}</td>");
            }

            var colspan = 3 - (row.Depth == 0 ? 0 : row.Depth);
            html.Append(colspan > 1 ? $"<td colspan=\"{colspan}\">" : "<td>").Append(Encode(row.Label)).Append("</td>");
            html.Append(string.Concat(row.Cells.Select(c => $"<td>{Cell(report, c)}</td>"))).Append("</tr>\n");
        }
    }

    private static int LastAbove(IReadOnlyList<FormRow> rows, int i, int depth)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (rows[j].Depth == depth)
            {
                return j;
            }
        }

        return -1;
    }

    private static int FirstDataRowAfter(IReadOnlyList<FormRow> rows, int heading)
    {
        for (var i = heading + 1; i < rows.Count; i++)
        {
            if (!rows[i].IsHeader)
            {
                return i;
            }
        }

        return -1;
    }

    // The data rows under a heading, down to the next row of the heading's depth or above.
    private static int Span(IReadOnlyList<FormRow> rows, int heading)
    {
        var count = 0;
        for (var i = heading + 1; i < rows.Count && rows[i].Depth > rows[heading].Depth; i++)
        {
            count += rows[i].IsHeader ? 0 : 1;
        }

        return count;
    }

    private static string Cell(Report report, string code)
    {
        var value = report.Value(code);
        return Encode(value.Raw ?? value.Number?.ToString(CultureInfo.InvariantCulture) ?? "&nbsp;");
    }

    private static string Encode(string text) => text == "&nbsp;" ? text : WebUtility.HtmlEncode(text);
}
