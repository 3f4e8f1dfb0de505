using System.Globalization;

namespace OpenData.Site.Import;

/// <summary>Maps the table rows of a source onto a form: each row by its normalised label, each cell by its column header.</summary>
/// <remarks>
/// Repeated labels (（二）被依法纠错数 in both 四 and 五 of the old form) are taken in printed order. When the column headers
/// are missing, generic or garbled but the row is known and its number of cells fits, cells are mapped by position and a
/// D-COLPOS note says so. A value beside a heading row is an anomaly, never data. A row that does not fit, a cell that is not
/// a number and a row the source does not print leave their cells blank with an <see cref="ImportFinding"/> naming the line
/// and the text read: what is certain is imported, nothing is guessed.
/// </remarks>
internal static class TableMapper
{
    private static readonly char[] GroupSeparators = [':', '：', '—', '-', '/', ' ', '\u3000'];

    public const string MergedRowNote = "按旧表式印成一行的数值，无法分配到新表式的子行，未作为数据 / figures printed as one row in the older form's layout; they cannot be assigned to the new form's sub-rows and are not taken as data";

    public const string ExtraColumnNote = "表格印有表式没有的列，其数值不作为数据 / a column the form does not have; its figures are not taken as data";

    public const string HeadingValueNote = "表格在标题行旁印有数值，该行不是统计指标，未作为数据 / a value printed beside a heading row, which is not an indicator; not taken as data";

    /// <summary>Normalised labels of a table's label-column header: a row starting with one is a header row.</summary>
    public static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal) { "项目", "信息内容", "统计指标", "类别", "指标名称", "指标", "序号" };

    public static MappedTables Map(ImportSource source, ImportLayout layout)
    {
        var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
        var anomalies = new List<Anomaly>();
        var findings = new List<Finding>();
        var unsure = new List<ImportFinding>();
        var flagged = new HashSet<LayoutRow>();
        var positional = new HashSet<LayoutTable>();
        var extraNoted = new HashSet<LayoutTable>();
        var printedEmpty = new Dictionary<LayoutRow, int>();
        var cursor = -1;
        List<string>? header = null;
        string? turnedGroup = null;
        var previousWasHeader = false;
        var lastLine = source.Lines.Count > 0 ? source.Lines[^1].Number : 1;

        var rows = DetachedLabels.Pair(WrappedLabels.Join(source.Lines, layout), layout);
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            lastLine = row.Line;
            var turned = TurnedTable.Read(layout, row, header, turnedGroup);
            if (turned is null && IsHeaderRow(row))
            {
                turnedGroup = null;
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
            int[]? partMap = null;
            // A turned table's rows that print their outcome alone take the group of the rows before them.
            turnedGroup = turned is null ? null : turned.Value.Group ?? turnedGroup;
            // A row without a label column (平潭 prints section 四 as one row of 15 numbers under its header); its first cell
            // is a number, or blank when the first value was not reported — then the row is as wide as the header above it.
            // Or its first cell blank and every cell a figure or blank, as wide as a one-row table of the form (under a header
            // of fewer cells: section 四's outcomes over the two kinds of suit only, as a browser copies the merged header).
            var unlabelled = turned is null
                && (CellText.Parse(label).Value is { IsBlank: false }
                    || (label.Trim().Length == 0 && header is not null && header.Count == row.AllCells.Count && header.Count > 1)
                    || (label.Trim().Length == 0 && row.Cells.All(c => CellText.Parse(c).Value is not null) && NumberCells(row.Cells) > 0
                        && layout.Rows.Any(r => !r.IsHeader && r.Codes.Count == row.AllCells.Count && r.Table.Rows.Count(x => !x.IsHeader) == 1)));
            if (turned is { } turnedRow)
            {
                (target, partMap, cellsRead) = (turnedRow.Row, turnedRow.Map, turnedRow.Figures);
            }
            else if (unlabelled)
            {
                // A blank cell past the last column a row of the form can have: a header cell split in two (总 | 计, spread
                // across its cell) made one column more.
                cellsRead = TrimTrailingBlanks(row.AllCells, layout.Rows.Select(r => r.Codes.Count).Where(w => w <= row.AllCells.Count).DefaultIfEmpty(row.AllCells.Count).Max());
                target = layout.Rows.FirstOrDefault(r => !r.IsHeader && r.Codes.Count == cellsRead.Count && r.Table.Rows.Count(x => !x.IsHeader) == 1
                    && header is not null && r.Table.MapHeader(header) is not null);
                target ??= GroupRow(source, row, layout, cellsRead.Count);
                // Without a header the width alone decides, when one table of the form is one row of that many cells.
                target ??= layout.Rows.Where(r => !r.IsHeader && r.Codes.Count == cellsRead.Count && r.Table.Rows.Count(x => !x.IsHeader) == 1).ToList() is [var only] ? only : null;
                if (target is null && PartRow(layout, header, cellsRead.Count) is { } part)
                {
                    (target, partMap) = part;
                }

                if (target is null && !cellsRead.Any(c => CellText.Parse(c).Value is { IsBlank: false }))
                {
                    // Words without a label or a number: a column header's pieces (法人或其他组织's 社会公益 over 组织).
                    continue;
                }

                if (target is null)
                {
                    unsure.Add(Unsure("D-ROW", source, row, [],
                        $"第 {row.Line} 行没有行标题，其 {cellsRead.Count} 个单元格无法对应到 {layout.Form.Id} 的任何一行，未导入",
                        $"the row at line {row.Line} has no label and its {cellsRead.Count} cells fit no row of {layout.Form.Id}; not imported"));
                    continue;
                }
            }
            else
            {
                var candidates = layout.Candidates(label);
                if (candidates.Count == 0 && row.Cells.Any(c => CellText.Parse(c).Value is { IsBlank: false }))
                {
                    // A row of values whose label was cut short: the one row its beginning names.
                    candidates = layout.Beginning(label);
                }

                if (candidates.Count == 0 && Resembled(layout, rows, index, cursor, values) is { } resembled)
                {
                    // A label printed with a slip (本机关不掌握相关的政府信息) where the form's one unread row stands.
                    candidates = [resembled];
                    findings.Add(new Finding("D-LABEL", Severity.Info,
                        $"第 {row.Line} 行“{row.Label}”与表式的行标题不同，按其位置和文字读作“{resembled.Label}”",
                        $"the row \"{row.Label}\" at line {row.Line} differs from the form's labels; by its place and wording it is read as \"{resembled.Label}\"")
                    { File = source.File, Line = row.Line, Code = resembled.Codes[0] });
                }

                if (candidates.Count == 0)
                {
                    if (row.Cells.Any(c => CellText.Parse(c).Value is { IsBlank: false }))
                    {
                        unsure.Add(Unsure("D-ROW", source, row, [],
                            $"第 {row.Line} 行“{row.Label}”不是 {layout.Form.Id} 的行，却印有数值，未导入",
                            $"the row \"{row.Label}\" at line {row.Line} is not a row of {layout.Form.Id} but holds values; not imported"));
                    }

                    continue;
                }

                target = candidates.FirstOrDefault(c => c.Order > cursor) ?? candidates[0];
                cellsRead = row.Cells;
            }

            cursor = target.Order;
            if (cellsRead.Count == 0 && !target.IsHeader)
            {
                // A title printed as a row of its own (四、政府信息公开行政复议、行政诉讼情况 above its table), or a heading of
                // section 四's second shape (行政复议), names no row. A data row printed without cells is reported as such
                // once the table has been read.
                if (Labels.Normalize(target.Label) != Labels.Normalize(target.Table.Title) && layout.Tables.Count(t => t.Title == target.Table.Title) == 1)
                {
                    printedEmpty.TryAdd(target, row.Line);
                }

                continue;
            }

            if (target.IsHeader && !target.Table.HasUnitColumn && row.Cells.Any(c => CellText.Parse(c).Value is { IsBlank: false }) && ChildRows(layout, target) is { Count: > 0 } children && NumberCells(row.Cells) == children[0].Codes.Count)
            {
                // A 2021 report printing （六）其他处理 as the one row of the 2019 form: which sub-row the figures belong to is
                // not printed, so the sub-rows stay blank and the figures are kept as printed.
                foreach (var child in children)
                {
                    flagged.Add(child);
                }

                anomalies.Add(new Anomaly(row.Label, string.Join(" | ", row.Cells), MergedRowNote));
                unsure.Add(Unsure("D-LAYOUT", source, row, [.. children.SelectMany(c => c.Codes)],
                    $"第 {row.Line} 行“{row.Label}”按旧表式印成一行，而 {layout.Form.Id} 分为 {children.Count} 个子行（{string.Join("、", children.Select(c => c.Label))}）：无法确定数值属于哪个子行，子行留空，原文数值记为异常",
                    $"the row \"{row.Label}\" at line {row.Line} is printed as one row, as the older form did; {layout.Form.Id} splits it into {children.Count} sub-rows, so which sub-row the figures belong to is unknown: the sub-rows are left blank and the printed figures kept as an anomaly"));
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
                unsure.Add(Unsure("D-TRUNC", source, row, target.Codes,
                    $"表格在第 {row.Line} 行“{row.Label}”中途结束：这一行只有 {cellsRead.Count + 1} 格，其数值留空",
                    $"the table ends in the middle of the row \"{row.Label}\" at line {row.Line}: it has only {cellsRead.Count + 1} cells, which are left blank"));
                continue;
            }

            var hasUnit = target.Table.HasUnitColumn;
            // A table that prints columns the form does not have (a 小计 of 法人或其他组织) beside every column it has, each
            // named in the header: the form's columns are read by their headers, the others kept as printed.
            var wide = hasUnit ? null : WideColumns(target.Table, header);
            var expected = wide?.Map.Length ?? partMap?.Length ?? target.Codes.Count;
            var valueCells = TrimTrailingBlanks(cellsRead, hasUnit ? expected + 1 : expected);
            string? printedUnit = null;
            if (hasUnit && valueCells.Count == expected + 1)
            {
                printedUnit = valueCells[0];
                valueCells = valueCells[1..];
            }
            else if (hasUnit && valueCells.Count is > 0 && valueCells.Count <= expected && ImportLayout.IsKnownUnit(valueCells[0]))
            {
                // The unit alone: every value was left blank. The unit and fewer values than columns (福建's 条 20974 under
                // 本年度 | 历年累计, a blank printed as nothing) does not say which was blank: the count check leaves it.
                printedUnit = valueCells[0];
                valueCells = valueCells.Count == 1 ? [.. Enumerable.Repeat("", expected)] : valueCells[1..];
            }

            if (valueCells.Count < expected && ZerosApart(valueCells) is { } apart && apart.Count == expected)
            {
                valueCells = apart;
            }

            // A row with a unit column has one value: nothing to map.
            var map = hasUnit ? null : wide?.Map ?? partMap ?? MapColumns(target.Table, header);
            if (!hasUnit && map is null && ForeignColumns(layout, target.Table, header) is { Count: > 0 } foreign)
            {
                // The table printed is another form's (the 2019 form's 本年新制作数量, 本年新公开数量, 对外公开总数量 over a
                // 2021 report's 规章 row): its columns mean other things, so none of its values is read by position.
                flagged.Add(target);
                unsure.Add(Unsure("D-COLUMNS", source, row, target.Codes,
                    $"第 {row.Line} 行“{row.Label}”印在另一种表式的列下（{string.Join("、", foreign)}），{layout.Form.Id} 的“{target.Table.Title}”的列是 {string.Join("、", target.Table.ColumnLabels)}：各列含义不同，这一行留空",
                    $"the row \"{row.Label}\" at line {row.Line} is printed under another form's columns ({string.Join(", ", foreign)}); the columns of \"{target.Table.Title}\" in {layout.Form.Id} are {string.Join(", ", target.Table.ColumnLabels)}: they mean other things, so the row is left blank"));
                continue;
            }

            if (valueCells.Count != expected)
            {
                flagged.Add(target);
                unsure.Add(Unsure("D-CELLS", source, row, target.Codes,
                    $"第 {row.Line} 行“{row.Label}”有 {valueCells.Count} 个数值单元格，{layout.Form.Id} 的“{target.Label}”应有 {expected} 个：无法确定各数值所在的列，这一行留空",
                    $"the row \"{row.Label}\" at line {row.Line} has {valueCells.Count} value cells; \"{target.Label}\" of {layout.Form.Id} has {expected}: which column each belongs to is unknown, so the row is left blank"));
                continue;
            }

            if (!hasUnit && map is null && positional.Add(target.Table))
            {
                findings.Add(new Finding("D-COLPOS", Severity.Info,
                    $"第 {row.Line} 行起“{target.Table.Title}”的列标题缺失或无法识别，按位置对应各列（{string.Join("、", target.Table.ColumnLabels)}）",
                    $"from line {row.Line}, the column headers of \"{target.Table.Title}\" are missing or not recognised; columns are mapped by position ({string.Join(", ", target.Table.ColumnLabels)})")
                { File = source.File, Line = row.Line });
            }

            if (wide is { } printed && extraNoted.Add(target.Table))
            {
                var extra = string.Join("、", printed.Headers.Where((_, i) => printed.Map[i] < 0));
                findings.Add(new Finding("D-EXTRA", Severity.Info,
                    $"第 {row.Line} 行起“{target.Table.Title}”印有 {layout.Form.Id} 没有的列（{extra}）：其数值按原文记为异常，不作为数据；其余各列按列标题读取",
                    $"from line {row.Line}, \"{target.Table.Title}\" prints columns {layout.Form.Id} does not have ({extra.Replace("、", ", ", StringComparison.Ordinal)}): their figures are kept as anomalies, not data; the other columns are read by their headers")
                { File = source.File, Line = row.Line });
            }

            for (var i = 0; i < expected; i++)
            {
                if (map?[i] is < 0)
                {
                    if (CellText.Parse(valueCells[i]).Value is { IsBlank: false })
                    {
                        anomalies.Add(new Anomaly($"{row.Label} / {wide!.Value.Headers[i]}", valueCells[i], ExtraColumnNote));
                    }

                    continue;
                }

                var code = target.Codes[map?[i] ?? i];
                var (value, problem) = CellText.Parse(valueCells[i]);
                if (value is null)
                {
                    unsure.Add(Unsure("D-VALUE", source, row, [code],
                        $"第 {row.Line} 行“{row.Label}”第 {i + 1} 个数值单元格{problem}，留空",
                        $"value cell {i + 1} of the row \"{row.Label}\" at line {row.Line} is not a number: \"{valueCells[i]}\"; left blank") with
                    { Evidence = valueCells[i] });
                    values.TryAdd(code, ReportValue.Blank);
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

                if (!values.TryAdd(code, value) && values[code] != value)
                {
                    unsure.Add(Unsure("D-TWICE", source, row, [code],
                        $"第 {row.Line} 行再次给出了 {code}，与前面的数值（{values[code].Raw ?? values[code].Number?.ToString(CultureInfo.InvariantCulture) ?? "空白"}）不同：两者都不取，留空",
                        $"line {row.Line} gives {code} a second time, different from the first ({values[code].Raw ?? values[code].Number?.ToString(CultureInfo.InvariantCulture) ?? "blank"}): neither is taken; left blank"));
                    values[code] = ReportValue.Blank;
                }
            }
        }

        CheckComplete(layout, values, flagged, printedEmpty, lastLine, unsure);
        return new MappedTables(values, anomalies, findings, unsure);
    }

    // A row the source does not print at all, or prints without a value (a copy that dropped its blank cells, or its
    // numbers), is left blank and named, one finding a row, so each cell shows why it is blank.
    private static void CheckComplete(ImportLayout layout, Dictionary<string, ReportValue> values, HashSet<LayoutRow> flagged, Dictionary<LayoutRow, int> printedEmpty, int lastLine, List<ImportFinding> unsure)
    {
        var missing = layout.Rows.Where(r => !r.IsHeader && !flagged.Contains(r) && r.Codes.Any(c => !values.ContainsKey(c))).ToList();
        foreach (var row in missing)
        {
            unsure.Add(printedEmpty.TryGetValue(row, out var line)
                ? new ImportFinding("D-MISSING",
                    $"第 {line} 行印有“{row.Label}”这一行，但没有数值（{row.Table.Title}），其数值留空",
                    $"the row \"{row.Label}\" ({row.Table.Title}) is printed at line {line} without any value; its cells are left blank")
                {
                    Code = row.Codes[0],
                    Codes = row.Codes,
                    Line = line,
                }
                : new ImportFinding("D-MISSING",
                    $"在原文中没有找到“{row.Label}”这一行（{row.Table.Title}；表格在第 {lastLine} 行结束），其数值留空",
                    $"the row \"{row.Label}\" ({row.Table.Title}) was not found in the source (the tables end at line {lastLine}); its cells are left blank")
                {
                    Code = row.Codes[0],
                    Codes = row.Codes,
                });
        }
    }

    // The one row of values the form has between the rows read before and after this one, still unread, when the printed
    // label is that row's with a character or two more or fewer (<see cref="ImportLayout.Resembles"/>).
    private static LayoutRow? Resembled(ImportLayout layout, List<SourceRow> rows, int index, int cursor, Dictionary<string, ReportValue> values)
    {
        var next = rows.Skip(index + 1).Select(r => layout.Candidates(r.LastSegment).FirstOrDefault(c => c.Order > cursor)).FirstOrDefault(c => c is not null);
        var previous = layout.Rows.FirstOrDefault(r => r.Order == cursor);
        var gap = layout.Rows.Where(r => !r.IsHeader && r.Order > cursor && (next is null || r.Order < next.Order)
            && (r.Table == previous?.Table || r.Table == next?.Table) && !r.Codes.Any(values.ContainsKey)).ToList();
        return gap is [var only] && ImportLayout.Resembles(rows[index].LastSegment, only) ? only : null;
    }

    // Section 四 printed as two tables (行政复议's five columns, then 行政诉讼's ten under headers naming their kind of suit):
    // a row of figures under a header that names some columns of a one-row table, each once, is those columns.
    private static (LayoutRow Row, int[] Map)? PartRow(ImportLayout layout, List<string>? header, int cells)
    {
        if (header is null || header.Count != cells)
        {
            return null;
        }

        var named = layout.Rows.Where(r => !r.IsHeader && r.Codes.Count > cells && r.Table.Rows.Count(x => !x.IsHeader) == 1)
            .Select(r => (Row: r, Map: header.Select(r.Table.ColumnOf).ToArray()))
            .Where(p => p.Map.All(i => i >= 0) && p.Map.Distinct().Count() == p.Map.Length)
            .ToList();
        return named is [var only] ? only : null;
    }

    // Section 四 printed as three small tables, each under its heading (行政复议, 未经复议直接起诉, 复议后起诉): a row of
    // numbers without a label belongs to the group the text just above it names.
    private static LayoutRow? GroupRow(ImportSource source, SourceRow row, ImportLayout layout, int cells)
    {
        var index = source.Lines.ToList().FindIndex(l => l.Row == row);
        for (var i = index - 1; i >= 0 && i >= index - 4; i--)
        {
            // A row of values above is a row of its own: the group's heading is not further up.
            if (source.Lines[i].Row is { } filled && filled.Cells.Any(c => CellText.Parse(c).Value is { IsBlank: false }))
            {
                return null;
            }

            var text = source.Lines[i].Row is { } above ? above.LastSegment : source.Lines[i].Text;
            // “行政诉讼：未经复议直接起诉” names its group after the heading above it. Only a group of section 四 in its
            // shape of three small tables: 总计 at the end of a header line above 15 numbers with blanks is no row.
            var match = new[] { text, text.Split(GroupSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "" }
                .SelectMany(layout.Candidates).FirstOrDefault(r => !r.IsHeader && r.Codes.Count == cells && r.Table.IsGroupedLayout);
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private static List<LayoutRow> ChildRows(ImportLayout layout, LayoutRow heading)
    {
        var rows = heading.Table.Rows;
        var start = rows.IndexOf(heading);
        var form = layout.Form.Tables.FirstOrDefault(t => t.Title == heading.Table.Title);
        var depth = form?.Rows.FirstOrDefault(r => r.Label == heading.Label)?.Depth;
        var children = new List<LayoutRow>();
        for (var i = start + 1; i < rows.Count && depth is not null; i++)
        {
            var rowDepth = form!.Rows.FirstOrDefault(r => r.Label == rows[i].Label)?.Depth;
            if (rowDepth is null || rowDepth <= depth || rows[i].IsHeader)
            {
                break;
            }

            children.Add(rows[i]);
        }

        return children.Count > 0 && children.All(c => c.Codes.Count == children[0].Codes.Count) ? children : [];
    }

    // Zeros a copy ran into their neighbours (“000” for 0, 0, 0; “012” for 0, 12): a number printed with digits after a
    // leading 0 is no number, so each leading 0 is a cell of its own. Null when no cell has one.
    private static List<string>? ZerosApart(List<string> cells)
    {
        var apart = new List<string>(cells.Count);
        foreach (var cell in cells)
        {
            var rest = cell.Trim();
            if (rest.Length < 2 || rest[0] != '0' || !rest.All(char.IsAsciiDigit))
            {
                apart.Add(cell);
                continue;
            }

            while (rest.Length > 1 && rest[0] == '0')
            {
                apart.Add("0");
                rest = rest[1..];
            }

            apart.Add(rest);
        }

        return apart.Count == cells.Count ? null : apart;
    }

    private static int NumberCells(IReadOnlyList<string> cells) =>
        TrimTrailingBlanks(cells, 0).Count(c => CellText.Parse(c).Value is not null);

    private static ImportFinding Unsure(string rule, ImportSource source, SourceRow row, IReadOnlyList<string> codes, string zh, string en) =>
        new(rule, zh, en)
        {
            Code = codes.Count > 0 ? codes[0] : null,
            Codes = codes,
            Line = row.Line,
            Page = source.Lines.FirstOrDefault(l => l.Row == row)?.Page,
            Evidence = string.Join(" | ", row.AllCells),
        };

    private static int[]? MapColumns(LayoutTable table, List<string>? header) =>
        header is not null && OverColumns(table, header) is var over && over.Count == table.ColumnLabels.Count ? table.MapHeader(over) : null;

    // The header cells over the table's value columns: without the label column's cell when the header has one more cell
    // than the table has columns. A caption wider than the table leaves blank header cells at the end, which are dropped.
    private static List<string> OverColumns(LayoutTable table, List<string> header)
    {
        var count = table.ColumnLabels.Count;
        var cells = TrimTrailingBlanks(header, count + 1);
        return cells.Count == count + 1 ? cells.Skip(1).ToList() : cells;
    }

    // The header's value columns when they name every column of the table once and more besides (小计), each extra one
    // named too: which printed column is which form column, -1 for an extra one. Otherwise null.
    private static (int[] Map, List<string> Headers)? WideColumns(LayoutTable table, List<string>? header)
    {
        if (header is null)
        {
            return null;
        }

        var count = table.ColumnLabels.Count;
        var cells = TrimTrailingBlanks(header, 0);
        var values = cells.Count > 0 && table.ColumnOf(cells[0]) < 0 ? cells.Skip(1).ToList() : cells;
        var map = values.Select(table.ColumnOf).ToArray();
        var found = map.Where(i => i >= 0).ToList();
        return values.Count > count && found.Count == count && found.Distinct().Count() == count
            && values.Where((_, i) => map[i] < 0).All(c => c.Trim().Length > 0 && !ImportLayout.IsKnownColumnLabel(c))
            ? (map, values)
            : null;
    }

    // The header cells that name a column of another form's table and of none of this form's, where they stand over a column
    // of another meaning: 本年新公开数量 over 本年废止件数, not 处理决定数量 over 本年处理决定数量.
    private static List<string> ForeignColumns(ImportLayout layout, LayoutTable table, List<string>? header)
    {
        if (header is null)
        {
            return [];
        }

        var count = table.ColumnLabels.Count;
        var over = OverColumns(table, header);
        bool SameMeaning(string cell, int i) =>
            over.Count == count && Labels.Normalize(table.ColumnLabels[i].Split(" / ")[^1]).Contains(Labels.Normalize(cell), StringComparison.Ordinal);
        return [.. over.Where((c, i) => c.Length > 0 && !layout.NamesColumn(c) && ImportLayout.IsKnownColumnLabel(c) && !SameMeaning(c, i))];
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

        // A row label, then a column's heading (行政复议 | 行政诉讼, the top row of section 四's header as Word copies it).
        return cells.Count(c => c.Length > 0) >= 2 && (!ImportLayout.IsKnownRowLabel(row.LastSegment) || row.Cells.Any(ImportLayout.IsColumnHeading));
    }
}
