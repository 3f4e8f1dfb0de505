using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Reads a text copy of a report: narrative lines, and table rows in any of the layouts published copies use.</summary>
/// <remarks>
/// Rows are recognised as <c>|</c>-separated cells (<c>| 规章 | 13 | 13 | 524 |</c>), as tab- or multi-space-separated cells,
/// or one cell per line ending in <c> |</c> (the 上高县 2017 copy), where the header's cells tell how many lines make a row.
/// Lines starting with <c># </c> are notes about the copy, not report text.
/// </remarks>
internal static partial class TextSourceReader
{
    public static ImportSource Read(string file, string text)
    {
        var notes = new List<SourceLine>();
        var lines = new List<SourceLine>();
        var problems = new List<Finding>();
        // A converter marks a page break with a form feed at the start of the page's first line (pdftotext).
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\f", "", StringComparison.Ordinal).Split('\n');
        var i = 0;
        while (i < raw.Length)
        {
            var number = i + 1;
            var line = TrimLine(raw[i]);
            var vertical = VerticalRun(raw, i);
            if (vertical > 0)
            {
                // A label printed one character a line (a merged cell's text, converted): read as the one line it is.
                line = string.Concat(raw.Skip(i).Take(vertical).Select(TrimLine));
                i += vertical - 1;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal) || line == "#")
            {
                notes.Add(new SourceLine(number, line.TrimStart('#').Trim()));
                i++;
            }
            else if (line.StartsWith('|'))
            {
                lines.Add(Row(number, SplitPipes(line)));
                i++;
            }
            else if (IsCellLine(line))
            {
                var start = i;
                while (i < raw.Length && IsCellLine(TrimLine(raw[i])))
                {
                    i++;
                }

                ReadCellPerLine(file, raw, start, i, lines, problems);
            }
            else if (SplitColumns(line) is { } cells)
            {
                i++;
                if (cells.Count == 1)
                {
                    // A label alone, its numbers one a line below it (text taken from a PDF cell by cell).
                    while (i < raw.Length && cells.Count <= MostCells && IsLoneNumber(TrimLine(raw[i])))
                    {
                        cells.Add(TrimLine(raw[i]));
                        i++;
                    }
                }

                lines.Add(Row(number, cells));
            }
            else if (LoneNumbers(raw, i) is >= 4 and <= MostCells and var run)
            {
                // Numbers one a line with no label above them: section 四's row, its header printed one cell a line.
                lines.Add(Row(number, [.. raw.Skip(i).Take(run).Select(TrimLine)]));
                i += run;
            }
            else
            {
                if (line.Length > 0)
                {
                    lines.Add(new SourceLine(number, line));
                }

                i++;
            }
        }

        return new ImportSource(file, ProvenanceMethod.ImportedText, notes, lines, problems);
    }

    // The widest row of any form (section 四, 15 cells).
    private const int MostCells = 15;

    private static bool IsLoneNumber(string line) => line.Length > 0 && !line.Contains(' ', StringComparison.Ordinal) && CellText.Parse(line).Value is { IsBlank: false };

    private static int LoneNumbers(string[] raw, int start)
    {
        var count = 0;
        while (start + count < raw.Length && IsLoneNumber(TrimLine(raw[start + count])))
        {
            count++;
        }

        return count;
    }

    // Three or more lines of one character (or a character and its punctuation) that join into a label of a form.
    private static int VerticalRun(string[] raw, int start)
    {
        var count = 0;
        while (start + count < raw.Length && TrimLine(raw[start + count]) is { Length: >= 1 and <= 2 } part && CellText.Parse(part).Value is null)
        {
            count++;
        }

        if (count < 3)
        {
            return 0;
        }

        // The longest run that reads as a label: the lines after it are the row's own.
        for (var take = count; take >= 3; take--)
        {
            var joined = string.Concat(raw.Skip(start).Take(take).Select(TrimLine));
            if (ImportLayout.IsKnownRowLabel(joined))
            {
                return take;
            }
        }

        return 0;
    }

    private static SourceLine Row(int number, IReadOnlyList<string> cells) =>
        new(number, string.Join(" | ", cells), new SourceRow(number, cells[0], [.. cells.Skip(1)]));

    private static string[] SplitPipes(string line)
    {
        var inner = line[1..];
        if (inner.EndsWith('|'))
        {
            inner = inner[..^1];
        }

        return [.. inner.Split('|').Select(Clean)];
    }

    private static bool IsCellLine(string line) => line.EndsWith('|') && !line.StartsWith('|') || line == "|";

    // The header cells come first; the first line naming a row (and not a column: 总计 is both) starts the data, so the
    // header's length is the row width.
    private static void ReadCellPerLine(string file, string[] raw, int start, int end, List<SourceLine> lines, List<Finding> problems)
    {
        // 其中： on a line of its own introduces the next rows; it is not a cell.
        var cells = Enumerable.Range(start, end - start).Select(i => (Line: i + 1, Text: Clean(TrimLine(raw[i])[..^1])))
            .Where(c => c.Text.Length == 0 || Labels.Normalize(c.Text).Length > 0)
            .ToList();
        var width = cells.FindIndex(c => ImportLayout.IsKnownRowLabel(c.Text) && !ImportLayout.IsKnownColumnLabel(c.Text));
        if (width <= 0)
        {
            problems.Add(new Finding("D-LAYOUT", Severity.Error,
                "每格一行的表格没有可识别的表头：无法确定每行的格数",
                "a one-cell-per-line table has no recognisable header: the number of cells per row is unknown")
            { File = file, Line = start + 1 });
            return;
        }

        for (var row = 0; row < cells.Count; row += width)
        {
            var chunk = cells.Skip(row).Take(width).ToList();
            var number = chunk[0].Line;
            var texts = chunk.Select(c => c.Text).ToList();
            lines.Add(new SourceLine(number, string.Join(" | ", texts),
                new SourceRow(number, texts[0], [.. texts.Skip(1)], IsIncomplete: chunk.Count < width)));
        }
    }

    // A tab-separated line is a row; so is a line of cells separated by two or more spaces, unless it reads as a sentence.
    private static List<string>? SplitColumns(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var cells = line.Split('\t').Select(Clean).ToList();
            return cells.Count >= 2 ? cells : null;
        }

        if (LabelThenNumbers(line) is { } labelled)
        {
            return labelled;
        }

        // A spaced row holds a number (the rest being blanks or units) or is a header; spaced-out prose is not a row.
        var parts = Spaces().Split(line).Select(Clean).ToList();
        var values = parts.Skip(1).Select(p => (Text: p, Value: CellText.Parse(p).Value)).ToList();
        var isData = values.Any(v => v.Value is { IsBlank: false }) && values.All(v => v.Value is not null || v.Text.Length <= 4);
        var isHeader = TableMapper.HeaderWords.Contains(Labels.Normalize(parts[0])) || parts.Count(ImportLayout.IsKnownColumnLabel) >= 2;
        var isRow = parts.Count >= 2 && !line.Contains('。', StringComparison.Ordinal) && (isData || isHeader);
        return isRow ? parts : null;
    }

    // “（七）总计 147 1 0 0 0 0 148”: a label the forms know, then numbers separated by single spaces (a converter's or
    // a crawler's copy). The label may hold spaces itself; every token after it must be a number.
    private static List<string>? LabelThenNumbers(string line)
    {
        var tokens = line.Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = 0;
        while (numbers < tokens.Length - 1 && CellText.Parse(tokens[^(numbers + 1)]).Value is { IsBlank: false })
        {
            numbers++;
        }

        if (numbers == tokens.Length - 1 && tokens.Length >= 4 && CellText.Parse(tokens[0]).Value is { IsBlank: false })
        {
            // A row of numbers alone: section 四 printed under its header, without a label column.
            return [.. tokens];
        }

        if (numbers == 0)
        {
            // A label of a row of values on a line of its own: its numbers are printed elsewhere (after all the labels, or
            // one per line below it). The old form's row left blank prints its unit alone (（三）其他情形数 件): a row too,
            // so that a label the form repeats (四's and 五's （三）其他情形数) is matched in order.
            if (tokens.Length >= 2 && ImportLayout.IsKnownUnit(tokens[^1]) && string.Join(" ", tokens[..^1]) is var labelled && ImportLayout.IsKnownDataRowLabel(labelled))
            {
                return [labelled, tokens[^1]];
            }

            return ImportLayout.IsKnownDataRowLabel(line) ? [line] : null;
        }

        var label = string.Join(" ", tokens[..^numbers]);
        // A label cut short (its end under the next page's repeated header) is read as the row it begins (TableMapper).
        if (ImportLayout.IsKnownRowLabel(label) || ImportLayout.All.Any(l => l.Beginning(label).Count > 0))
        {
            return [label, .. tokens[^numbers..]];
        }

        // The old form's unit column between the label and the number: “（一）收到申请数 件 7”.
        var withoutUnit = string.Join(" ", tokens[..^(numbers + 1)]);
        return tokens.Length - numbers >= 2 && ImportLayout.IsKnownUnit(tokens[^(numbers + 1)]) && ImportLayout.IsKnownRowLabel(withoutUnit)
            ? [withoutUnit, .. tokens[^(numbers + 1)..]]
            : null;
    }

    // Tabs are kept: trailing tabs are blank cells.
    private static string TrimLine(string line) => line.Trim(' ', '\u3000', '\uFEFF', '\u00A0', '\r');

    private static string Clean(string cell) => cell.Trim().Trim('\u00A0', '\u3000').Trim();

    [GeneratedRegex(@"(?:\s{2,}|\u3000+)", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
