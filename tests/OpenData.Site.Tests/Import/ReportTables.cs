using System.Globalization;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Prints a report as an office would in Word or Excel: a title, then each table of its form under its own title.</summary>
/// <remarks>Heading rows of the new forms span the whole table (a merged cell); section 四 is one header row and one row of 15 numbers.</remarks>
internal static class ReportTables
{
    private static readonly Dictionary<string, string> ReviewGroups = new(StringComparer.Ordinal)
    {
        ["行政复议"] = "行政复议",
        ["行政诉讼 / 未经复议直接起诉"] = "未经复议直接起诉",
        ["行政诉讼 / 复议后起诉"] = "复议后起诉",
    };

    public static List<PrintedBlock> Of(Report report, string agency)
    {
        var form = report.FormDefinition!;
        var blocks = new List<PrintedBlock> { PrintedBlock.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{agency}{report.Year}年政府信息公开工作年度报告")) };
        if (UnitTables.Of(form) is { } unitTable)
        {
            blocks.Add(PrintedBlock.Paragraph(unitTable.Title));
            blocks.Add(new PrintedBlock(null, [Row(UnitTables.Header(unitTable, report.Year)), .. unitTable.Rows.Select(r => Row(UnitTables.Row(unitTable, r, c => Cell(report, c))))]));
            return blocks;
        }

        foreach (var table in form.Tables)
        {
            if (table.Section == "二" && table == form.Tables.First(t => t.Section == "二"))
            {
                blocks.Add(PrintedBlock.Paragraph("二、主动公开政府信息情况"));
            }

            blocks.Add(PrintedBlock.Paragraph(table.Title));
            var width = table.Columns.Count + 1;
            if (table.Section == "四")
            {
                blocks.Add(PrintedBlock.Table(
                    [.. table.Columns.Select(c => new GridCell($"{ReviewGroups[c.Group!]} {c.Label}"))],
                    [.. table.Rows[0].Cells.Select(c => new GridCell(Cell(report, c)))]));
                continue;
            }

            var header = Row([table.Section == "二" ? "信息内容" : "项目", .. table.Columns.Select(c => c.Label)]);
            blocks.Add(new PrintedBlock(null, [header, .. table.Rows.Select(r => r.IsHeader ? [new GridCell(r.Label, 1, width)] : Row([r.Label, .. r.Cells.Select(c => Cell(report, c))]))]));
        }

        return blocks;
    }

    private static IReadOnlyList<GridCell> Row(params string[] texts) => [.. texts.Select(t => new GridCell(t))];

    /// <summary>A cell as a report prints it: its text as published, or its number; blank for a blank cell.</summary>
    public static string Cell(Report report, string code)
    {
        var value = report.Value(code);
        return value.Raw ?? value.Number?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
