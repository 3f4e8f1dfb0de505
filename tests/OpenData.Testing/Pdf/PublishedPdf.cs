using System.Globalization;

namespace OpenData.Testing;

/// <summary>Prints a report as a PDF the way offices publish it: a title, narrative paragraphs, then each form table.</summary>
public static class PublishedPdf
{
    /// <summary>How the tables are printed.</summary>
    /// <param name="Ruled">Whether cells have ruling lines.</param>
    /// <param name="LabelWidth">The label column's width in points: narrow makes long labels wrap over several lines.</param>
    /// <param name="Paragraphs">How many narrative paragraphs come before the tables (many push a table over a page break).</param>
    /// <param name="NewPageBefore">The label of a row that starts a new page, the rest of its table following it there without a header.</param>
    /// <param name="ReviewTurned">Whether section 四 is printed turned: its five outcomes as rows under 行政复议 · 未经复议直接起诉 · 复议后起诉.</param>
    /// <param name="PictureSections">The sections (二, 三, 四) whose tables are printed as pictures, under their headings.</param>
    public sealed record Layout(bool Ruled = true, double LabelWidth = 170, int Paragraphs = 2, string? NewPageBefore = null, bool ReviewTurned = false, string PictureSections = "");

    public const string Agency = "示例机关（示例数据）";

    private static readonly string[] ReviewHeaders = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public static TestPdf Of(Report report, Layout layout, TestPdf? pdf = null)
    {
        pdf ??= new TestPdf();
        var form = report.FormDefinition!;
        pdf.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{Agency}{report.Year}年政府信息公开工作年度报告"), 16);
        pdf.Paragraph(string.Create(CultureInfo.InvariantCulture, $"本报告所列数据的统计期限自{report.Year}年1月1日起至{report.Year}年12月31日止。本报告为测试用虚构示例，机关与数字均非真实。"));
        pdf.Paragraph("一、总体情况");
        for (var i = 0; i < layout.Paragraphs; i++)
        {
            pdf.Paragraph(string.Concat(Enumerable.Repeat("示例机关持续推进政务公开工作，完善信息发布机制，回应社会关切，规范依申请公开办理流程，提升公开实效。", 4)), indent: true);
        }

        if (UnitTables.Of(form) is { } unitTable)
        {
            // The old era's one table, an attachment after the text.
            pdf.Paragraph("附件：" + unitTable.Title);
            var rows = new List<IReadOnlyList<string>> { UnitTables.Header(unitTable, report.Year) };
            rows.AddRange(unitTable.Rows.Select(r => UnitTables.Row(unitTable, r, c => Cell(report, c))));
            pdf.Table([layout.LabelWidth + 130, 50, .. unitTable.Columns.Select(_ => 80.0)], rows, layout.Ruled, breakBefore: BreakBefore(rows, layout));
            return pdf;
        }

        foreach (var table in form.Tables)
        {
            if (layout.PictureSections.Contains(table.Section, StringComparison.Ordinal))
            {
                pdf.Paragraph(table.Title);
                pdf.Picture(table.Section == "三" ? 420 : 120);
            }
            else if (table.Section == "二")
            {
                pdf.Paragraph(table.Title);
                var widths = new List<double> { layout.LabelWidth };
                widths.AddRange(table.Columns.Select(_ => 120.0));
                var rows = new List<IReadOnlyList<string>> { (string[])["信息内容", .. table.Columns.Select(c => c.Label)] };
                rows.AddRange(table.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells.Select(c => Cell(report, c))]));
                pdf.Table(widths, rows, layout.Ruled, breakBefore: BreakBefore(rows, layout));
            }
            else if (table.Section == "三")
            {
                pdf.Paragraph("三、收到和处理政府信息公开申请情况");
                var widths = new List<double> { layout.LabelWidth };
                widths.AddRange(table.Columns.Select(_ => 42.0));
                var rows = new List<IReadOnlyList<string>> { (string[])["项目", .. table.Columns.Select(c => c.Label)] };
                rows.AddRange(table.Rows.Select(r => r.IsHeader
                    ? (IReadOnlyList<string>)[r.Label, .. table.Columns.Select(_ => "")]
                    : [r.Label, .. r.Cells.Select(c => Cell(report, c))]));
                pdf.Table(widths, rows, layout.Ruled, breakBefore: BreakBefore(rows, layout));
            }
            else
            {
                pdf.Paragraph("四、政府信息公开行政复议、行政诉讼情况");
                if (layout.ReviewTurned)
                {
                    var outcomes = table.Columns.Take(5).Select(c => c.Label).ToList();
                    var turned = new List<IReadOnlyList<string>> { (string[])["项目", .. ReviewHeaders] };
                    turned.AddRange(outcomes.Select((o, k) => (IReadOnlyList<string>)[o, .. ReviewHeaders.Select((_, g) => Cell(report, table.Rows[0].Cells[(g * 5) + k]))]));
                    pdf.Table([80, 90, 90, 90], turned, layout.Ruled);
                    continue;
                }

                var headers = table.Columns.Select((c, i) => $"{ReviewHeaders[i / 5]} {c.Label}").ToList();
                pdf.Table([.. headers.Select(_ => 32.0)], [headers, [.. table.Rows[0].Cells.Select(c => Cell(report, c))]], layout.Ruled, 6.5);
            }
        }

        pdf.Paragraph("五、政府信息公开工作存在的主要问题及改进情况");
        pdf.Paragraph("示例机关将继续改进工作。", indent: true);
        return pdf;
    }

    private static int? BreakBefore(List<IReadOnlyList<string>> rows, Layout layout) =>
        rows.FindIndex(r => r[0] == layout.NewPageBefore) is var i and >= 0 ? i : null;

    private static string Cell(Report report, string code)
    {
        var value = report.Value(code);
        return value.Raw ?? value.Number?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
