using System.IO.Compression;
using CsCheck;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

public sealed class XlsxImportTests
{
    private const string Agency = "示例县人民政府（虚构）";

    [Theory]
    [InlineData(Forms.National2014Id, 2017)]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2025)]
    [InlineData(Forms.Fujian2014Id, 2016)]
    public void Any_report_printed_as_a_spreadsheet_imports_back_cell_for_cell(string formId, int year)
    {
        var form = Forms.Find(formId)!;

        RandomReports.Of(form, year).Sample(report =>
        {
            var bytes = XlsxWriter.Write(ReportTables.Of(report, Agency));

            var result = ReportImporter.Import(XlsxSourceReader.Read("roundtrip.xlsx", bytes), new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings));
            Assert.Equal(ProvenanceMethod.ImportedXlsx, result.Report!.Provenance!.Method);
            RandomReports.AssertSameCells(report, result.Report, formId);
        }, iter: 15);
    }

    /// <summary>A hidden helper column of other figures beside the labels, and a hidden copy of every row with other figures
    /// (last year's, kept for reference): Excel prints neither, and neither is read.</summary>
    [Fact]
    public void Hidden_rows_and_columns_are_not_read()
    {
        var report = RandomReports.Fixed(Forms.National2014, 2017);
        var blocks = ReportTables.Of(report, Agency).Select(block => block.Rows is not { } rows ? block : block with
        {
            Rows = [.. rows.SelectMany(row => (IEnumerable<IReadOnlyList<GridCell>>)
            [
                [row[0], new GridCell("999"), .. row.Skip(1)],
                [row[0], new GridCell("998"), .. row.Skip(1).Select(c => CellText.Parse(c.Text).Value?.Number is { } n ? new GridCell((n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : c)],
            ])],
        });
        using var stream = new MemoryStream();
        stream.Write(XlsxWriter.Write(blocks));
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            worksheet.InsertAt(new Columns(new Column { Min = 2, Max = 2, Hidden = true, Width = 0, CustomWidth = true }), 0);
            foreach (var row in worksheet.Descendants<Row>().Where(r => r.Elements<Cell>().Any(c => c.CellValue?.Text == "998")))
            {
                row.Hidden = true;
            }
        }

        var result = ReportImporter.Import(XlsxSourceReader.Read("hidden.xlsx", stream.ToArray()), new ImportOptions("prop"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(report, result.Report!, "hidden.xlsx");
    }

    [Fact]
    public void Merged_group_labels_a_three_row_header_and_wrapped_labels_import_cell_for_cell()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2025);
        var wrap = new Dictionary<string, string>
        {
            ["三、本年度办理结果"] = "三、本年度|办理结果",
            ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] = "（二）部分公开|（区分处理的，只计这一情形，|不计其他情形）",
        };
        var blocks = ReportTables.Of(report, Agency);
        var section3 = blocks.FindIndex(b => b.Rows is not null && b.Rows[0][0].Text == "项目");
        blocks.RemoveAt(section3);
        blocks.InsertRange(section3, ApplicationTable.Of(report, report.FormDefinition!.Tables.First(t => t.Section == "三"), wrap));
        var file = Path.Combine(RepoPaths.NewTempFolder(), "merged.xlsx");
        File.WriteAllBytes(file, XlsxWriter.Write(blocks));

        var result = ReportImporter.ImportFile(file, new ImportOptions("fixed"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(ProvenanceMethod.ImportedXlsx, result.Report!.Provenance!.Method);
        RandomReports.AssertSameCells(report, result.Report, "merged section 三");
    }

    [Fact]
    public void A_report_continued_on_a_second_sheet_imports_cell_for_cell_and_a_hidden_sheet_is_not_read()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2019Id)!, 2020);
        var blocks = ReportTables.Of(report, Agency);
        var four = blocks.FindIndex(b => b.Text == "四、政府信息公开行政复议、行政诉讼情况");
        List<PrintedBlock> scratch = [PrintedBlock.Table([new GridCell("草稿"), new GridCell("12"), new GridCell("34")])];

        var bytes = XlsxWriter.WriteSheets([blocks[..four], scratch, blocks[four..]], hidden: 1);
        var result = ReportImporter.Import(XlsxSourceReader.Read("sheets.xlsx", bytes), new ImportOptions("fixed"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(report, result.Report!, "two sheets");
    }

    [Fact]
    public void Rows_above_a_table_are_text_lines_and_lines_are_sheet_rows()
    {
        var bytes = XlsxWriter.Write(
        [
            PrintedBlock.Paragraph("示例县（虚构）2020年政府信息公开工作年度报告"),
            PrintedBlock.Paragraph("第二十条第（一）项"),
            PrintedBlock.Table(
                [new GridCell("信息内容"), new GridCell("本年新制作数量"), new GridCell("本年新公开数量"), new GridCell("对外公开总数量")],
                [new GridCell("规章"), new GridCell(""), new GridCell("3"), new GridCell("9116.36")]),
            PrintedBlock.Paragraph("二、主动公开政府信息情况"),
        ]);

        var source = XlsxSourceReader.Read("sheet.xlsx", bytes);

        Assert.Empty(source.Problems);
        Assert.Equal([(1, "示例县（虚构）2020年政府信息公开工作年度报告"), (2, "第二十条第（一）项"), (6, "二、主动公开政府信息情况")],
            source.Lines.Where(l => l.Row is null).Select(l => (l.Number, l.Text)));
        var rows = source.Rows.ToList();
        Assert.Equal([3, 4], rows.Select(r => r.Line));
        Assert.Equal("规章", rows[1].Label);
        Assert.Equal(["", "3", "9116.36"], rows[1].Cells);
    }

    [Theory]
    [InlineData("9116.36", "9116.36")]
    [InlineData("100000", "100000")]
    [InlineData("1E+05", "100000")]
    [InlineData("1.5E-3", "0.0015")]
    [InlineData("9116.3600000000006", "9116.36")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("-12", "-12")]
    [InlineData("251000", "251000")]
    public void Numeric_cells_are_written_invariantly_as_stored(string stored, string printed)
    {
        var cell = new Cell(new CellValue(stored)) { DataType = CellValues.Number };

        var text = XlsxCells.TextOf(cell, []);

        Assert.Equal(printed, text);
    }

    [Fact]
    public void Shared_and_inline_strings_are_read_with_wrapped_lines_joined()
    {
        var shared = new Cell(new CellValue("0")) { DataType = CellValues.SharedString };
        var inline = new Cell(new InlineString(new Run(new Text("（一）予以")), new Run(new Text("\n公开")))) { DataType = CellValues.InlineString };
        var untyped = new Cell(new CellValue("7"));

        Assert.Equal("三、本年度办理结果", XlsxCells.TextOf(shared, ["三、本年度办理结果"]));
        Assert.Equal("（一）予以公开", XlsxCells.TextOf(inline, []));
        Assert.Equal("7", XlsxCells.TextOf(untyped, []));
    }

    [Fact]
    public void A_corrupt_workbook_fails_with_its_name_and_no_stack_trace_and_writes_nothing()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "损坏的统计表.xlsx");
        File.WriteAllBytes(file, XlsxWriter.Write([PrintedBlock.Paragraph("示例县（虚构）2020年政府信息公开工作年度报告")]));
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/workbook.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook><sheets><sheet");
        }

        var output = Path.Combine(folder, "out");

        var outcome = CliRunner.Run("import", file, "--agency", "broken", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("损坏的统计表.xlsx", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("D-READ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("xl/workbook.xml", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
