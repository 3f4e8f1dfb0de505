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
    /// <summary>The workbook's text lines and table rows; a damaged file gives a D-READ error instead of lines.</summary>
    public static ImportSource Read(string file, byte[] bytes)
    {
        var part = "xl/workbook.xml";
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var workbook = document.WorkbookPart;
            part = workbook?.Uri.OriginalString.TrimStart('/') ?? part;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbook is null)
            {
                return Broken(file, "没有工作簿部分（xl/workbook.xml）", "it has no workbook part (xl/workbook.xml)");
            }

            if (sheets is null)
            {
                return Broken(file, "工作簿中没有工作表", "the workbook lists no sheets");
            }

            part = workbook.SharedStringTablePart?.Uri.OriginalString.TrimStart('/') ?? part;
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(XlsxCells.TextOf).ToList() ?? [];
            var lines = new List<SourceLine>();
            foreach (var sheet in sheets.Where(s => s.State is null || s.State.Value == SheetStateValues.Visible))
            {
                if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart sheetPart)
                {
                    part = sheetPart.Uri.OriginalString.TrimStart('/');
                    if (sheetPart.Worksheet is not { } worksheet)
                    {
                        continue;
                    }

                    lines.AddRange(XlsxSheet.Read(worksheet, strings).Lines());
                }
            }

            return new ImportSource(file, ProvenanceMethod.ImportedXlsx, [], lines, []);
        }
        catch (XmlException e)
        {
            return Broken(file, $"{part} 不是有效的 XML（第 {e.LineNumber} 行第 {e.LinePosition} 列）", $"{part} is not well-formed XML: {e.Message}");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
        {
            return Broken(file, $"文件已损坏或不完整，读到 {part} 时出错（{e.Message}）", $"the file is damaged or incomplete; reading {part} failed ({e.Message})");
        }
    }

    private static ImportSource Broken(string file, string zh, string en) =>
        ImportSource.Unreadable(file, ProvenanceMethod.ImportedXlsx, " Excel 文件", "Excel file", zh, en);
}
