using System.IO.Compression;
using System.Text;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A file's format is told by its bytes, whatever its name; what cannot be read is refused with what to do.</summary>
public sealed class SourceFormatTests
{
    public static TheoryData<string, string> Files() => new()
    {
        { "pdf", nameof(SourceFormat.Pdf) },
        { "pdf-after-junk", nameof(SourceFormat.Pdf) },
        { "docx", nameof(SourceFormat.Docx) },
        { "xlsx", nameof(SourceFormat.Xlsx) },
        { "odt", nameof(SourceFormat.OtherZip) },
        { "ole", nameof(SourceFormat.BinaryOffice) },
        { "rtf", nameof(SourceFormat.Rtf) },
        { "png", nameof(SourceFormat.Image) },
        { "jpeg", nameof(SourceFormat.Image) },
        { "utf8", nameof(SourceFormat.Text) },
        { "gb18030", nameof(SourceFormat.Text) },
        { "html", nameof(SourceFormat.Text) },
        { "binary", nameof(SourceFormat.Unknown) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_format_is_told_by_the_bytes(string kind, string expected)
    {
        Assert.Equal(expected, SourceFormats.Detect(BytesOf(kind)).ToString());
    }

    [Theory]
    [InlineData("ole", ".docx")]
    [InlineData("png", "OCR")]
    [InlineData("odt", ".docx")]
    [InlineData("binary", "PDF")]
    public void A_file_that_cannot_be_read_is_refused_whatever_its_name_with_what_to_do_and_nothing_written(string kind, string advice)
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "report-2021.txt");
        File.WriteAllBytes(file, BytesOf(kind));

        var outcome = CliRunner.Run("import", file, "--agency", "x", "--out", Path.Combine(folder, "data"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:1: error D-FILETYPE", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(advice, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "data")));
    }

    [Fact]
    public void A_word_file_named_pdf_is_read_as_word()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "pingtan-2020.pdf");
        File.Copy(Samples.PathOf("files/pingtan-2020.docx"), file);

        var result = ReportImporter.ImportFile(file, new ImportOptions("pingtan"));

        Assert.Equal(ProvenanceMethod.ImportedDocx, result.Report!.Provenance!.Method);
    }

    private static byte[] BytesOf(string kind) => kind switch
    {
        "pdf" => "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(),
        "pdf-after-junk" => [.. "\r\n\r\n"u8.ToArray(), .. "%PDF-1.4\n"u8.ToArray()],
        "docx" => Zip("[Content_Types].xml", "word/document.xml"),
        "xlsx" => Zip("[Content_Types].xml", "xl/workbook.xml"),
        "odt" => Zip("mimetype", "content.xml"),
        "ole" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0],
        "rtf" => @"{\rtf1\ansi 政府信息公开}"u8.ToArray(),
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0],
        "utf8" => "平潭综合实验区2021年政府信息公开工作年度报告\n"u8.ToArray(),
        "gb18030" => GbBytes("平潭综合实验区2021年政府信息公开工作年度报告\n"),
        "html" => "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>"u8.ToArray(),
        _ => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))],
    };

    private static byte[] GbBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return memory.ToArray();
    }
}
