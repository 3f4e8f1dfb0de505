using System.Globalization;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>Reads the form's tables from text whose cells lost their separators (a crawl's copy: “一、本年新收政府信息公开申请数量 713000074”).</summary>
/// <remarks>
/// Driven by the form, never by one sample's shape: each table is found by its printed title, each row by its printed label
/// in form order, and the digits after a label are that row's cells run together. Every cut of the digits into the row's
/// cells is tried; the form's printed identities (row totals, column sums, 新收 + 上年结转 = 总计 + 结转下年度) are solved over
/// all rows together, and a cell is taken only when every solution gives it the same value. A row with several readings
/// stays blank with a D-UNSURE finding listing them; nothing is guessed.
/// </remarks>
internal static class FlatTables
{
    private const int MostCandidatesShown = 5;

    /// <summary>The rows of the form found in the source's text, or an empty list when none is.</summary>
    public static List<FlatRow> Find(ImportSource source, Form form)
    {
        var text = new FlatText(source.Lines.Where(l => l.Row is null));
        var stated = NarrativeFigures.Of(source, form);
        var rows = new List<FlatRow>();
        var cursor = 0;
        foreach (var table in form.Tables)
        {
            var titleEnd = text.FindEnd(FlatText.KeyOf(table.Title), cursor, -1, SlipsIn(table.Title));
            if (titleEnd < 0)
            {
                continue;
            }

            cursor = titleEnd;
            var limit = NextAnchor(text, form, table, cursor);
            var single = table.Rows.Count(r => !r.IsHeader) == 1;
            var found = new List<(FormRow Row, int Start, int End)>();
            foreach (var row in table.Rows.Where(r => !single || !r.IsHeader))
            {
                var key = FlatText.KeyOf(row.Label);
                var at = row.Label == table.Title ? -1 : text.Key.IndexOf(key, cursor, StringComparison.Ordinal);
                if (at >= 0 && (limit < 0 || at < limit))
                {
                    found.Add((row, at, at + key.Length));
                    cursor = at + key.Length;
                }
                else if (single)
                {
                    // A table of one row (section 四) may print no label of its own: its digits are the first after the header.
                    found.Add((row, cursor, cursor));
                }
            }

            var tableEnd = limit < 0 ? text.Run.Length : text.RunIndex(limit);
            for (var i = 0; i < found.Count; i++)
            {
                var (row, _, end) = found[i];
                if (row.IsHeader)
                {
                    continue;
                }

                // A row's digits end where the next label starts: “…00000002.其他法律…” keeps the 2 with its label.
                var stop = i + 1 < found.Count ? text.RunIndex(found[i + 1].Start) : tableEnd;
                var start = text.RunIndex(end);
                if (single)
                {
                    start = FirstDigit(text.Run, start, stop);
                }
                else if (table.HasUnitColumn && row.Unit is { } unit)
                {
                    // The unit column runs in between: “主动公开文件数条346085376”. Another unit than the form's is not
                    // skipped, so the row's figures are not read in a unit they were not printed in.
                    start = AfterUnit(text.Run, start, stop, unit);
                }

                var digits = start < 0 ? "" : DigitsAt(text.Run[..stop], start);
                if (digits.Length == 0)
                {
                    continue;
                }

                var kinds = row.Cells.Select(c => form.Find(c)!.Kind).ToList();
                var cuts = CellSplits.Of(digits, kinds);
                var readings = cuts?.Where(r => FitsRules(form, row.Cells, r)).ToList();
                foreach (var (code, figure) in stated.Where(f => row.Cells.Contains(f.Key)))
                {
                    var cell = row.Cells.ToList().IndexOf(code);
                    if (readings?.Where(r => r[cell] == figure).ToList() is { Count: > 0 } agreeing)
                    {
                        readings = agreeing;
                    }
                }

                rows.Add(new FlatRow(row.Label, row.Cells, digits, text.LineAt(start), readings, cuts is [var printed] ? printed : null));
                cursor = Math.Max(cursor, end);
            }
        }

        return rows;
    }

    /// <summary>The form whose tables the source's text holds run together: the one with most rows found, the year deciding a tie.</summary>
    public static Form? Detect(ImportSource source, int? year)
    {
        var found = Forms.All.Select(f => (Form: f, Rows: Find(source, f).Count(r => r.Readings is { Count: > 0 }))).Where(f => f.Rows > 0).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var best = found.Max(f => f.Rows);
        var top = found.Where(f => f.Rows == best).Select(f => f.Form).ToList();
        return top.Count == 1 ? top[0] : year is { } y && top.Contains(Forms.ForYear(y)) ? Forms.ForYear(y) : null;
    }

    /// <summary>The values the rows settle, a finding for each row they do not, and a note for each row read by its own totals alone.</summary>
    public static (Dictionary<string, ReportValue> Values, List<ImportFinding> Unsure, List<Finding> Notes) Solve(IReadOnlyList<FlatRow> rows, Form form, string file)
    {
        var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
        var unsure = new List<ImportFinding>();
        var notes = new List<Finding>();
        var settled = FlatSolver.Settle(rows, form);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var (cells, doubt) = settled[i];
            if (cells is not null)
            {
                for (var c = 0; c < row.Codes.Count; c++)
                {
                    values[row.Codes[c]] = ReportValue.Of(cells[c]);
                }

                if (doubt == FlatDoubt.OwnTotals)
                {
                    var reading = string.Join(" | ", cells.Select(v => v.ToString(CultureInfo.InvariantCulture)));
                    notes.Add(new Finding("D-CUT", Severity.Info,
                        $"“{row.Label}”的数字“{row.Digits}”只有一种切分符合本行的合计，按此读取（{reading}）；本行不与其他行勾稽，原表合计若有误无从发现，请与原文核对",
                        $"of the cuts of the digits \"{row.Digits}\" of \"{row.Label}\", one fits the row's own totals and was read ({reading}); the form joins this row to no other, so a misprinted total could not be seen: check it against the original")
                    { File = file, Line = row.Line, Code = row.Codes[0] });
                }

                continue;
            }

            foreach (var code in row.Codes)
            {
                values[code] = ReportValue.Blank;
            }

            unsure.Add(Unsure(row, doubt));
        }

        // A row of the form not found in the text at all.
        foreach (var table in form.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.IsHeader && r.Cells.Any(c => !values.ContainsKey(c))))
            {
                foreach (var code in row.Cells)
                {
                    values.TryAdd(code, ReportValue.Blank);
                }

                unsure.Add(new ImportFinding("D-MISSING",
                    $"在原文中没有找到“{row.Label}”这一行的数字（{table.Title}），其数值留空",
                    $"the digits of the row \"{row.Label}\" ({table.Title}) were not found in the text; its cells are left blank")
                {
                    Code = row.Cells[0],
                    Codes = row.Cells,
                });
            }
        }

        return (values, unsure, notes);
    }

    private static ImportFinding Unsure(FlatRow row, FlatDoubt doubt)
    {
        var readings = row.Readings ?? [];
        var shown = string.Join("；", readings.Take(MostCandidatesShown).Select(r => string.Join(" | ", r.Select(v => v.ToString(CultureInfo.InvariantCulture)))));
        var more = readings.Count > MostCandidatesShown ? "；…" : "";
        var shownEn = shown.Replace("；", "; ", StringComparison.Ordinal) + (more.Length > 0 ? "; …" : "");
        var (zh, en) = doubt switch
        {
            FlatDoubt.TooManyCuts => ($"“{row.Label}”的数字“{row.Digits}”可切分的读法超过 {CellSplits.MostSplits} 种，未读取，留空",
                $"the digits \"{row.Digits}\" of \"{row.Label}\" can be cut into cells in more than {CellSplits.MostSplits} ways; not read, left blank"),
            FlatDoubt.NoCutFits => ($"“{row.Label}”的数字“{row.Digits}”没有一种切分符合本行的合计，留空",
                $"no cut of the digits \"{row.Digits}\" of \"{row.Label}\" into its cells fits the row's own total; left blank"),
            FlatDoubt.Unchecked => ($"“{row.Label}”的数字“{row.Digits}”有 {readings.Count} 种切分符合本行的合计（{shown}{more}），但表中与它勾稽的行都无法读取，仅凭本行合计不能确定，留空",
                $"the digits \"{row.Digits}\" of \"{row.Label}\" fit the row's own total in {readings.Count} way(s) ({shownEn}), but none of the rows the form's identities join it to could be read, and a row's own total is no proof; left blank"),
            FlatDoubt.Broken => ($"与“{row.Label}”勾稽的各行没有一种读法能同时满足表格的勾稽关系（报告本身不平衡），无法判断哪一行有误，“{row.Digits}”留空",
                $"the rows joined to \"{row.Label}\" by the form's identities have no reading that satisfies them all (the report breaks one), so which row is wrong cannot be told; \"{row.Digits}\" left blank"),
            FlatDoubt.SlipElsewhere => ($"表中另有一行的数字没有一种切分符合其合计（报告有误印），与“{row.Label}”勾稽的各行的读法是由勾稽关系从多种切分中选出的，误印可能藏在其中，“{row.Digits}”留空",
                $"another row of the table has no cut that fits its own total (the report misprints), and the readings of the rows joined to \"{row.Label}\" were chosen by the identities among several: a slip could hide behind that choice; \"{row.Digits}\" left blank"),
            FlatDoubt.TooManySolutions => ($"与“{row.Label}”勾稽的各行同时成立的读法超过 {FlatSolver.MostSolutions} 种，“{row.Digits}”留空",
                $"the rows joined to \"{row.Label}\" have more than {FlatSolver.MostSolutions} joint readings; \"{row.Digits}\" left blank"),
            _ => ($"“{row.Label}”的数字“{row.Digits}”有 {readings.Count} 种读法（{shown}{more}），无法确定，留空",
                $"the digits \"{row.Digits}\" of \"{row.Label}\" have {readings.Count} readings ({shownEn}); not settled, left blank"),
        };
        return new ImportFinding("D-UNSURE", zh, en)
        {
            Code = row.Codes[0],
            Codes = row.Codes,
            Line = row.Line,
            Evidence = row.Label + row.Digits,
            Candidates = [.. readings.Take(MostCandidatesShown).Select(r => string.Join(" | ", r.Select(v => v.ToString(CultureInfo.InvariantCulture))))],
        };
    }

    // The rules of the form that concern this row's cells alone (a row total) must hold for a reading.
    private static bool FitsRules(Form form, IReadOnlyList<string> codes, decimal[] reading)
    {
        foreach (var rule in FlatSolver.EqualRules(form))
        {
            if (FlatSolver.Terms(rule).All(t => codes.Contains(t.Code)))
            {
                decimal Value(Term t) => t.Sign * reading[codes.ToList().IndexOf(t.Code)];
                if (rule.Left.Sum(Value) != rule.Right.Sum(Value))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The digits printed from a position: a row's cells, with the spaces between some of them, up to the next word.
    private static int FirstDigit(string run, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(run[i]) || run[i] is >= '０' and <= '９')
            {
                return i;
            }
        }

        return -1;
    }

    private static int AfterUnit(string run, int start, int end, string unit)
    {
        var at = start;
        while (at < end && char.IsWhiteSpace(run[at]))
        {
            at++;
        }

        return end - at >= unit.Length && string.CompareOrdinal(run, at, unit, 0, unit.Length) == 0 ? at + unit.Length : start;
    }

    private static string DigitsAt(string run, int start)
    {
        var digits = new StringBuilder();
        for (var i = start; i < run.Length; i++)
        {
            var c = run[i] is >= '０' and <= '９' ? (char)(run[i] - '０' + '0') : run[i];
            if (char.IsAsciiDigit(c) || c is '.' or '-' or '－' || c == ' ' || c == '\u3000' || c == '\u00A0')
            {
                digits.Append(c is '－' ? '-' : char.IsWhiteSpace(c) ? ' ' : c);
            }
            else
            {
                break;
            }
        }

        return digits.ToString().Trim().TrimEnd('.', '-').Trim();
    }

    // Where the next table's title starts, so a row's label is not looked for in another table.
    private static int NextAnchor(FlatText text, Form form, FormTable table, int from)
    {
        var next = form.Tables.SkipWhile(t => t != table).Skip(1).FirstOrDefault();
        var key = next is null ? "" : FlatText.KeyOf(next.Title);
        var end = next is null ? -1 : text.FindEnd(key, from, -1, SlipsIn(next.Title));
        return end < 0 ? -1 : Math.Max(from, end - key.Length);
    }

    // A long title may carry a slip or two; a short one must be exact, or it would be found in any text.
    private static int SlipsIn(string title) => FlatText.KeyOf(title).Length / 10;
}
