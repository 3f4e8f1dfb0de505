using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Site.Import;

/// <summary>One worksheet of an .xlsx workbook as a grid of cell texts with its merged ranges.</summary>
internal static partial class XlsxSheet
{
    public static SheetGrid Read(Worksheet worksheet, IReadOnlyList<string> strings)
    {
        var cells = new Dictionary<(int Row, int Column), string>();
        var rowNumber = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            // Row and cell references are optional in the file format: without them, rows and cells follow one another.
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
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

        return new SheetGrid(cells, merges);
    }

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
