using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Site.Import;

/// <summary>One worksheet as a grid of cell texts with its merged ranges, turned into text lines and table rows.</summary>
internal sealed partial class XlsxSheet
{
    private readonly Dictionary<(int Row, int Column), string> _cells;
    private readonly List<(int Top, int Left, int Bottom, int Right)> _merges;

    private XlsxSheet(Dictionary<(int Row, int Column), string> cells, List<(int Top, int Left, int Bottom, int Right)> merges)
    {
        _cells = cells;
        _merges = merges;
    }

    public static XlsxSheet Read(Worksheet worksheet, IReadOnlyList<string> strings)
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

        return new XlsxSheet(cells, merges);
    }

    /// <summary>Text lines and table rows, block by block (blocks are separated by blank rows).</summary>
    public IEnumerable<SourceLine> Lines()
    {
        var shown = Expand();
        if (shown.Count == 0)
        {
            yield break;
        }

        var rows = shown.Keys.Select(k => k.Row).Distinct().Order().ToList();
        var block = new List<int>();
        foreach (var row in rows.Append(int.MaxValue))
        {
            if (block.Count > 0 && row != block[^1] + 1)
            {
                foreach (var line in BlockLines(block, shown))
                {
                    yield return line;
                }

                block.Clear();
            }

            block.Add(row);
        }
    }

    // Every cell as printed: a merged range's text in each cell it covers.
    private Dictionary<(int Row, int Column), string> Expand()
    {
        var shown = new Dictionary<(int Row, int Column), string>(_cells);
        foreach (var (top, left, bottom, right) in _merges)
        {
            var text = _cells.GetValueOrDefault((top, left), "");
            for (var r = top; r <= bottom; r++)
            {
                for (var c = left; c <= right; c++)
                {
                    if (text.Length > 0)
                    {
                        shown[(r, c)] = text;
                    }
                    else
                    {
                        shown.Remove((r, c));
                    }
                }
            }
        }

        return shown;
    }

    private IEnumerable<SourceLine> BlockLines(List<int> block, Dictionary<(int Row, int Column), string> shown)
    {
        var start = 0;
        while (start < block.Count && RowTexts(block[start], shown) is [var only] && CellText.Parse(only).Value is null)
        {
            yield return new SourceLine(block[start], only);
            start++;
        }

        var tableRows = block.Skip(start).ToList();
        if (tableRows.Count == 0)
        {
            yield break;
        }

        var columns = shown.Keys.Where(k => k.Row >= tableRows[0] && k.Row <= tableRows[^1]).Select(k => k.Column).ToList();
        var (left, right) = (columns.Min(), columns.Max());
        var gridRows = new List<GridRow>();
        foreach (var row in tableRows)
        {
            var cells = new List<GridCell>();
            for (var column = left; column <= right; column++)
            {
                var merge = _merges.FirstOrDefault(m => m.Top <= row && row <= m.Bottom && m.Left <= column && column <= m.Right);
                var isMerged = merge != default;
                if (!isMerged || merge.Top < tableRows[0] || merge.Left < left)
                {
                    // A range that starts above the table or left of it is printed here as plain cells.
                    cells.Add(new GridCell(shown.GetValueOrDefault((row, column), "")));
                }
                else if (merge.Top == row && merge.Left == column)
                {
                    cells.Add(new GridCell(shown.GetValueOrDefault((row, column), ""), merge.Bottom - merge.Top + 1, Math.Min(merge.Right, right) - merge.Left + 1));
                }
            }

            gridRows.Add(new GridRow(row, cells));
        }

        foreach (var line in TableGrid.ToLines(gridRows))
        {
            yield return line;
        }
    }

    private static List<string> RowTexts(int row, Dictionary<(int Row, int Column), string> shown) =>
        [.. shown.Where(p => p.Key.Row == row).OrderBy(p => p.Key.Column).Select(p => p.Value).Distinct(StringComparer.Ordinal)];

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
