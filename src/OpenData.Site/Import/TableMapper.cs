using System.Globalization;

namespace OpenData.Site.Import;

/// <summary>Maps the table rows of a source onto a form: each row by its normalised label, each cell by its column header.</summary>
/// <remarks>
/// Repeated labels (（二）被依法纠错数 in both 四 and 五 of the old form) are taken in printed order. When the column headers
/// are missing, generic or garbled but the row is known and its number of cells fits, cells are mapped by position and a
/// D-COLPOS note says so. A value beside a heading row is an anomaly, never data. Rows that do not fit are errors with a line.
/// </remarks>
internal static class TableMapper
{
    public const string HeadingValueNote = "表格在标题行旁印有数值，该行不是统计指标，未作为数据 / a value printed beside a heading row, which is not an indicator; not taken as data";

    /// <summary>Normalised labels of a table's label-column header: a row starting with one is a header row.</summary>
    public static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal) { "项目", "信息内容", "统计指标", "类别", "指标名称", "指标", "序号" };

    public static MappedTables Map(ImportSource source, ImportLayout layout)
    {
        var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
        var anomalies = new List<Anomaly>();
        var findings = new List<Finding>();
        var flagged = new HashSet<LayoutRow>();
        var positional = new HashSet<LayoutTable>();
        var isOld = layout.Form.Id == Forms.National2014Id;
        var cursor = -1;
        List<string>? header = null;
        var previousWasHeader = false;
        var lastLine = source.Lines.Count > 0 ? source.Lines[^1].Number : 1;

        foreach (var row in source.Rows)
        {
            lastLine = row.Line;
            if (IsHeaderRow(row))
            {
                var cells = row.AllCells.ToList();
                header = previousWasHeader && header is not null && header.Count == cells.Count
                    ? [.. header.Zip(cells, (above, below) => above == below || below.Length == 0 ? above : above.Length == 0 ? below : $"{above} / {below}")]
                    : cells;
                previousWasHeader = true;
                continue;
            }

            previousWasHeader = false;
            var label = row.LastSegment;
            LayoutRow? target;
            IReadOnlyList<string> cellsRead;
            // A row without a label column (平潭 prints section 四 as one row of 15 numbers under its header); its first cell
            // is a number, or blank when the first value was not reported — then the row is as wide as the header above it.
            var unlabelled = CellText.Parse(label).Value is { IsBlank: false }
                || (label.Trim().Length == 0 && header is not null && header.Count == row.AllCells.Count && header.Count > 1);
            if (unlabelled)
            {
                cellsRead = row.AllCells;
                target = layout.Rows.FirstOrDefault(r => !r.IsHeader && r.Codes.Count == cellsRead.Count && r.Table.Rows.Count(x => !x.IsHeader) == 1
                    && header is not null && r.Table.MapHeader(header) is not null);
                if (target is null)
                {
                    findings.Add(Error("D-ROW", source, row.Line,
                        $"第 {row.Line} 行没有行标题，其 {cellsRead.Count} 个单元格无法对应到 {layout.Form.Id} 的任何一行",
                        $"the row at line {row.Line} has no label and its {cellsRead.Count} cells fit no row of {layout.Form.Id}"));
                    continue;
                }
            }
            else
            {
                var candidates = layout.Candidates(label);
                if (candidates.Count == 0)
                {
                    if (row.Cells.Any(c => CellText.Parse(c).Value is { IsBlank: false }))
                    {
                        findings.Add(Error("D-ROW", source, row.Line,
                            $"第 {row.Line} 行“{row.Label}”不是 {layout.Form.Id} 的行，却印有数值",
                            $"the row \"{row.Label}\" at line {row.Line} is not a row of {layout.Form.Id} but holds values"));
                    }

                    continue;
                }

                target = candidates.FirstOrDefault(c => c.Order > cursor) ?? candidates[0];
                cellsRead = row.Cells;
            }

            cursor = target.Order;
            if (cellsRead.Count == 0 && !target.IsHeader)
            {
                // A title printed as a row of its own (四、政府信息公开行政复议、行政诉讼情况 above its table); a data row
                // really left without cells is reported as missing once the table has been read.
                continue;
            }

            if (target.IsHeader)
            {
                // Only a number is a stray value; a unit printed beside a heading is not.
                foreach (var cell in row.Cells.Where(c => CellText.Parse(c).Value is { IsBlank: false }))
                {
                    anomalies.Add(new Anomaly(row.Label, cell, HeadingValueNote));
                }

                continue;
            }

            if (row.IsIncomplete)
            {
                flagged.Add(target);
                findings.Add(Error("D-TRUNC", source, row.Line,
                    $"表格在第 {row.Line} 行“{row.Label}”中途结束：这一行只有 {cellsRead.Count + 1} 格",
                    $"the table ends in the middle of the row \"{row.Label}\" at line {row.Line}: it has only {cellsRead.Count + 1} cells"));
                continue;
            }

            var expected = target.Codes.Count;
            var valueCells = TrimTrailingBlanks(cellsRead, isOld ? 2 : expected);
            string? printedUnit = null;
            if (isOld && valueCells.Count == 2)
            {
                printedUnit = valueCells[0];
                valueCells = [valueCells[1]];
            }

            if (valueCells.Count != expected)
            {
                flagged.Add(target);
                findings.Add(Error("D-CELLS", source, row.Line,
                    $"第 {row.Line} 行“{row.Label}”有 {valueCells.Count} 个数值单元格，{layout.Form.Id} 的“{target.Label}”应有 {expected} 个",
                    $"the row \"{row.Label}\" at line {row.Line} has {valueCells.Count} value cells; \"{target.Label}\" of {layout.Form.Id} has {expected}"));
                continue;
            }

            var map = isOld ? null : MapColumns(target.Table, header);
            if (!isOld && map is null && positional.Add(target.Table))
            {
                findings.Add(new Finding("D-COLPOS", Severity.Info,
                    $"第 {row.Line} 行起“{target.Table.Title}”的列标题缺失或无法识别，按位置对应各列（{string.Join("、", target.Table.ColumnLabels)}）",
                    $"from line {row.Line}, the column headers of \"{target.Table.Title}\" are missing or not recognised; columns are mapped by position ({string.Join(", ", target.Table.ColumnLabels)})")
                { File = source.File, Line = row.Line });
            }

            for (var i = 0; i < expected; i++)
            {
                var code = target.Codes[map?[i] ?? i];
                var (value, problem) = CellText.Parse(valueCells[i]);
                if (value is null)
                {
                    findings.Add(Error("D-VALUE", source, row.Line,
                        $"第 {row.Line} 行“{row.Label}”第 {i + 1} 个数值单元格{problem}",
                        $"value cell {i + 1} of the row \"{row.Label}\" at line {row.Line} is not a number: \"{valueCells[i]}\""));
                    continue;
                }

                // The old form prints a unit column; a unit other than the form's (元 for 万元) is kept with the value and noted.
                var formUnit = layout.Form.Find(code)?.Unit;
                if (printedUnit is { Length: > 0 } && formUnit is not null && !value.IsBlank && Labels.Normalize(printedUnit) != Labels.Normalize(formUnit))
                {
                    value = value with { Unit = printedUnit };
                    findings.Add(new Finding("D-UNIT", Severity.Warning,
                        $"第 {row.Line} 行“{row.Label}”印的单位是“{printedUnit}”，表格规定为“{formUnit}”；数值按原文保留并记下单位",
                        $"the row \"{row.Label}\" at line {row.Line} prints the unit \"{printedUnit}\" where the form has \"{formUnit}\"; the value is kept as published with its unit")
                    { File = source.File, Line = row.Line, Code = code });
                }

                if (!values.TryAdd(code, value))
                {
                    findings.Add(Error("D-ROW", source, row.Line,
                        $"第 {row.Line} 行再次给出了 {code}", $"line {row.Line} gives {code} a second time"));
                }
            }
        }

        CheckComplete(source, layout, values, flagged, lastLine, findings);
        return new MappedTables(values, anomalies, findings);
    }

    private static void CheckComplete(ImportSource source, ImportLayout layout, Dictionary<string, ReportValue> values, HashSet<LayoutRow> flagged, int lastLine, List<Finding> findings)
    {
        var missing = layout.Rows.Where(r => !r.IsHeader && !flagged.Contains(r) && r.Codes.Any(c => !values.ContainsKey(c))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var names = string.Join("、", missing.Take(3).Select(r => $"“{r.Label}”"));
        var more = missing.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" 等 {missing.Count} 行") : "";
        findings.Add(Error("D-TRUNC", source, lastLine,
            $"表格不完整：缺少 {names}{more}（表格在第 {lastLine} 行结束）",
            $"the table is incomplete: {missing.Count} row(s) of {layout.Form.Id} are missing, first {missing[0].Label} (the table ends at line {lastLine})"));
    }

    private static int[]? MapColumns(LayoutTable table, List<string>? header)
    {
        if (header is null)
        {
            return null;
        }

        // A caption wider than the table leaves blank header cells at the end.
        var count = table.ColumnLabels.Count;
        header = TrimTrailingBlanks(header, count + 1);
        return header.Count == count + 1 ? table.MapHeader(header.Skip(1).ToList())
            : header.Count == count ? table.MapHeader(header)
            : null;
    }

    private static List<string> TrimTrailingBlanks(IReadOnlyList<string> cells, int expected)
    {
        var list = cells.ToList();
        while (list.Count > expected && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    private static bool IsHeaderRow(SourceRow row)
    {
        var cells = row.AllCells;
        if (cells.Any(c => CellText.Parse(c).Value is { IsBlank: false }))
        {
            return false;
        }

        // Text where values belong: a row of column headers, even when its first cell is also a row label (行政复议).
        if (HeaderWords.Contains(Labels.Normalize(row.LastSegment)) || row.Cells.Count(c => CellText.Parse(c).Value is null) >= 2)
        {
            return true;
        }

        return cells.Count(c => c.Length > 0) >= 2 && !ImportLayout.IsKnownRowLabel(row.LastSegment);
    }

    private static Finding Error(string rule, ImportSource source, int line, string zh, string en) =>
        new(rule, Severity.Error, zh, en) { File = source.File, Line = line };
}
