using System.Text;
using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Word 97–2003 documents (.doc) and RTF read as their .docx: the same text, tables, merged cells and findings.</summary>
/// <remarks>Fixtures/doc and Fixtures/rtf hold the samples' Word files and relayouts saved by LibreOffice (see their READMEs).</remarks>
public sealed class DocImportTests
{
    public static TheoryData<string, string> Documents => new()
    {
        // The agencies' own Word files, saved as .doc.
        { "pingtan-2020", "samples" },
        { "pingtan-2022", "samples" },
        { "shanggao-county-2017", "samples" },
        { "shanghai-gov-office-2019", "samples" },
        // The forms' merged-cell layout: label paths over three columns, section 四 under merged group headings,
        // headings set vertically, blank cells printed as nothing.
        { "pingtan-2022-ruled-10", "relayout" },
        { "pingtan-2022-ruled-16-vertical", "relayout" },
        { "shanghai-gov-office-2019-ruled-16", "relayout" },
        { "shanggao-county-2017-unruled-10", "relayout" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_doc_imports_to_what_its_docx_imports(string name, string origin) =>
        ImportsAsItsDocx(name, origin, Path.Combine("doc", $"{name}.doc"), ProvenanceMethod.ImportedDoc);

    [Theory]
    [InlineData("pingtan-2020", "samples", "pingtan-2020")]
    [InlineData("shanghai-gov-office-2019", "samples", "shanghai-gov-office-2019")]
    // Chinese as GBK bytes in code page 936, as Word and WPS write RTF.
    [InlineData("shanghai-gov-office-2019", "samples", "shanghai-gov-office-2019-cp936")]
    [InlineData("pingtan-2022-ruled-10", "relayout", "pingtan-2022-ruled-10")]
    [InlineData("shanghai-gov-office-2019-ruled-16", "relayout", "shanghai-gov-office-2019-ruled-16")]
    public void An_rtf_imports_to_what_its_docx_imports(string name, string origin, string file) =>
        ImportsAsItsDocx(name, origin, Path.Combine("rtf", $"{file}.rtf"), ProvenanceMethod.ImportedRtf);

    /// <summary>A digit after every figure that Word does not print, as LibreOffice saves it in a .doc and an RTF: hidden
    /// text, or a tracked deletion. Read with it, 12 would be 127. The fixtures are the fictional fixed 2021 report (示例数据)
    /// that <c>DocxImportTests.Text_Word_does_not_print_is_not_read</c> salts (see Fixtures/doc/README.md).</summary>
    [Theory]
    [InlineData("doc/salted-hidden-2025.doc")]
    [InlineData("doc/salted-deleted-2025.doc")]
    [InlineData("rtf/salted-hidden-2025.rtf")]
    [InlineData("rtf/salted-deleted-2025.rtf")]
    public void Text_Word_does_not_print_is_not_read_from_a_doc_or_rtf(string fixture)
    {
        var report = RandomReports.Fixed(Forms.National2021, 2025);

        var result = ReportImporter.ImportFile(Samples.FixturePath(fixture), new ImportOptions("prop"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(fixture.EndsWith(".rtf", StringComparison.Ordinal) ? ProvenanceMethod.ImportedRtf : ProvenanceMethod.ImportedDoc, result.Report!.Provenance!.Method);
        RandomReports.AssertSameCells(report, result.Report, fixture);
    }

    private static void ImportsAsItsDocx(string name, string origin, string fixture, ProvenanceMethod method)
    {
        var docx = origin == "samples" ? Samples.PathOf($"files/{name}.docx") : Samples.FixturePath(Path.Combine("relayout", $"{name}.docx"));
        var sample = Samples.Agencies.Keys.Single(k => name.StartsWith(k[..^4], StringComparison.Ordinal));
        var (id, agencyName) = Samples.Agencies[sample];
        var options = new ImportOptions(id, agencyName ?? "平潭综合实验区", Samples.ImportReport(sample).Year);

        var fromDocx = ReportImporter.ImportFile(docx, options);
        var fromWord = ReportImporter.ImportFile(Samples.FixturePath(fixture), options);

        Assert.False(fromWord.Failed, string.Join("\n", fromWord.Findings));
        Assert.Equal(method, fromWord.Report!.Provenance!.Method);
        RandomReports.AssertSameCells(fromDocx.Report!, fromWord.Report, fixture);
        Assert.Equal(fromDocx.Report!.Title, fromWord.Report.Title);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(fromDocx.Report.Narrative), System.Text.Json.JsonSerializer.Serialize(fromWord.Report.Narrative));
        Assert.Equal(fromDocx.Findings.Select(f => (f.Rule, f.MessageEn)), fromWord.Findings.Select(f => (f.Rule, f.MessageEn)));
    }

    [Fact]
    public void A_doc_is_told_by_its_bytes_and_a_compound_file_without_a_word_document_is_refused_with_what_to_do()
    {
        var doc = File.ReadAllBytes(Samples.FixturePath(Path.Combine("doc", "pingtan-2020.doc")));
        var other = DamagedFiles.Renamed(doc, "WordDocument", "WordDocumenX");

        Assert.Equal(SourceFormat.Doc, SourceFormats.Detect(doc));
        Assert.Equal(SourceFormat.BinaryOffice, SourceFormats.Detect(other));
        Assert.Contains(".xlsx", SourceFormats.Refusal(SourceFormat.BinaryOffice)!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_doc_is_refused_naming_the_file_without_a_stack_trace()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "report-2020.doc");
        File.WriteAllBytes(file, WithFibFlag(File.ReadAllBytes(Samples.FixturePath(Path.Combine("doc", "pingtan-2020.doc"))), 0x0100));

        var outcome = CliRunner.Run("import", file, "--agency", "pingtan", "--out", Path.Combine(folder, "data"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:1: error D-READ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("加密", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "data")));
    }

    [Theory]
    // Hidden in the group, a tracked deletion turned off, then \plain: each printed 12 reads 12.
    [InlineData(@"{\rtf1\ansi 1{\v 7}2\par {\deleted 7}\deleted0 12\par \v 7\plain 12\par }")]
    // A hidden \uN's fallback character (?) is passed over, not the printed 1 after it.
    [InlineData(@"{\rtf1\ansi\uc1 \v\u55?\v0 12\par \u49?\u50?\par 12\par }")]
    public void Rtf_text_word_does_not_print_is_left_out_and_printed_text_after_it_is_kept(string text)
    {
        var paragraphs = RtfText.Read(Encoding.ASCII.GetBytes(text));

        Assert.Equal(["12", "12", "12"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Binary_data_in_an_rtf_is_passed_over_whole_even_when_it_holds_braces()
    {
        // A picture kept as \binN raw bytes: its bytes are neither text nor groups.
        var rtf = Encoding.ASCII.GetBytes(@"{\rtf1\ansi {\pict\wmetafile8\bin6 }{\par}" + "\n" + @"\par 2019\par }");

        var paragraphs = RtfText.Read(rtf);

        Assert.Equal(["", "2019"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_damaged_doc_gives_a_finding_never_an_exception() =>
        // Bytes overwritten anywhere: in the header, the allocation tables, the directory, the text or its properties.
        DamagedFiles.NeverThrow(Path.Combine("doc", "shanghai-gov-office-2019-ruled-16.doc"), 300, damaged =>
            SourceFormats.Detect(damaged) == SourceFormat.Doc ? DocSourceReader.Read("damaged.doc", damaged) : null);

    [Fact]
    public void A_damaged_rtf_gives_a_finding_never_an_exception() =>
        // Bytes overwritten anywhere: braces, control words, \'hh escapes and \uN characters cut in half.
        DamagedFiles.NeverThrow(Path.Combine("rtf", "shanghai-gov-office-2019-cp936.rtf"), 100, damaged => RtfSourceReader.Read("damaged.rtf", damaged));

    [Fact]
    public void A_doc_whose_word_header_is_gone_is_a_read_error_saying_to_save_it_as_docx()
    {
        var doc = WithFibFlag(File.ReadAllBytes(Samples.FixturePath(Path.Combine("doc", "pingtan-2020.doc"))), 0, ident: 0);

        var source = DocSourceReader.Read("broken.doc", doc);

        var problem = Assert.Single(source.Problems);
        Assert.Equal("D-READ", problem.Rule);
        Assert.Contains(".docx", problem.MessageEn, StringComparison.Ordinal);
    }

    // Sets a flag of the Word header (FibBase.flags at 0x0A), or (ident) writes over its magic number: the WordDocument stream
    // starts a sector, with the header's magic 0xA5EC.
    private static byte[] WithFibFlag(byte[] file, ushort flag, ushort? ident = null)
    {
        var bytes = (byte[])file.Clone();
        var fib = Enumerable.Range(1, (bytes.Length / 512) - 1).Select(s => s * 512).First(o => bytes[o] == 0xEC && bytes[o + 1] == 0xA5);
        bytes[fib + 0x0A] |= (byte)flag;
        bytes[fib + 0x0B] |= (byte)(flag >> 8);
        if (ident is { } value)
        {
            bytes[fib] = (byte)value;
            bytes[fib + 1] = (byte)(value >> 8);
        }

        return bytes;
    }
}
