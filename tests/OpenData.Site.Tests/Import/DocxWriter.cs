using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenData.Site.Import;
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
