namespace OpenData.Site.Tests.Import;

/// <summary>How <see cref="DocxWriter.WriteWithObjects"/> holds a document's tables: as objects that embed (or link to) a
/// file of the tables, as Word does with a sheet pasted as an object.</summary>
/// <param name="File">The embedded file of some tables (a workbook, a document).</param>
/// <param name="ProgId">The object's program (Excel.Sheet.12, Excel.Sheet.8, Word.Document.12).</param>
/// <param name="AsPackage">Whether the file is an Office package (.xlsx, .docx: an embedded package part) rather than an
/// OLE object's file (.xls, oleObject.bin: an embedded object part).</param>
/// <param name="EachTable">Whether each table is an object of its own, rather than one object holding every table.</param>
/// <param name="NewerMarkup">Whether the object is written as <c>w:objectEmbed</c> rather than <c>o:OLEObject</c>.</param>
/// <param name="Link">A file outside the document the object links to, instead of an embedded file.</param>
/// <param name="ContentType">An OLE object file's content type: Word keeps an Excel 97–2003 workbook as a .xls
/// (<c>application/vnd.ms-excel</c>), an object from an older document as an <c>oleObject.bin</c>.</param>
/// <param name="Deleted">Whether the object is a tracked deletion (<c>w:del</c>), which Word does not print.</param>
internal sealed record ObjectEmbedding(Func<IReadOnlyList<PrintedBlock>, byte[]> File, string ProgId, bool AsPackage, bool EachTable = true, bool NewerMarkup = false, Uri? Link = null,
    string ContentType = "application/vnd.openxmlformats-officedocument.oleObject", bool Deleted = false);
