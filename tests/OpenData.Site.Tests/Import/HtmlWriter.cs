using System.Net;
using System.Text;

namespace OpenData.Site.Tests.Import;

/// <summary>Writes printed blocks as a web page: a paragraph as <c>&lt;p&gt;</c>, a table with <c>rowspan</c> and <c>colspan</c>, one row a line.</summary>
internal static class HtmlWriter
{
    public static string Write(IEnumerable<PrintedBlock> blocks)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head><body>\n");
        foreach (var block in blocks)
        {
            if (block.Rows is null)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(block.Text)).Append("</p>\n");
                continue;
            }

            html.Append("<table border=\"1\">\n");
            foreach (var row in block.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append("<td");
                    if (cell.RowSpan > 1)
                    {
                        html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                    }

                    if (cell.ColumnSpan > 1)
                    {
                        html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                    }

                    html.Append('>').Append(WebUtility.HtmlEncode(cell.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }
}
