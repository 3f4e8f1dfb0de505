using System.IO.Compression;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

public sealed class DocxImportTests
{
    private const string Agency = "示例县人民政府（虚构）";

    private static readonly HashSet<string> UndatedSamples = new(StringComparer.Ordinal) { "pingtan-2022.docx" };

    public static TheoryData<string> WordSamples =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Samples, "files"), "*.docx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(WordSamples))]
    public void Every_Word_sample_imports_to_the_cells_of_its_text_copy(string name)
    {
        var textName = Path.ChangeExtension(name, ".txt");
        var expected = Samples.ImportReport(textName);
        var (id, agencyName) = Samples.Agencies[textName];

        // 平潭 2022's page has no title line: its year is only in the text copy's notes, so the Word file needs --year, as a person would give it.
        var year = UndatedSamples.Contains(name) ? expected.Year : (int?)null;

        var result = ReportImporter.ImportFile(Path.Combine(RepoPaths.Samples, "files", name), new ImportOptions(id, agencyName, year, $"shared/samples/files/{name}"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(ProvenanceMethod.ImportedDocx, result.Report!.Provenance!.Method);
        RandomReports.AssertSameCells(expected, result.Report, name);
    }

    [Fact]
    public void Import_command_reads_a_Word_file_and_writes_the_report()
    {
        var output = RepoPaths.NewTempFolder();

        var outcome = CliRunner.Run("import", Path.Combine(RepoPaths.Samples, "files", "pingtan-2020.docx"), "--agency", "pingtan", "--out", output);

        Assert.Equal(0, outcome.ExitCode);
        var report = DataFiles.ReadReport(Path.Combine(output, "pingtan", "2020.json")).Value!;
        Assert.Equal(ProvenanceMethod.ImportedDocx, report.Provenance!.Method);
        Assert.Equal(Samples.ImportReport("pingtan-2020.txt").Values, report.Values);
    }

    [Theory]
    [InlineData("（一）予以|公开", "（一）予以公开")]
    [InlineData("1.|属于国家秘密", "1.属于国家秘密")]
    [InlineData("三、本年度|办理结果", "三、本年度办理结果")]
    [InlineData("Word|file", "Word file")]
    [InlineData("12|34", "12 34")]
    [InlineData(" 规章 | |\u3000", "规章")]
    public void Wrapped_lines_join_without_a_space_beside_Chinese_and_never_run_two_numbers_together(string lines, string joined)
    {
        var text = WrappedText.Join(System.Text.RegularExpressions.Regex.Unescape(lines).Split('|'));

        Assert.Equal(joined, text);
    }

    [Fact]
    public void A_Word_sample_without_a_title_takes_its_year_from_its_statistics_period()
    {
        // 平潭 2022 prints no title; its text says 统计时限为2022年1月1日至….
        var result = ReportImporter.ImportFile(Path.Combine(RepoPaths.Samples, "files", "pingtan-2022.docx"), new ImportOptions("pingtan"));

        Assert.Equal(2022, result.Report!.Year);
    }

    [Fact]
    public void A_report_whose_text_file_name_and_flags_give_no_year_asks_for_one()
    {
        var text = File.ReadAllText(Samples.PathOf("pingtan-2022.txt")).Replace("2022年1月1日", "当年1月1日", StringComparison.Ordinal);
        text = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("# report year", StringComparison.Ordinal)));

        var result = ReportImporter.Import("report.txt", text, new ImportOptions("pingtan"));

        Assert.Contains(result.Findings, f => f.Rule == "D-YEAR");
    }

    [Fact]
    public void Word_sample_keeps_its_paragraphs_as_text_and_numbers_paragraphs_and_rows_in_order()
    {
        var source = DocxSourceReader.Read("shanghai.docx", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "files", "shanghai-gov-office-2019.docx")));

        Assert.Empty(source.Problems);
        Assert.Equal("2019年上海市人民政府办公厅政府信息公开工作年度报告", source.Lines[0].Text);
        Assert.Null(source.Lines[0].Row);
        Assert.Equal(Enumerable.Range(1, source.Lines.Count), source.Lines.Select(l => l.Number));
        Assert.Contains(source.Rows, r => r.Label == "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密" && r.Cells[0] == "14");
    }

    [Fact]
    public void Vertically_merged_groups_a_three_row_header_and_wrapped_labels_import_cell_for_cell()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2025);
        var wrap = new Dictionary<string, string>
        {
            ["三、本年度办理结果"] = "三、本年度|办理结果",
            ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] = "（二）部分公开|（区分处理的，只计这一情形，|不计其他情形）",
            ["一、本年新收政府信息公开申请数量"] = "一、本年新收政府|信息公开申请数量",
        };

        var result = ImportWord(report, table => table.Section == "三" ? ApplicationTable.Of(report, table, wrap) : null);

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(report, result.Report!, "merged section 三");
    }

    [Fact]
    public void Section_three_split_over_two_Word_tables_with_the_header_repeated_imports_cell_for_cell()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2019Id)!, 2020);

        var result = ImportWord(report, table => table.Section == "三" ? ApplicationTable.Of(report, table, splitBefore: "1.本机关不掌握相关政府信息") : null);

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(report, result.Report!, "split section 三");
    }

    [Fact]
    public void A_merged_group_label_continues_through_the_rows_it_covers()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2025);
        var form = report.FormDefinition!;
        var bytes = DocxWriter.Write(ApplicationTable.Of(report, form.Tables.First(t => t.Section == "三"), new Dictionary<string, string> { ["三、本年度办理结果"] = "三、本年度|办理结果" }));

        var rows = DocxSourceReader.Read("merged.docx", bytes).Rows.ToList();

        Assert.Equal("项目", rows[0].Label);
        Assert.Equal(["申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况"], rows[0].Cells);
        Assert.Equal(["自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "总计"], rows[1].Cells);
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], rows[2].Cells);
        Assert.Equal("三、本年度办理结果 / （一）予以公开", rows[5].Label);
        Assert.Equal("三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项", rows[14].Label);
        Assert.Equal("三、本年度办理结果 / （七）总计", rows[^2].Label);
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.Line));
    }

    [Fact]
    public void Section_four_printed_as_three_tables_is_read_as_its_headings_and_three_rows_of_five()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2025);
        var table = report.FormDefinition!.Tables.Single(t => t.Section == "四");

        var source = DocxSourceReader.Read("four.docx", DocxWriter.Write(ReviewTables(report, table)));

        Assert.Equal(["行政复议", "未经复议直接起诉", "复议后起诉"], source.Lines.Where(l => l.Row is null).Select(l => l.Text));
        var numbers = source.Rows.Where(r => r.Label != "结果维持").Select(r => r.AllCells).ToList();
        Assert.Equal(3, numbers.Count);
        Assert.Equal(table.Rows[0].Cells.Select(c => report.Value(c).Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""), numbers.SelectMany(n => n));
    }

    // TableMapper maps a row without a label only onto a one-row table with as many cells: section 四 has one row of 15.
    [Fact]
    public void Section_four_printed_as_three_tables_under_their_headings_imports_cell_for_cell()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2025);

        var result = ImportWord(report, table => table.Section == "四" ? ReviewTables(report, table) : null);

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(report, result.Report!, "section 四 as three tables");
    }

    [Fact]
    public void Blank_cells_are_blank_and_a_nested_table_is_not_read()
    {
        var inner = PrintedBlock.Table([new GridCell("99")]);
        var bytes = DocxWriter.Write([PrintedBlock.Table([new GridCell("信息内容"), new GridCell("本年新制作数量"), new GridCell("本年新公开数量")], [new GridCell("规章"), new GridCell(""), new GridCell("3")])]);
        var nested = NestTable(bytes, inner);

        var rows = DocxSourceReader.Read("blank.docx", nested).Rows.ToList();

        Assert.Equal(["", "3"], rows[1].Cells);
    }

    [Theory]
    [InlineData(Forms.National2014Id, 2017)]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2025)]
    [InlineData(Forms.Fujian2014Id, 2016)]
    public void Any_report_printed_as_Word_tables_imports_back_cell_for_cell(string formId, int year)
    {
        var form = Forms.Find(formId)!;

        RandomReports.Of(form, year).Sample(report =>
        {
            var blocks = ReportTables.Of(report, Agency);

            var result = ReportImporter.Import(DocxSourceReader.Read("roundtrip.docx", DocxWriter.Write(blocks)), new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings));
            Assert.Equal(ProvenanceMethod.ImportedDocx, result.Report!.Provenance!.Method);
            RandomReports.AssertSameCells(report, result.Report, formId);
        }, iter: 15);
    }

    /// <summary>A digit after every figure that Word does not print: a hidden run, or in a document with tracked changes a run
    /// deleted or moved away. Read with it, 12 would be 127.</summary>
    [Theory]
    [InlineData("vanish")]
    [InlineData("moveFrom")]
    [InlineData("del")]
    public void Text_Word_does_not_print_is_not_read(string how)
    {
        var report = RandomReports.Fixed(Forms.National2021, 2025);
        using var stream = new MemoryStream();
        stream.Write(DocxWriter.Write(ReportTables.Of(report, Agency)));
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var text in document.MainDocumentPart!.Document!.Body!.Descendants<Text>().Where(t => t.Text.Length > 1 && t.Text.All(char.IsAsciiDigit)).ToList())
            {
                OpenXmlElement salt = how switch
                {
                    "vanish" => new Run(new RunProperties(new Vanish()), new Text("7")),
                    "moveFrom" => new MoveFromRun(new Run(new Text("7"))),
                    _ => new DeletedRun(new Run(new Text("7"))),
                };
                text.Parent!.InsertAfterSelf(salt);
            }
        }

        var result = ReportImporter.Import(DocxSourceReader.Read("salted.docx", stream.ToArray()), new ImportOptions("prop"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(report, result.Report!, how);
    }

    [Fact]
    public void A_corrupt_Word_file_fails_with_its_name_and_no_stack_trace_and_writes_nothing()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "损坏的报告.docx");
        File.WriteAllBytes(file, DocxWriter.Write([PrintedBlock.Paragraph("示例县（虚构）2020年政府信息公开工作年度报告")]));
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("this is not XML <w:document");
        }

        var output = Path.Combine(folder, "out");

        var outcome = CliRunner.Run("import", file, "--agency", "broken", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("损坏的报告.docx", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("D-READ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("word/document.xml", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Output + outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    private static ImportResult ImportWord(Report report, Func<FormTable, List<PrintedBlock>?> custom)
    {
        var blocks = new List<PrintedBlock>();
        var form = report.FormDefinition!;
        var printed = ReportTables.Of(report, Agency);
        // ReportTables prints a title paragraph and a table per form table (section 二 adds its heading first).
        var tableBlocks = printed.Where(b => b.Rows is not null).ToList();
        var tables = form.Tables.ToList();
        foreach (var block in printed)
        {
            var index = tableBlocks.IndexOf(block);
            blocks.AddRange(index >= 0 && custom(tables[index]) is { } replaced ? replaced : [block]);
        }

        var folder = RepoPaths.NewTempFolder();
        return ReportImporter.ImportFile(DocxWriter.WriteFile(folder, "layout.docx", blocks), new ImportOptions("fixed"));
    }

    // Section 四 as many offices print it: a heading, then a table of five outcomes and one row of numbers, for each group.
    private static List<PrintedBlock> ReviewTables(Report report, FormTable table)
    {
        var blocks = new List<PrintedBlock>();
        foreach (var group in table.Columns.Chunk(5))
        {
            blocks.Add(PrintedBlock.Paragraph(group[0].Group!.Split(" / ")[^1]));
            blocks.Add(PrintedBlock.Table(
                [.. group.Select(c => new GridCell(c.Label))],
                [.. group.Select(c => new GridCell(report.Value(c.Code).Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))]));
        }

        return blocks;
    }

    private static byte[] NestTable(byte[] outer, PrintedBlock inner)
    {
        using var stream = new MemoryStream();
        stream.Write(outer);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            var cell = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ElementAt(4);
            using var innerDocument = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write([inner])), false);
            var innerTable = innerDocument.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First().CloneNode(true);
            cell.InsertAt(innerTable, 1);
        }

        return stream.ToArray();
    }
}
