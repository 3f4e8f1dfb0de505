using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>
/// A report laid out in a spreadsheet: its tables one under another on one grid of narrow columns, each table's cells
/// spanning as many of them as its layout needs, whether kept as a workbook, saved as a web page or pasted into Word.
/// </summary>
/// <remarks>Fixtures/grid holds real report pages laid out that way by LibreOffice (see its README).</remarks>
public sealed class StackedTablesImportTests
{
    private const string Agency = "示例县人民政府（虚构）";

    public static TheoryData<string, string, int> FormsAndFormats()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var format in new[] { "xlsx", "html", "docx" })
        {
            data.Add(format, Forms.National2014Id, 2017);
            data.Add(format, Forms.National2019Id, 2020);
            data.Add(format, Forms.National2021Id, 2025);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormsAndFormats))]
    public void Any_report_drawn_on_one_grid_with_its_tables_one_under_another_imports_back_cell_for_cell(string format, string formId, int year)
    {
        var form = Forms.Find(formId)!;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("OPENDATA_GRID_ITERATIONS"), out var n) ? n : 10;

        Gen.Select(RandomReports.Of(form, year), Gen.Int, Gen.Bool).Sample((report, seed, groupLabels) =>
        {
            var blocks = ReportTables.Of(report, Agency);
            var section3 = blocks.FindIndex(b => b.Rows is not null && b.Rows[0][0].Text == "项目");
            if (groupLabels && section3 >= 0)
            {
                // Section 三 as the form prints it: its groups' labels merged down the rows of the group.
                blocks.RemoveAt(section3);
                blocks.InsertRange(section3, ApplicationTable.Of(report, report.FormDefinition!.Tables.First(t => t.Section == "三")));
            }

            var grid = PrintedBlock.OnGrid(blocks, new Random(seed));
            var source = format switch
            {
                "xlsx" => XlsxSourceReader.Read("grid.xlsx", XlsxWriter.Write(grid)),
                "html" => HtmlSourceReader.Read("grid.html", HtmlWriter.Write(grid)),
                _ => DocxSourceReader.Read("grid.docx", DocxWriter.Write(grid)),
            };

            var result = ReportImporter.Import(source, new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings));
            RandomReports.AssertSameCells(report, result.Report!, $"{formId} as {format} on a grid, layout {seed}, group labels {groupLabels}");
        }, iter: iterations);
    }

    [Theory]
    // Kept as a workbook.
    [InlineData("pingtan-2025", "xls/pingtan-2025.xlsx")]
    [InlineData("pingtan-2025", "xls/pingtan-2025.xls")]
    [InlineData("shanggao-2017", "xls/shanggao-2017.xlsx")]
    [InlineData("shanggao-2017", "xls/shanggao-2017.xls")]
    [InlineData("shanghai-2019", "xls/shanghai-2019.xlsx")]
    [InlineData("shanghai-2019", "xls/shanghai-2019.xls")]
    // Saved by the spreadsheet as a web page: one table, every section in it.
    [InlineData("pingtan-2025", "grid/pingtan-2025-sheet.html")]
    [InlineData("shanggao-2017", "grid/shanggao-2017-sheet.html")]
    [InlineData("shanghai-2019", "grid/shanghai-2019-sheet.html")]
    // That page opened in Word and saved: a Word table on the sheet's grid, the title and text in its rows.
    [InlineData("pingtan-2025", "grid/pingtan-2025-sheet.docx")]
    [InlineData("shanggao-2017", "grid/shanggao-2017-sheet.docx")]
    [InlineData("shanghai-2019", "grid/shanghai-2019-sheet.docx")]
    [InlineData("pingtan-2025", "grid/pingtan-2025-sheet.doc")]
    [InlineData("shanghai-2019", "grid/shanghai-2019-sheet.rtf")]
    // The Word file printed as a PDF: no ruling lines, labels wrapped over up to five lines with the values on the last.
    [InlineData("pingtan-2025", "grid/pingtan-2025-sheet.pdf")]
    [InlineData("shanggao-2017", "grid/shanggao-2017-sheet.pdf")]
    public void A_real_report_laid_out_in_a_sheet_imports_to_what_its_page_imports(string name, string fixture)
    {
        var options = new ImportOptions("fixture");
        var page = ReportImporter.ImportFile(Samples.FixturePath($"{name}.html"), options);
        var (kind, extension) = (Path.GetDirectoryName(fixture), Path.GetExtension(fixture));

        var result = ReportImporter.ImportFile(Samples.FixturePath(fixture), options);

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(Methods[extension], result.Report!.Provenance!.Method);
        Assert.Equal(page.Report!.Title, result.Report.Title);
        // The PDF prints section 四's merged headings a character a line over one another: its columns are taken in the
        // form's order, and the import says so (D-COLPOS); every value is still read.
        Assert.Equal(page.Findings.Select(f => (f.Rule, f.MessageEn)), result.Findings.Where(f => !(extension == ".pdf" && f.Rule == "D-COLPOS")).Select(f => (f.Rule, f.MessageEn)));
        // A workbook keeps the page's text in rows of their own; a sheet saved as a page or pasted into Word keeps it in
        // rows of the one table it makes: the same narrative either way.
        Assert.Equal(Readable(page.Report.Narrative), Readable(result.Report.Narrative));

        foreach (var indicator in page.Report.FormDefinition!.Indicators)
        {
            var (expected, actual) = (page.Report.Value(indicator.Code), result.Report.Value(indicator.Code));
            if (indicator.Code == "s2.fees.amount_wan" && name == "pingtan-2025" && kind == "grid" && extension != ".html")
            {
                // Word, opening the page, printed the number cell's 4166.241619 with two decimals: read as printed.
                Assert.Equal(4166.24m, actual.Number);
                continue;
            }

            Assert.True(expected == actual, $"{indicator.Code}: page {expected}, {fixture} {actual}");
        }
    }

    [Fact]
    public void In_a_sheet_a_heading_across_the_grid_and_a_sentence_are_text_and_a_row_label_with_blank_cells_is_not()
    {
        var html = HtmlWriter.Write([PrintedBlock.Table(
            [new GridCell("一、总体情况", 1, 4)],
            [new GridCell("本年度示例机关（示例数据）收到政府信息公开申请3件，均已办结。", 1, 4)],
            [new GridCell("二、主动公开政府信息情况", 1, 4)],
            [new GridCell("第二十条第（一）项", 1, 4)],
            [new GridCell("信息内容"), new GridCell("本年制发件数"), new GridCell("本年废止件数"), new GridCell("现行有效件数")],
            [new GridCell("规章"), new GridCell("0"), new GridCell("0"), new GridCell("3")],
            [new GridCell("四、结转下年度继续办理"), new GridCell(""), new GridCell(""), new GridCell("")],
            [new GridCell("五、存在的主要问题及改进情况", 1, 4)],
            [new GridCell("无。", 1, 4)])]);

        var narrative = NarrativeReader.Read(HtmlSourceReader.Read("sheet.html", html), null);

        Assert.Equal(["一、总体情况", "五、存在的主要问题及改进情况"], narrative.Select(s => s.Title));
        Assert.Equal(["本年度示例机关（示例数据）收到政府信息公开申请3件，均已办结。"], narrative[0].Paragraphs);
        Assert.Equal(["无。"], narrative[1].Paragraphs);
    }

    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private static string Readable(IReadOnlyList<NarrativeSection> narrative) => System.Text.Json.JsonSerializer.Serialize(narrative, ReadableJson);

    private static readonly Dictionary<string, ProvenanceMethod> Methods = new(StringComparer.Ordinal)
    {
        [".xlsx"] = ProvenanceMethod.ImportedXlsx,
        [".xls"] = ProvenanceMethod.ImportedXls,
        [".html"] = ProvenanceMethod.ImportedHtml,
        [".docx"] = ProvenanceMethod.ImportedDocx,
        [".doc"] = ProvenanceMethod.ImportedDoc,
        [".rtf"] = ProvenanceMethod.ImportedRtf,
        [".pdf"] = ProvenanceMethod.ImportedPdf,
    };
}
