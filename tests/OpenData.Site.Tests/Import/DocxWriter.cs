using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenData.Site.Import;
using A = DocumentFormat.OpenXml.Drawing;
using Ovml = DocumentFormat.OpenXml.Vml.Office;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Vml = DocumentFormat.OpenXml.Vml;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using WordTableGrid = DocumentFormat.OpenXml.Wordprocessing.TableGrid;

namespace OpenData.Site.Tests.Import;

/// <summary>Writes printed blocks as a Word document: spans as <c>gridSpan</c> and <c>vMerge</c>, a wrapped cell as several paragraphs.</summary>
internal static class DocxWriter
{
    public static byte[] Write(IEnumerable<PrintedBlock> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in blocks)
            {
                body.Append(block.Rows is null ? (OpenXmlElement)TextParagraph(block.Text ?? "") : WordTable(block.Rows));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static string WriteFile(string folder, string name, IEnumerable<PrintedBlock> blocks)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Write(blocks));
        return path;
    }

    /// <summary>The blocks as a Word document whose tables are objects (<see cref="ObjectEmbedding"/>), each in a paragraph of
    /// its own where the tables stood; Word prints an object as its picture, which is left out here.</summary>
    public static byte[] WriteWithObjects(IReadOnlyList<PrintedBlock> blocks, ObjectEmbedding embedding)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var tables = new List<PrintedBlock>();
            var objects = 0;
            void Flush()
            {
                if (tables.Count > 0)
                {
                    body.Append(ObjectParagraph(main, embedding, [.. tables], ++objects));
                    tables.Clear();
                }
            }

            foreach (var block in blocks)
            {
                if (block.Rows is null)
                {
                    Flush();
                    body.Append(TextParagraph(block.Text ?? ""));
                }
                else
                {
                    tables.Add(block);
                    if (embedding.EachTable)
                    {
                        Flush();
                    }
                }
            }

            Flush();
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>The blocks as a Word document whose tables are pictures (a table pasted as a picture, 6 × 4 inches), each
    /// in a paragraph of its own.</summary>
    public static byte[] WriteWithPictures(IReadOnlyList<PrintedBlock> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var pictures = 0;
            foreach (var block in blocks)
            {
                body.Append(block.Rows is null ? TextParagraph(block.Text ?? "") : PictureParagraph(main, ++pictures));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    // A white 600 × 400 PNG (a screenshot's size) shown 6 × 4 inches, inline, as Word writes a pasted picture.
    private static Paragraph PictureParagraph(MainDocumentPart main, int number)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(WhitePng(600, 400)))
        {
            image.FeedData(png);
        }

        const long Width = 6 * 914_400L;
        const long Height = 4 * 914_400L;
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "table.png" }, new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = Width, Cy = Height }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = Width, Cy = Height },
            new Wp.DocProperties { Id = (uint)number, Name = string.Create(CultureInfo.InvariantCulture, $"Picture {number}") },
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }));
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static byte[] WhitePng(int width, int height)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var chunk = new byte[12 + data.Length];
            BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
            data.CopyTo(chunk, 8);
            BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
            return chunk;
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal))
        {
            var row = new byte[1 + (3 * width)];
            Array.Fill(row, (byte)0xFF, 1, 3 * width);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return [0x89, .. "PNG\r\n\u001A\n"u8, .. Chunk("IHDR", header), .. Chunk("IDAT", pixels.ToArray()), .. Chunk("IEND", [])];
    }

    // PNG's CRC-32 (ISO 3309), bit by bit.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static Paragraph ObjectParagraph(MainDocumentPart main, ObjectEmbedding embedding, IReadOnlyList<PrintedBlock> tables, int number)
    {
        string id;
        if (embedding.Link is { } link)
        {
            id = main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject", link).Id;
        }
        else
        {
            OpenXmlPart part = embedding.AsPackage
                ? main.AddEmbeddedPackagePart(embedding.ProgId.StartsWith("Word", StringComparison.Ordinal) ? EmbeddedPackagePartType.Docx : EmbeddedPackagePartType.Xlsx)
                : main.AddEmbeddedObjectPart(embedding.ContentType);
            using (var file = new MemoryStream(embedding.File(tables)))
            {
                part.FeedData(file);
            }

            id = main.GetIdOfPart(part);
        }

        var shape = string.Create(CultureInfo.InvariantCulture, $"_x0000_i{1024 + number}");
        var ole = embedding.NewerMarkup
            ? (OpenXmlElement)new ObjectEmbed { Id = id, ProgId = embedding.ProgId, ShapeId = shape }
            : new Ovml.OleObject
            {
                Type = embedding.Link is null ? Ovml.OleValues.Embed : Ovml.OleValues.Link,
                ProgId = embedding.ProgId,
                ShapeId = shape,
                DrawAspect = Ovml.OleDrawAspectValues.Content,
                ObjectId = string.Create(CultureInfo.InvariantCulture, $"_{1700000000 + number}"),
                Id = id,
            };
        var run = new Run(new EmbeddedObject(new Vml.Shape { Id = shape, Type = "#_x0000_t75", Style = "width:415pt;height:300pt" }, ole));
        return new Paragraph(embedding.Deleted ? new DeletedRun(run) { Id = "1", Author = "审核人" } : run);
    }

    private static Paragraph TextParagraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    // Word writes a vertically merged cell in every row it covers: the first says restart, the others continue.
    private static Table WordTable(IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        var (placed, width) = PrintedBlock.Place(rows);
        var starts = placed.ToDictionary(p => (p.Row, p.Column), p => p.Cell);
        var covering = new Dictionary<(int Row, int Column), GridCell>();
        foreach (var (row, column, cell) in placed)
        {
            for (var dr = 1; dr < cell.RowSpan && row + dr < rows.Count; dr++)
            {
                covering[(row + dr, column)] = cell;
            }
        }

        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })),
            new WordTableGrid([.. Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1200" })]));
        for (var r = 0; r < rows.Count; r++)
        {
            var tableRow = new TableRow();
            for (var c = 0; c < width;)
            {
                if (starts.TryGetValue((r, c), out var cell))
                {
                    tableRow.Append(Cell(cell.Text, cell.ColumnSpan, cell.RowSpan > 1 ? MergedCellValues.Restart : null));
                    c += cell.ColumnSpan;
                }
                else if (covering.TryGetValue((r, c), out var above))
                {
                    tableRow.Append(Cell("", above.ColumnSpan, MergedCellValues.Continue));
                    c += above.ColumnSpan;
                }
                else
                {
                    tableRow.Append(Cell("", 1, null));
                    c++;
                }
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, int span, MergedCellValues? merge)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            // A continuing cell is written as Word writes it: <w:vMerge/> without a value.
            properties.Append(value == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = value });
        }

        var cell = new TableCell(properties);
        cell.Append(text.Split('\n').Select(TextParagraph));
        return cell;
    }
}
