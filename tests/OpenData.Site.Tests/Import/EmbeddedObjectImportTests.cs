using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A Word report whose tables are objects: a sheet or a document pasted as an object (选择性粘贴 → Microsoft Excel
/// 工作表 对象). Word prints the object's picture, which has no text; the tables are read from the file the object embeds.</summary>
public sealed class EmbeddedObjectImportTests
{
    private const string Agency = "平潭综合实验区";

    private static readonly Report Pingtan = Samples.ImportReport("pingtan-2025.txt");

    private static readonly ObjectEmbedding Workbooks = new(XlsxWriter.Write, "Excel.Sheet.12", AsPackage: true);

    private static ImportResult Import(IReadOnlyList<PrintedBlock> blocks, ObjectEmbedding embedding, string agency = "pingtan") =>
        ReportImporter.Import(DocxSourceReader.Read("objects.docx", DocxWriter.WriteWithObjects(blocks, embedding)), new ImportOptions(agency));

    // The report's title, then its tables with no text between them: one object when the tables are one.
    private static List<PrintedBlock> TitleAndTables() => [.. ReportTables.Of(Pingtan, Agency).Where((b, i) => i == 0 || b.Rows is not null)];

    public static TheoryData<string> Embeddings => ["xlsx each table", "xlsx one workbook", "xlsx w:objectEmbed", "xls", "oleObject.bin", "xlsx in oleObject.bin", "docx"];

    private static ObjectEmbedding Embedding(string name) => name switch
    {
        "xlsx each table" => Workbooks,
        "xlsx one workbook" => Workbooks with { EachTable = false },
        "xlsx w:objectEmbed" => Workbooks with { NewerMarkup = true },

        // An Excel 97–2003 workbook: the 平潭 2025 page saved as .xls by LibreOffice (Fixtures/xls/README.md), the
        // whole report in one object; Word keeps such an object's compound file as it is, as a .xls or an oleObject.bin.
        "xls" => new(_ => File.ReadAllBytes(Samples.FixturePath("xls/pingtan-2025.xls")), "Excel.Sheet.8", AsPackage: false, EachTable: false, ContentType: "application/vnd.ms-excel"),
        "oleObject.bin" => new(_ => File.ReadAllBytes(Samples.FixturePath("xls/pingtan-2025.xls")), "Excel.Sheet.8", AsPackage: false, EachTable: false),
        "docx" => new(DocxWriter.Write, "Word.Document.12", AsPackage: true, EachTable: false),

        // An Excel 2007 object kept as an OLE storage: its Package stream holds the .xlsx (as in a .doc's ObjectPool).
        "xlsx in oleObject.bin" => new(tables => CompoundFileWriter.Write("Package", XlsxWriter.Write(tables)), "Excel.Sheet.12", AsPackage: false, EachTable: false),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Embeddings))]
    public void A_real_report_whose_tables_are_embedded_objects_imports_cell_for_cell(string embedding)
    {
        var objects = Embedding(embedding);

        var result = Import(objects.EachTable ? ReportTables.Of(Pingtan, Agency) : TitleAndTables(), objects);

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(Pingtan, result.Report!, embedding);
        Assert.Null(result.Report!.ImportFindings);
        var notes = result.Findings.Where(f => f.Rule == "D-EMBED").ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Equal(Severity.Info, n.Severity));
        Assert.All(notes, n => Assert.Contains("word/embeddings/", n.MessageZh, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);
    }

    // Made by LibreOffice (Fixtures/docx/README.md, Fixtures/doc/README.md): a producer's own structure, with the
    // object's picture.
    [Theory]
    [InlineData("docx/pingtan-2025-sheet-object.docx", "word/embeddings/oleObject1.xlsx")]
    [InlineData("doc/pingtan-2025-sheet-object.doc", "ObjectPool/_2147483647")]
    public void A_Word_file_whose_tables_are_a_sheet_object_imports_to_the_cells_of_its_text_copy(string fixture, string embedded)
    {
        var result = ReportImporter.ImportFile(Samples.FixturePath(fixture), new ImportOptions("pingtan"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(Pingtan, result.Report!, fixture);
        var note = Assert.Single(result.Findings);
        Assert.Equal(("D-EMBED", Severity.Info, 3), (note.Rule, note.Severity, note.Line));
        Assert.StartsWith($"第 3–57 行是嵌入的 Excel 工作表对象（{embedded}）", note.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Word_97_file_whose_object_has_lost_its_storage_is_a_warning_and_no_figure_is_read()
    {
        // The storage's name changed: the EMBED field names a storage the file does not hold.
        var bytes = Renamed("doc/pingtan-2025-sheet-object.doc", "_2147483647", "_2147483646");

        var source = DocSourceReader.Read("lost.doc", bytes);

        Assert.DoesNotContain(source.Lines, l => l.Row is not null);
        var warning = Assert.Single(source.Remarks);
        Assert.Equal(("D-EMBED", Severity.Warning, 3), (warning.Rule, warning.Severity, warning.Line));
        Assert.Equal("嵌入的对象（ObjectPool/_2147483647）无法读取，其中的表格未读入：文档中没有这个对象的存储，文件可能已损坏", warning.MessageZh);
    }

    [Fact]
    public void A_Word_97_document_embedded_in_a_docx_is_read_with_its_own_sheet_object()
    {
        // A .docx whose tables are a Word 97–2003 document object (Word.Document.8, an oleObject.bin), itself holding the
        // tables as a sheet object: both levels are read.
        var document = File.ReadAllBytes(Samples.FixturePath("doc/pingtan-2025-sheet-object.doc"));
        var embedding = new ObjectEmbedding(_ => document, "Word.Document.8", AsPackage: false, EachTable: false);

        var result = Import(TitleAndTables(), embedding);

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        RandomReports.AssertSameCells(Pingtan, result.Report!, "a .doc object in a .docx");
        Assert.Equal(2, result.Findings.Count(f => f.Rule == "D-EMBED" && f.Severity == Severity.Info));
    }

    [Theory]
    [InlineData(Forms.National2014Id, 2017)]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2024)]
    public void Any_report_whose_tables_are_embedded_workbooks_imports_cell_for_cell(string formId, int year)
    {
        RandomReports.Of(Forms.Find(formId)!, year).Sample(
            report =>
            {
                var result = Import(ReportTables.Of(report, "示例县人民政府（虚构）"), Workbooks);

                Assert.False(result.Failed, string.Join("\n", result.Findings));
                RandomReports.AssertSameCells(report, result.Report!, "embedded workbooks");
            },
            iter: 20);
    }

    [Fact]
    public void Embedded_lines_continue_the_documents_numbering_where_the_object_stands()
    {
        var blocks = TitleAndTables();

        var source = DocxSourceReader.Read("objects.docx", DocxWriter.WriteWithObjects(blocks, Workbooks with { EachTable = false }));

        Assert.Equal(Enumerable.Range(1, source.Lines.Count), source.Lines.Select(l => l.Number));
        Assert.All(source.Lines.Where(l => l.Row is not null), l => Assert.Equal(l.Number, l.Row!.Line));
        Assert.Equal(blocks[0].Text, source.Lines[0].Text);
        var note = Assert.Single(source.Remarks);
        Assert.Equal(2, note.Line);
        Assert.StartsWith($"第 2–{source.Lines.Count} 行是嵌入的 Excel 工作表对象（word/embeddings/", note.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_object_is_a_warning_that_its_table_was_not_read()
    {
        var link = new Uri("file:///C:/Users/admin/Desktop/2025年统计表.xlsx");

        var blocks = ReportTables.Of(Pingtan, Agency);

        var result = Import(blocks, Workbooks with { Link = link });

        var warnings = result.Findings.Where(f => f.Rule == "D-EMBED").ToList();
        Assert.Equal(blocks.Count(b => b.Rows is not null), warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.StartsWith("文档中的对象链接到外部文件（file:///C:/Users/admin/Desktop/2025年统计表.xlsx）", Uri.UnescapeDataString(w.MessageZh), StringComparison.Ordinal));
        Assert.Equal(blocks.IndexOf(blocks.First(b => b.Rows is not null)) + 1, warnings[0].Line);
        Assert.True(result.Failed || result.Report!.Values.Values.All(v => v.IsBlank), "no figure may come from a linked object");
    }

    [Fact]
    public void An_object_deleted_with_tracked_changes_is_not_read()
    {
        var result = Import(TitleAndTables(), Workbooks with { EachTable = false, Deleted = true });

        Assert.True(result.Failed);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "D-EMBED");
    }

    [Fact]
    public void A_damaged_embedded_workbook_is_a_warning_naming_it_and_the_other_tables_are_read()
    {
        var blocks = ReportTables.Of(Pingtan, Agency);
        var first = blocks.First(b => b.Rows is not null);
        var embedding = Workbooks with { File = tables => tables[0] == first ? XlsxWriter.Write(tables)[..400] : XlsxWriter.Write(tables) };

        var result = Import(blocks, embedding);

        var warning = Assert.Single(result.Findings, f => f.Rule == "D-EMBED" && f.Severity == Severity.Warning);
        Assert.Matches(@"^嵌入的对象（word/embeddings/[^）]+\.xlsx）无法读取，其中的表格未读入：", warning.MessageZh);
        var unread = Pingtan.FormDefinition!.Tables[0].Rows.SelectMany(r => r.Cells).ToHashSet(StringComparer.Ordinal);
        Assert.All(unread, code => Assert.True(result.Report!.Value(code).IsBlank, code));
        foreach (var (code, value) in Pingtan.Values.Where(p => !unread.Contains(p.Key)))
        {
            Assert.Equal(value.Number, result.Report!.Value(code).Number);
        }
    }

    [Fact]
    public void An_object_that_holds_no_workbook_or_document_is_passed_over()
    {
        // An equation or a drawing: a compound file with no Workbook or WordDocument stream (here, a copy of the .xls's
        // bytes with its Workbook stream's name changed); its picture is all Word shows.
        var bytes = Renamed("xls/pingtan-2025.xls", "Workbook", "Equation");
        List<PrintedBlock> blocks = [PrintedBlock.Paragraph("平潭综合实验区2025年政府信息公开工作年度报告"), PrintedBlock.Table([new GridCell("公式")])];

        var source = DocxSourceReader.Read("objects.docx", DocxWriter.WriteWithObjects(blocks, new ObjectEmbedding(_ => bytes, "Equation.3", AsPackage: false)));

        Assert.Single(source.Lines);
        Assert.Empty(source.Remarks);
    }

    // A compound file fixture with an entry's name changed to another of the same length (the directory's names are UTF-16).
    private static byte[] Renamed(string fixture, string from, string to)
    {
        var bytes = File.ReadAllBytes(Samples.FixturePath(fixture));
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(from));
        Assert.True(at > 0 && from.Length == to.Length);
        System.Text.Encoding.Unicode.GetBytes(to).CopyTo(bytes, at);
        return bytes;
    }
}
