using System.IO.Compression;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>The kinds of file a published report arrives as, told apart by their bytes.</summary>
internal enum SourceFormat
{
    /// <summary>Plain text or Markdown (UTF-8 or GB18030).</summary>
    Text,

    /// <summary>A saved web page.</summary>
    Html,

    /// <summary>A web page saved as one file (MHTML: .mht, or a .doc that is one): a MIME message holding the page.</summary>
    Mhtml,

    /// <summary>A PDF file.</summary>
    Pdf,

    /// <summary>A Word document (.docx, Office Open XML).</summary>
    Docx,

    /// <summary>An Excel workbook (.xlsx, Office Open XML).</summary>
    Xlsx,

    /// <summary>A Word 97–2003 document (.doc, or a .wps saved in Word's format): an OLE compound file with a WordDocument stream.</summary>
    Doc,

    /// <summary>An Excel 97–2003 workbook (.xls, or an .et saved in Excel's format): an OLE compound file with a Workbook stream.</summary>
    Xls,

    /// <summary>Another binary Office file (a PowerPoint .ppt, a .wps of WPS's own format, a compound file too damaged to open).</summary>
    BinaryOffice,

    /// <summary>A zip archive that is neither a Word document nor a workbook (.odt, .pptx, a folder zipped).</summary>
    OtherZip,

    /// <summary>A Rich Text Format file (.rtf, or a .doc that is one).</summary>
    Rtf,

    /// <summary>A picture (PNG, JPEG, GIF, TIFF, BMP): a scan with no text.</summary>
    Image,

    /// <summary>Bytes that are none of the above and not text.</summary>
    Unknown,
}

/// <summary>Tells a file's format from its first bytes (its magic number), not from its name.</summary>
/// <remarks>A report saved as <c>.txt</c> that is really a PDF is read as a PDF; a Word file renamed <c>.pdf</c> as Word.</remarks>
internal static class SourceFormats
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] RtfMagic = @"{\rtf"u8.ToArray();

    private static readonly byte[][] ImageMagics =
    [
        [0x89, 0x50, 0x4E, 0x47], // PNG
        [0xFF, 0xD8, 0xFF], // JPEG
        "GIF8"u8.ToArray(),
        [0x49, 0x49, 0x2A, 0x00], // TIFF, little-endian
        [0x4D, 0x4D, 0x00, 0x2A], // TIFF, big-endian
        "BM"u8.ToArray(),
    ];

    public static SourceFormat Detect(ReadOnlySpan<byte> bytes)
    {
        // A PDF may have a few bytes of junk before its header; the specification lets readers look within the first 1 KiB.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0)
        {
            return SourceFormat.Pdf;
        }

        if (bytes.StartsWith(ZipMagic))
        {
            return ZipKind(bytes.ToArray());
        }

        if (bytes.StartsWith(OleMagic))
        {
            return CompoundKind(bytes.ToArray());
        }

        if (bytes.StartsWith(RtfMagic))
        {
            return SourceFormat.Rtf;
        }

        foreach (var magic in ImageMagics)
        {
            if (bytes.StartsWith(magic) && !LooksLikeText(bytes))
            {
                return SourceFormat.Image;
            }
        }

        if (MhtmlSource.LooksLikeMhtml(bytes))
        {
            return SourceFormat.Mhtml;
        }

        return LooksLikeText(bytes) ? SourceFormat.Text : SourceFormat.Unknown;
    }

    /// <summary>What to tell a person whose file cannot be read, and what to do about it; <see langword="null"/> for a format that is read.</summary>
    public static (string Zh, string En)? Refusal(SourceFormat format) => format switch
    {
        SourceFormat.BinaryOffice => (
            "这是无法读取的 Office 二进制文件（既不是 Word 文档也不是 Excel 工作簿，例如 WPS 自有格式的 .wps，或已损坏）：请在 WPS、Word 或 LibreOffice 中另存为 .docx（表格另存为 .xlsx）后再导入",
            "this is a binary Office file that is neither a Word document nor an Excel workbook (a .wps in WPS's own format, say, or a damaged file): save it as .docx (a workbook as .xlsx) in WPS, Word or LibreOffice, then import that"),
        SourceFormat.OtherZip => (
            "这是压缩包或不支持的 Office 文件（不是 .docx 或 .xlsx）：请解压后逐个导入，或另存为 .docx",
            "this is a zip archive or an Office file other than .docx or .xlsx: unzip it and import the files, or save the document as .docx"),
        SourceFormat.Image => (
            "这是图片（扫描件），没有文字：请先做文字识别（OCR），再导入识别出的文字或 PDF",
            "this is a picture (a scan) with no text: run OCR first, then import the recognised text or PDF"),
        SourceFormat.Unknown => (
            "无法识别文件格式：可导入的格式为 PDF、Word（.docx、.doc、.rtf）、Excel（.xlsx、.xls）、HTML 网页（含 .mht）和文本（.txt/.md）",
            "the file format is not recognised: the import reads PDF, Word (.docx, .doc, .rtf), Excel (.xlsx, .xls), HTML pages (and .mht) and text (.txt/.md)"),
        _ => null,
    };

    // A compound file's root streams tell a Word document (WordDocument) from an Excel workbook (Workbook; Book before Excel 97).
    private static SourceFormat CompoundKind(byte[] bytes)
    {
        try
        {
            var streams = CompoundFile.Open(bytes).RootStreams;
            if (streams.Contains("WordDocument", StringComparer.OrdinalIgnoreCase))
            {
                return SourceFormat.Doc;
            }

            if (streams.Contains("Workbook", StringComparer.OrdinalIgnoreCase) || streams.Contains("Book", StringComparer.OrdinalIgnoreCase))
            {
                return SourceFormat.Xls;
            }
        }
        catch (InvalidDataException)
        {
            // Too damaged to open: refused as a binary file that cannot be read.
        }

        return SourceFormat.BinaryOffice;
    }

    // An Office Open XML package names its main part in [Content_Types].xml; the part's folder tells Word from Excel.
    private static SourceFormat ZipKind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml") || names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && n.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
            {
                return SourceFormat.Docx;
            }

            return names.Contains("xl/workbook.xml") ? SourceFormat.Xlsx : SourceFormat.OtherZip;
        }
        catch (InvalidDataException)
        {
            return SourceFormat.OtherZip;
        }
    }

    // Text has no NUL bytes and decodes as UTF-8 or, failing that, mostly as GB18030 without control characters.
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        return controls <= head.Length / 100;
    }

    /// <summary>The text of a text file: UTF-8 (a BOM dropped) or GB18030, and whether it was read as GB18030.</summary>
    public static (string Text, bool IsGb18030) DecodeText(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), false);
        }

        // Chinese government pages are often GBK/GB2312; GB18030 reads both.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return (Encoding.GetEncoding("GB18030").GetString(bytes), true);
    }
}
