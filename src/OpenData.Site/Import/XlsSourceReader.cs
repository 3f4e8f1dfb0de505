using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace OpenData.Site.Import;

/// <summary>Reads an Excel 97–2003 workbook (.xls, BIFF) of a report with ExcelDataReader, as the .xlsx reader reads a workbook.</summary>
/// <remarks>
/// Every visible sheet in order, hidden rows (height 0) and columns (width 0) left out, each laid out by <see cref="SheetGrid"/>; line numbers are the sheet's row numbers. Text
/// cells have their wrapped lines joined and numbers are written as stored (<c>9116.36</c>), as in an .xlsx file; a
/// formula gives the value Excel saved with it.
/// </remarks>
internal static class XlsSourceReader
{
    // The most columns and rows a sheet of an .xls holds (BIFF8); a sheet that claims more is damaged.
    private const int MaxColumns = 256;
    private const int MaxRows = 65536;

    /// <summary>The workbook's text lines and table rows; an encrypted or damaged file gives a D-READ error instead of lines.</summary>
    public static ImportSource Read(string file, byte[] bytes) => Read(file, () => new MemoryStream(bytes, writable: false));

    /// <summary>The workbook an OLE object's storage holds (a sheet embedded in a Word 97–2003 document): its Workbook
    /// (or Book) stream, the BIFF records without the compound file around them.</summary>
    public static ImportSource Read(string name, CompoundFile storage)
    {
        byte[] stream;
        try
        {
            stream = storage.Stream("Workbook") ?? storage.Stream("Book") ?? [];
        }
        catch (InvalidDataException e)
        {
            return Broken(name, $"文件已损坏或不完整（{e.Message}）", $"the file is damaged or incomplete ({e.Message})");
        }

        return Read(name, () => new MemoryStream(stream, writable: false));
    }

    private static ImportSource Read(string file, Func<Stream> open)
    {
        // Workbooks from Excel 95 and earlier name their text's code page (936 for Chinese).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sheet = 0;
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(open());
            var lines = new List<SourceLine>();
            do
            {
                sheet++;
                if (reader.VisibleState is null or "visible")
                {
                    if (Sheet(reader) is not { } grid)
                    {
                        return Broken(file, $"文件已损坏：第 {sheet} 个工作表的大小超出 .xls 的上限（{reader.RowCount} 行、{reader.FieldCount} 列）", $"the file is damaged: sheet {sheet} claims more rows or columns than an .xls holds ({reader.RowCount} rows, {reader.FieldCount} columns)");
                    }

                    lines.AddRange(grid.Lines());
                }
            }
            while (reader.NextResult());

            return new ImportSource(file, ProvenanceMethod.ImportedXls, [], lines, []);
        }
        catch (InvalidPasswordException)
        {
            return Broken(file, "文件已加密（设有打开密码），请取消密码后另存再导入", "the workbook is encrypted (it has a password to open): remove the password, save it, then import that");
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException or InvalidOperationException
            or ArgumentException or IndexOutOfRangeException or OverflowException or FormatException or DecoderFallbackException or NullReferenceException)
        {
            // ExcelDataReader reads the compound file and the BIFF records as they come: a damaged file fails anywhere in it.
            var (whereZh, whereEn) = sheet == 0 ? ("工作簿的开头", "the workbook's opening records") : ($"第 {sheet} 个工作表", $"sheet {sheet}");
            return Broken(file, $"文件已损坏或不完整，读到{whereZh}时出错（{e.Message}）", $"the file is damaged or incomplete; reading {whereEn} failed ({e.Message})");
        }
    }

    // The sheet's cells and merged ranges; null if its size is past what an .xls can hold (the reader would make every
    // row that wide).
    private static SheetGrid? Sheet(IExcelDataReader reader)
    {
        var cells = new Dictionary<(int Row, int Column), string>();
        var hiddenRows = new HashSet<int>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            if (reader.RowHeight == 0)
            {
                hiddenRows.Add(row);
            }

            if (reader.FieldCount > MaxColumns || reader.RowCount > MaxRows)
            {
                return null;
            }

            for (var column = 0; column < reader.FieldCount; column++)
            {
                if (TextOf(reader.GetValue(column)) is { Length: > 0 } text)
                {
                    cells[(row, column + 1)] = text;
                }
            }
        }

        var merges = (reader.MergeCells ?? []).Select(m => (m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1));
        var width = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Column);
        var hiddenColumns = Enumerable.Range(1, width).Where(c => reader.GetColumnWidth(c - 1) == 0).ToHashSet();
        return new SheetGrid(cells, merges, hiddenRows, hiddenColumns);
    }

    private static string TextOf(object? value) => value switch
    {
        null => "",
        string text => XlsxCells.TextOf(text),
        double number => XlsxCells.Number(number.ToString("R", CultureInfo.InvariantCulture)),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static ImportSource Broken(string file, string zh, string en) =>
        ImportSource.Unreadable(file, ProvenanceMethod.ImportedXls, " Excel 文件", "Excel file", zh, en);
}
