using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Site.Tests.Import;

/// <summary>Writes printed blocks into one worksheet as an office would: a paragraph in column A, a table with merged ranges, a blank row after each table.</summary>
/// <remarks>Numbers are numeric cells, table text shared strings and paragraphs inline strings, so the reader meets all three.</remarks>
internal static class XlsxWriter
{
    public static byte[] Write(IEnumerable<PrintedBlock> blocks) => WriteSheets([[.. blocks]]);

    /// <summary>A workbook of several sheets, in order; the sheet at <paramref name="hidden"/> (if any) is hidden.</summary>
    public static byte[] WriteSheets(IReadOnlyList<IReadOnlyList<PrintedBlock>> sheets, int hidden = -1)
    {
        var strings = new List<string>();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheets[i], strings);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = $"表{i + 1}", State = i == hidden ? SheetStateValues.Hidden : null });
            }

            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbook.Workbook.AppendChild(list);
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(IEnumerable<PrintedBlock> blocks, List<string> strings)
    {
        var sheetData = new SheetData();
        var merges = new MergeCells();
        var rowNumber = 1;
        foreach (var block in blocks)
        {
            if (block.Rows is null)
            {
                sheetData.Append(new Row(new Cell(new InlineString(new Text(block.Text ?? ""))) { CellReference = $"A{rowNumber}", DataType = CellValues.InlineString }) { RowIndex = (uint)rowNumber });
                rowNumber++;
                continue;
            }

            var (placed, _) = PrintedBlock.Place(block.Rows);
            for (var r = 0; r < block.Rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(rowNumber + r) };
                foreach (var (_, column, cell) in placed.Where(p => p.Row == r).OrderBy(p => p.Column))
                {
                    var reference = Reference(rowNumber + r, column);
                    if (cell.Text.Length > 0)
                    {
                        row.Append(ValueCell(reference, cell.Text, strings));
                    }

                    if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                    {
                        merges.Append(new MergeCell { Reference = $"{reference}:{Reference(rowNumber + r + cell.RowSpan - 1, column + cell.ColumnSpan - 1)}" });
                    }
                }

                sheetData.Append(row);
            }

            rowNumber += block.Rows.Count + 1;
        }

        return merges.HasChildren ? new Worksheet(sheetData, merges) : new Worksheet(sheetData);
    }

    private static Cell ValueCell(string reference, string text, List<string> strings)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return new Cell(new CellValue(text)) { CellReference = reference, DataType = CellValues.Number };
        }

        var index = strings.IndexOf(text);
        if (index < 0)
        {
            strings.Add(text);
            index = strings.Count - 1;
        }

        return new Cell(new CellValue(index.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString };
    }

    private static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{letters}{row}");
    }
}
