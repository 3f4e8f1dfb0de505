using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Excel 97–2003 workbooks (.xls) read as an .xlsx is: cells, merged ranges, sheets and their visibility.</summary>
/// <remarks>
/// Fixtures/xls holds real report pages opened in LibreOffice Calc and workbooks made here (see its README); the real ones
/// are imported against their pages in <see cref="StackedTablesImportTests"/>.
/// </remarks>
public sealed class XlsImportTests
{
    private const string Agency = "示例县人民政府（虚构）";

    [Theory]
    // One table under another with a blank row between them, as the tests' .xlsx writer lays a report out.
    [InlineData("fixed-2017-plain", Forms.National2014Id, 2017)]
    // Section 四 on a third sheet, a hidden sheet of scratch numbers between.
    [InlineData("fixed-2020-sheets", Forms.National2019Id, 2020)]
    // On one grid of narrow columns, no blank rows, section 三's group labels merged down their rows.
    [InlineData("fixed-2025-grid", Forms.National2021Id, 2025)]
    // A hidden column of other figures beside the labels and a hidden copy of every row: neither is read.
    [InlineData("fixed-2017-hidden", Forms.National2014Id, 2017)]
    public void An_xls_imports_cell_for_cell_merged_ranges_and_sheets_as_an_xlsx(string name, string formId, int year)
    {
        var printed = RandomReports.Fixed(Forms.Find(formId)!, year);
        var bytes = File.ReadAllBytes(Samples.FixturePath(Path.Combine("xls", $"{name}.xls")));

        Assert.Equal(SourceFormat.Xls, SourceFormats.Detect(bytes));
        var result = ReportImporter.Import(XlsSourceReader.Read($"{name}.xls", bytes), new ImportOptions("fixed"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(ProvenanceMethod.ImportedXls, result.Report!.Provenance!.Method);
        Assert.Equal(Agency, result.Report.Title![..Agency.Length]);
        RandomReports.AssertSameCells(printed, result.Report, name);
    }

    [Fact]
    public void The_sheet_rows_of_an_xls_are_its_line_numbers_as_in_the_same_xlsx()
    {
        var xls = XlsSourceReader.Read("a.xls", File.ReadAllBytes(Samples.FixturePath(Path.Combine("xls", "pingtan-2025.xls"))));
        var xlsx = XlsxSourceReader.Read("a.xlsx", File.ReadAllBytes(Samples.FixturePath(Path.Combine("xls", "pingtan-2025.xlsx"))));

        Assert.Empty(xls.Problems);
        Assert.Equal(xlsx.Lines.Select(l => (l.Number, l.Text)), xls.Lines.Select(l => (l.Number, l.Text)));
        Assert.Contains(xls.Lines, l => l is { Number: 18, Text: "行政事业性收费 | 4166.241619" });
    }

    [Fact]
    public void A_compound_file_with_neither_a_workbook_nor_a_word_document_is_refused_with_what_to_do()
    {
        var xls = File.ReadAllBytes(Samples.FixturePath(Path.Combine("xls", "shanggao-2017.xls")));

        var other = DamagedFiles.Renamed(xls, "Workbook", "Workbooc");

        Assert.Equal(SourceFormat.BinaryOffice, SourceFormats.Detect(other));
        Assert.Contains(".docx", SourceFormats.Refusal(SourceFormat.BinaryOffice)!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_xls_gives_a_finding_never_an_exception() =>
        // Bytes overwritten anywhere: the compound file's tables and directory, the BIFF records, the shared strings.
        DamagedFiles.NeverThrow(Path.Combine("xls", "fixed-2025-grid.xls"), 300, damaged =>
            SourceFormats.Detect(damaged) == SourceFormat.Xls ? XlsSourceReader.Read("damaged.xls", damaged) : null);

    [Fact]
    public void A_damaged_xls_fails_naming_the_file_and_the_place_without_a_stack_trace_and_writes_nothing()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "统计表.xls");
        var bytes = File.ReadAllBytes(Samples.FixturePath(Path.Combine("xls", "shanggao-2017.xls")));
        // The compound file stays whole; the workbook's first record (BOF: BIFF8, workbook globals) is written over.
        var bof = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]);
        bytes[bof] = bytes[bof + 1] = 0x55;
        File.WriteAllBytes(file, bytes);
        var output = Path.Combine(folder, "out");

        var outcome = CliRunner.Run("import", file, "--agency", "broken", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:1: error D-READ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("the workbook's opening records", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
