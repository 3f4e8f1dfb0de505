using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Site.Import;

/// <summary>One worksheet of an .xlsx workbook as a grid of cell texts with its merged ranges.</summary>
/// <remarks>Its hidden rows and columns go to <see cref="SheetGrid"/>, which leaves them out.</remarks>
internal static partial class XlsxSheet
{
    public static SheetGrid Read(Worksheet worksheet, IReadOnlyList<string> strings)
    {
        var cells = new Dictionary<(int Row, int Column), string>();
        var hiddenRows = new HashSet<int>();
        var rowNumber = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            // Row and cell references are optional in the file format: without them, rows and cells follow one another.
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            if (row.Hidden?.Value == true)
            {
                hiddenRows.Add(rowNumber);
            }

            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference && Parse(reference) is { } at ? at.Column : column + 1;
                if (XlsxCells.TextOf(cell, strings) is { Length: > 0 } text)
                {
                    cells[(rowNumber, column)] = text;
                }
            }
        }

        var merges = new List<(int, int, int, int)>();
        foreach (var merge in worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
        {
            if (merge.Reference?.Value?.Split(':') is [var from, var to] && Parse(from) is { } a && Parse(to) is { } b)
            {
                merges.Add((Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)));
            }
        }

        return new SheetGrid(cells, merges, hiddenRows, HiddenColumns(worksheet));
    }

    // The hidden columns' numbers (a range may run to the sheet's last column, 16384).
    private static HashSet<int> HiddenColumns(Worksheet worksheet) =>
        [.. worksheet.Elements<Columns>().SelectMany(c => c.Elements<Column>())
            .Where(c => c.Hidden?.Value == true && c.Min?.Value is > 0 && c.Max?.Value is > 0)
            .SelectMany(c => Enumerable.Range((int)c.Min!.Value, (int)Math.Min(16384, c.Max!.Value) - (int)c.Min.Value + 1))];

    private static (int Row, int Column)? Parse(string reference)
    {
        var match = Reference().Match(reference);
        if (!match.Success)
        {
            return null;
        }

        var column = 0;
        foreach (var letter in match.Groups["column"].Value.ToUpperInvariant())
        {
            column = (column * 26) + (letter - 'A' + 1);
        }

        return (int.Parse(match.Groups["row"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture), column);
    }

    [GeneratedRegex(@"^\$?(?<column>[A-Za-z]{1,3})\$?(?<row>\d{1,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
