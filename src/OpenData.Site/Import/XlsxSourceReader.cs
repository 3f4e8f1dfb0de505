using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Site.Import;

/// <summary>Reads an Excel workbook (.xlsx) of a report with OpenXml: every visible sheet, in order, laid out as the printed table.</summary>
/// <remarks>
/// Line numbers are the sheet's row numbers (they start again on each sheet). Blank rows split a sheet into blocks; the rows at
/// the top of a block that hold a single text (a title, a heading, a caption) are text lines, the rest of the block is one
/// table, its merged ranges (<c>mergeCells</c>) repeated in every cell they cover, as HTML spans are (<see cref="TableGrid"/>).
/// Numbers are written as stored, invariantly (<c>9116.36</c>, never <c>1E+05</c>).
/// </remarks>
internal static class XlsxSourceReader
{
    public static ImportSource Read(string file, byte[] bytes)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbook is null || sheets is null)
            {
                return Broken(file, "没有工作簿部分（xl/workbook.xml）", "it has no workbook part (xl/workbook.xml)");
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(XlsxCells.TextOf).ToList() ?? [];
            var lines = new List<SourceLine>();
            foreach (var sheet in sheets.Where(s => s.State is null || s.State.Value == SheetStateValues.Visible))
            {
                if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part && part.Worksheet is { } worksheet)
                {
                    lines.AddRange(XlsxSheet.Read(worksheet, strings).Lines());
                }
            }

            return new ImportSource(file, ProvenanceMethod.ImportedXlsx, [], lines, []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or IOException or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
        {
            return Broken(file, $"文件已损坏或不完整（{e.Message}）", $"the file is damaged or incomplete ({e.Message})");
        }
    }

    private static ImportSource Broken(string file, string zh, string en) =>
        new(file, ProvenanceMethod.ImportedXlsx, [], [],
            [new Finding("D-READ", Severity.Error, $"无法读取 Excel 文件：{zh}", $"the Excel file cannot be read: {en}") { File = file, Line = 1 }]);
}
