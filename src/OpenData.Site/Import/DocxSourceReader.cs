using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Vml = DocumentFormat.OpenXml.Vml;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace OpenData.Site.Import;

/// <summary>Reads a Word document (.docx) of a report with OpenXml: body paragraphs as text, each table as rows, in document order.</summary>
/// <remarks>
/// Line numbers count the body's paragraphs that hold text and the rows of its tables, 1, 2, 3… in document order, so
/// “第 N 行” in a finding is the Nth paragraph or table row. Merged cells (<c>gridSpan</c>, <c>vMerge</c>) repeat their text
/// in every cell they cover, as HTML spans do (<see cref="TableGrid"/>); a cell's paragraphs are joined into one text, so a
/// label wrapped over lines is one label. A table continued in a second Word table simply continues the rows; a table nested
/// in a cell is not read.
/// </remarks>
internal static class DocxSourceReader
{
    /// <summary>The document's text and table rows; a damaged file gives a D-READ error instead of lines.</summary>
    /// <param name="file">The file as named on the command line, or an embedded object's part name.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="objects">Whether to read Word documents embedded as objects (<see cref="EmbeddedObjects"/>); embedded
    /// workbooks are read either way, so an embedded document is read with its workbooks, not its documents.</param>
    public static ImportSource Read(string file, byte[] bytes, bool objects = true)
    {
        var part = "word/document.xml";
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            part = document.MainDocumentPart?.Uri.OriginalString.TrimStart('/') ?? part;
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return Broken(file, "没有正文部分（word/document.xml）", "it has no main document part (word/document.xml)");
            }

            var reading = new Reading(file, document.MainDocumentPart!, objects);
            reading.Blocks(body);
            return new ImportSource(file, ProvenanceMethod.ImportedDocx, [], reading.Lines, []) { Remarks = reading.Remarks, Pictures = reading.Pictures };
        }
        catch (XmlException e)
        {
            return Broken(file, $"{part} 不是有效的 XML（第 {e.LineNumber} 行第 {e.LinePosition} 列）", $"{part} is not well-formed XML: {e.Message}");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException or ArgumentException)
        {
            return Broken(file, $"文件已损坏或不完整，读到 {part} 时出错（{e.Message}）", $"the file is damaged or incomplete; reading {part} failed ({e.Message})");
        }
    }

    // The lines read so far, numbered in document order, and the notes on embedded objects.
    private sealed class Reading(string file, OpenXmlPart host, bool objects)
    {
        private int _number;

        public List<SourceLine> Lines { get; } = [];

        public List<Finding> Remarks { get; } = [];

        public List<PicturePlace> Pictures { get; } = [];

        // Content controls (w:sdt) wrap paragraphs and tables of the body; their content is read in place.
        public void Blocks(OpenXmlElement parent)
        {
            foreach (var element in parent.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        var text = DocxText.Of(paragraph);
                        var hasText = text.Length > 0;
                        if (hasText)
                        {
                            Lines.Add(new SourceLine(++_number, text));
                        }

                        if (HasPicture(paragraph))
                        {
                            Pictures.Add(new PicturePlace(hasText ? _number : _number + 1));
                        }

                        foreach (var embedded in EmbeddedObjects.In(paragraph, host, nested: objects))
                        {
                            Object(embedded);
                        }

                        break;
                    case Table table:
                        Lines.AddRange(TableGrid.ToLines(Rows(table, ref _number)));
                        break;
                    case SdtBlock { SdtContentBlock: { } content }:
                        Blocks(content);
                        break;
                }
            }
        }

        // A picture at least 5 cm wide (a DrawingML picture, or a VML one that is not an object's preview): a table pasted
        // as a picture has no text.
        private static bool HasPicture(Paragraph paragraph) =>
            paragraph.Descendants<Drawing>().Any(d => !DocxText.IsNotPrinted(d) && d.Descendants<A.Blip>().Any() && (d.Descendants<Wp.Extent>().FirstOrDefault()?.Cx?.Value ?? long.MaxValue) >= 1_800_000)
            || paragraph.Descendants<Vml.ImageData>().Any(i => !DocxText.IsNotPrinted(i) && !i.Ancestors<EmbeddedObject>().Any());

        private void Object(EmbeddedFile embedded) => EmbeddedObjects.Add(embedded, file, Lines, ref _number, Remarks);
    }

    // A vMerge cell that continues the one above is left out and the cell it continues spans one more row, as an HTML rowspan.
    private static List<GridRow> Rows(Table table, ref int number)
    {
        var rows = new List<(int Line, List<GridCell> Cells)>();
        var owners = new Dictionary<int, (int Row, int Index)>();
        foreach (var row in Children<TableRow>(table))
        {
            var cells = new List<GridCell>();
            var column = 0;
            var nextOwners = new Dictionary<int, (int Row, int Index)>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++)
            {
                cells.Add(new GridCell(""));
                column++;
            }

            foreach (var cell in Children<TableCell>(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues && owners.TryGetValue(column, out var owner))
                {
                    var above = rows[owner.Row].Cells[owner.Index];
                    rows[owner.Row].Cells[owner.Index] = above with { RowSpan = above.RowSpan + 1 };
                    nextOwners[column] = owner;
                }
                else
                {
                    cells.Add(new GridCell(continues ? "" : DocxText.Of(cell), 1, span));
                    if (merge is not null && !continues)
                    {
                        nextOwners[column] = (rows.Count, cells.Count - 1);
                    }
                }

                column += span;
            }

            owners = nextOwners;
            rows.Add((++number, cells));
        }

        return [.. rows.Select(r => new GridRow(r.Line, r.Cells))];
    }

    // Rows and cells may sit inside content controls (w:sdt); a table nested in a cell is not a child and is not read.
    private static IEnumerable<T> Children<T>(OpenXmlElement parent)
        where T : OpenXmlElement =>
        parent.ChildElements.SelectMany(e => e switch
        {
            T child => [child],
            SdtRow { SdtContentRow: { } content } => Children<T>(content),
            SdtCell { SdtContentCell: { } content } => Children<T>(content),
            _ => [],
        });

    private static ImportSource Broken(string file, string zh, string en) =>
        ImportSource.Unreadable(file, ProvenanceMethod.ImportedDocx, " Word 文件", "Word file", zh, en);
}
