using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Vml.Office;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenData.Site.Import;

/// <summary>The tables a Word document holds as embedded objects: a sheet or a document pasted as an object (插入 → 对象,
/// 选择性粘贴 → Microsoft Excel 工作表 对象).</summary>
/// <remarks>
/// Word prints such an object as its picture (<c>v:imagedata</c>), which has no text; the table is in the object's own
/// file (<c>word/embeddings/…</c>): a workbook (.xlsx, or an Excel 97–2003 one, a .xls or the compound file of an
/// <c>oleObject.bin</c>) or a Word document. Each is read with its format's reader (<see cref="XlsxSourceReader"/>,
/// <see cref="XlsSourceReader"/>, <see cref="DocxSourceReader"/>, <see cref="DocSourceReader"/>). Other objects (an
/// equation, a drawing, a packaged file) are not tables and are passed over. A linked object's file is elsewhere, on the
/// author's computer: the document holds only its picture.
/// </remarks>
internal static class EmbeddedObjects
{
    /// <summary>The objects anchored in a paragraph that hold a workbook or a document, in order, read.</summary>
    /// <param name="paragraph">The paragraph the objects are anchored in.</param>
    /// <param name="host">The part whose relationships name the objects' files (the main document part).</param>
    /// <param name="nested">Whether to read Word documents the object's document embeds in turn (only one level is read).</param>
    public static IEnumerable<EmbeddedFile> In(OpenXmlElement paragraph, OpenXmlPart host, bool nested)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in paragraph.Descendants())
        {
            // An object is written both as o:OLEObject and, by newer Word, as w:objectEmbed; a choice and its fallback
            // (mc:AlternateContent) may both hold it: each file once.
            var (id, program, linked) = element switch
            {
                OleObject ole => (ole.Id?.Value, ole.ProgId?.Value, ole.Type?.Value == OleValues.Link),
                ObjectEmbed embed => (embed.Id?.Value, embed.ProgId?.Value, false),
                ObjectLink link => (link.Id?.Value, link.ProgId?.Value, true),
                _ => (null, null, false),
            };
            if (id is null || DocxText.IsNotPrinted(element) || !seen.Add(id))
            {
                continue;
            }

            if (linked || !host.TryGetPartById(id, out var part))
            {
                var target = host.ExternalRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString;
                if (linked || target is not null)
                {
                    yield return EmbeddedFile.Linked(target ?? "");
                }

                continue;
            }

            if (Read(part, program ?? "", nested) is { } read)
            {
                yield return read;
            }
        }
    }

    /// <summary>The object a Word 97–2003 document keeps in its ObjectPool storage (<c>_1234</c>, named by the object's
    /// character), read: a workbook's Workbook stream, or a Word document's streams; <see langword="null"/> for another
    /// object (an equation, a drawing).</summary>
    /// <param name="document">The document's compound file.</param>
    /// <param name="storage">The object's storage in ObjectPool.</param>
    /// <param name="nested">Whether to read a Word document the object holds (only one level is read).</param>
    public static EmbeddedFile? InPool(CompoundFile document, string storage, bool nested)
    {
        var name = $"ObjectPool/{storage}";
        if (document.Storage("ObjectPool")?.Storage(storage) is not { } pool)
        {
            return EmbeddedFile.Unreadable(name, "文档中没有这个对象的存储，文件可能已损坏", "the document holds no storage for the object; the file may be damaged");
        }

        return FromStorage(name, pool, "", nested);
    }

    /// <summary>Adds an object's lines after <paramref name="lines"/>, numbered on from <paramref name="number"/> where the
    /// object stands, and a note on where they came from (or why there are none) to <paramref name="remarks"/>.</summary>
    public static void Add(EmbeddedFile embedded, string file, List<SourceLine> lines, ref int number, List<Finding> remarks)
    {
        var first = number + 1;
        if (embedded.IsLinked)
        {
            remarks.Add(new Finding("D-EMBED", Severity.Warning,
                $"文档中的对象链接到外部文件（{embedded.Name}），文档里只有它的图片，其中的表格未读入：请打开所链接的文件另行导入",
                $"an object in the document links to a file outside it ({embedded.Name}); the document holds only its picture, so its table was not read: open the linked file and import that")
            { File = file, Line = first });
            return;
        }

        if (embedded.Source is not { } source)
        {
            remarks.Add(new Finding("D-EMBED", Severity.Warning,
                $"嵌入的对象（{embedded.Name}）无法读取，其中的表格未读入：{embedded.WhyZh}",
                $"the embedded object ({embedded.Name}) cannot be read, so its table was not read: {embedded.WhyEn}")
            { File = file, Line = first });
            return;
        }

        if (source.Lines.Count == 0)
        {
            return;
        }

        foreach (var line in source.Lines)
        {
            var at = ++number;
            lines.Add(line with { Number = at, Row = line.Row is { } row ? row with { Line = at } : null });
        }

        var (zh, en) = embedded.Kind;
        remarks.Add(new Finding("D-EMBED", Severity.Info,
            $"第 {first}–{number} 行是嵌入的 {zh}对象（{embedded.Name}）：Word 显示的是它的图片，已读取对象所存的 {zh}，请与所印的表格核对",
            $"lines {first}–{number} are an embedded {en} object ({embedded.Name}): Word shows its picture; the {en} the object holds was read, so check it against the printed table")
        { File = file, Line = first });
        remarks.AddRange(source.Remarks.Select(r => r with { File = file, Line = first }));
    }

    private const string NestedDocumentZh = "这是嵌入文档中再嵌入的 Word 文档，未读取";
    private const string NestedDocumentEn = "it is a Word document embedded in an embedded document, which is not read";

    private static EmbeddedFile Embedded(string name, SourceFormat format, ImportSource source) =>
        source.Problems is [var problem, ..] ? EmbeddedFile.Unreadable(name, problem.MessageZh, problem.MessageEn) : new EmbeddedFile(name, format, source, null, null);

    // A damaged object's file is a warning of its own: the rest of the document is read.
    private static EmbeddedFile? Read(OpenXmlPart part, string program, bool nested)
    {
        var name = part.Uri.OriginalString.TrimStart('/');
        byte[] bytes;
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            if (stream.Length > DataFiles.MaxFileBytes)
            {
                return EmbeddedFile.Unreadable(name, "对象的文件过大", "the object's file is too large");
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OpenXmlPackageException)
        {
            return Damaged(name, program, e);
        }

        return FromBytes(name, bytes, program, nested);
    }

    // An object's file by its format. A compound file that is neither a workbook nor a Word document may be an object's
    // storage around an Office package (Excel.Sheet.12 in a .doc, or an oleObject.bin): its Package stream.
    private static EmbeddedFile? FromBytes(string name, byte[] bytes, string program, bool nested)
    {
        var format = bytes.Length == 0 ? SourceFormat.Unknown : SourceFormats.Detect(bytes);
        switch (format)
        {
            case SourceFormat.Xlsx:
                return Embedded(name, format, XlsxSourceReader.Read(name, bytes));
            case SourceFormat.Xls:
                return Embedded(name, format, XlsSourceReader.Read(name, bytes));
            case SourceFormat.Docx or SourceFormat.Doc when !nested:
                return EmbeddedFile.Unreadable(name, NestedDocumentZh, NestedDocumentEn);
            case SourceFormat.Docx:
                return Embedded(name, format, DocxSourceReader.Read(name, bytes, objects: false));
            case SourceFormat.Doc:
                return Embedded(name, format, DocSourceReader.Read(name, bytes, objects: false));
            case SourceFormat.BinaryOffice:
                try
                {
                    return FromStorage(name, CompoundFile.Open(bytes), program, nested);
                }
                catch (InvalidDataException e)
                {
                    return Damaged(name, program, e);
                }

            default:
                return NotRead(name, program);
        }
    }

    private static EmbeddedFile? FromStorage(string name, CompoundFile storage, string program, bool nested)
    {
        var streams = storage.RootStreams;
        bool Has(string stream) => streams.Contains(stream, StringComparer.OrdinalIgnoreCase);
        if (Has("Workbook") || Has("Book"))
        {
            return Embedded(name, SourceFormat.Xls, XlsSourceReader.Read(name, storage));
        }

        if (Has("WordDocument"))
        {
            return nested
                ? Embedded(name, SourceFormat.Doc, DocSourceReader.Read(name, storage, objects: false))
                : EmbeddedFile.Unreadable(name, NestedDocumentZh, NestedDocumentEn);
        }

        if (!Has("Package"))
        {
            return NotRead(name, program);
        }

        byte[] package;
        try
        {
            package = storage.Stream("Package")!;
        }
        catch (InvalidDataException e)
        {
            return Damaged(name, program, e);
        }

        return SourceFormats.Detect(package) is SourceFormat.Xlsx or SourceFormat.Docx ? FromBytes(name, package, program, nested) : NotRead(name, program);
    }

    // A sheet's or a document's object whose file is none of the formats read is damaged, or of a format of its own;
    // another object (an equation, a drawing) is not a table.
    private static EmbeddedFile? NotRead(string name, string program) => IsTableProgram(program)
        ? EmbeddedFile.Unreadable(name, $"对象（{program}）的文件不是可读取的 Excel 或 Word 文件，可能已损坏", $"the object's file ({program}) is not an Excel or Word file that can be read; it may be damaged")
        : null;

    private static EmbeddedFile Damaged(string name, string program, Exception e) =>
        EmbeddedFile.Unreadable(name, $"对象的文件已损坏（{Named(program)}{e.Message}）", $"the object's file is damaged ({Named(program)}{e.Message})");

    private static string Named(string program) => program.Length > 0 ? $"{program}: " : "";

    // Excel's and Word's programs, and WPS's (KET: 表格, KWPS: 文字): Excel.Sheet.12, Excel.Sheet.8, Word.Document.12, KET.Sheet.8.
    private static bool IsTableProgram(string program) =>
        program.Split('.')[0].ToUpperInvariant() is "EXCEL" or "WORD" or "KET" or "KWPS" or "ET" or "WPS";
}
