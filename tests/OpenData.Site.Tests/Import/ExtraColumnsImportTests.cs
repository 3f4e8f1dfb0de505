using System.Globalization;
using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Section 三 printed with a column the form does not have (a 小计 of 法人或其他组织 before 总计), named in its header:
/// every cell of the form read by its column's header, the extra column's figures kept as anomalies, never taken as data.</summary>
public sealed class ExtraColumnsImportTests
{
    private const string Agency = "示例县人民政府";

    public static TheoryData<string, string> Cases => new()
    {
        { Forms.National2021Id, "html" },
        { Forms.National2021Id, "docx" },
        { Forms.National2019Id, "xlsx" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_table_with_a_subtotal_column_the_form_does_not_have_reads_every_cell_of_the_form_by_its_header(string formId, string format)
    {
        var form = Forms.Find(formId)!;
        RandomReports.Of(form, Forms.Find(formId)!.FirstYear + 1).Sample(report =>
        {
            var blocks = WithSubtotal(ReportTables.Of(report, Agency), report);

            var result = format switch
            {
                "html" => ReportImporter.Import("extra.html", HtmlWriter.Write(blocks), new ImportOptions("extra")),
                "docx" => ReportImporter.ImportFile(DocxWriter.WriteFile(RepoPaths.NewTempFolder(), "extra.docx", blocks), new ImportOptions("extra")),
                _ => ReportImporter.Import(XlsxSourceReader.Read("extra.xlsx", XlsxWriter.Write(blocks)), new ImportOptions("extra")),
            };

            Assert.False(result.Failed, string.Join("\n", result.Findings));
            RandomReports.AssertSameCells(report, result.Report!, format);
            Assert.Null(result.Report!.ImportFindings);
            Assert.Contains(result.Findings, f => f.Rule == "D-EXTRA");
            var printed = form.Tables.Single(t => t.Section == "三").Rows.Where(r => !r.IsHeader).Select(r => Subtotal(report, r)).Count(s => s.Length > 0);
            Assert.Equal(printed, result.Report.Anomalies!.Count(a => a.Note == TableMapper.ExtraColumnNote));
        }, iter: 8);
    }

    // Section 三's table with a 小计 column before 总计: the sum of the row's 法人或其他组织 cells, blank where one is blank.
    private static List<PrintedBlock> WithSubtotal(List<PrintedBlock> blocks, Report report)
    {
        var table = report.FormDefinition!.Tables.Single(t => t.Section == "三");
        var at = table.Columns.Count;  // the value columns end with 总计; 小计 goes before it (after the label cell, at Count).
        var rows = table.Rows.ToList();
        return [.. blocks.Select(block => block.Rows is { } printed && printed[0].Count == table.Columns.Count + 1 && printed[0][^1].Text == table.Columns[^1].Label
            ? new PrintedBlock(null, [.. printed.Select((row, i) => i == 0
                ? Insert(row, at, "小计")
                : row.Count == 1 ? [row[0] with { ColumnSpan = row[0].ColumnSpan + 1 }]
                : Insert(row, at, Subtotal(report, rows[i - 1])))])
            : block)];
    }

    private static IReadOnlyList<GridCell> Insert(IReadOnlyList<GridCell> row, int at, string text) => [.. row.Take(at), new GridCell(text), .. row.Skip(at)];

    private static string Subtotal(Report report, FormRow row)
    {
        var organisations = row.Cells.Skip(1).SkipLast(1).Select(c => report.Value(c).Number).ToList();
        return row.IsHeader || organisations.Any(n => n is null) ? "" : organisations.Sum()!.Value.ToString(CultureInfo.InvariantCulture);
    }
}
