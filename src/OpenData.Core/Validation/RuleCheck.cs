using System.Globalization;

namespace OpenData;

/// <summary>Checks one <see cref="Rule"/> instance against a report (and the previous year's), treating blanks as unknown.</summary>
/// <remarks>
/// A blank is not reported, so it is never read as zero to decide that a rule holds or fails. When blank cells take part:
/// the rule is not checked if a whole side is blank; a side whose known cells already exceed the fully known other side
/// breaks the rule whatever the blanks hold (values are non-negative); known sums that agree give an Info finding
/// ("holds only if the blank cells are zero"); anything else gives an Info finding that it cannot be checked.
/// </remarks>
internal static class RuleCheck
{
    public static Finding? Check(Rule rule, Report report, Report? previous)
    {
        var left = Resolve(rule.Left, report, previous);
        var right = Resolve(rule.Right, report, previous);
        if (left is null || right is null)
        {
            return null;
        }

        // Each side through the one blank-aware sum: its reported cells, and how many are blank (never read as 0).
        var leftSum = Sum(left);
        var rightSum = Sum(right);
        var blanks = leftSum.BlankParts + rightSum.BlankParts;
        if (leftSum.Exact is { } leftExact && rightSum.Exact is { } rightExact)
        {
            var holds = rule.Kind == RuleKind.Equal ? leftExact == rightExact : leftExact <= rightExact;
            return holds ? null : Broken(rule, rule.Severity, left, right, leftExact, rightExact, "", "");
        }

        var signed = rule.Left.Concat(rule.Right).Any(t => t.Sign < 0);
        if (signed || rule.IsCrossYear || leftSum.Known is not { } leftKnown || rightSum.Known is not { } rightKnown)
        {
            return null;
        }

        var leftBlanks = leftSum.BlankParts;
        var rightBlanks = rightSum.BlankParts;
        var blankNote = $"（另有 {blanks} 个空白单元格）";
        var blankNoteEn = $" ({blanks} blank cells)";
        if (rule.Kind == RuleKind.AtMost)
        {
            return leftKnown > rightKnown && rightBlanks == 0
                ? Broken(rule, rule.Severity, left, right, leftKnown, rightKnown, blankNote, blankNoteEn)
                : null;
        }

        if ((leftKnown > rightKnown && rightBlanks == 0) || (rightKnown > leftKnown && leftBlanks == 0))
        {
            return Broken(rule, rule.Severity, left, right, leftKnown, rightKnown, blankNote, blankNoteEn);
        }

        var blankLabels = left.Concat(right).Where(t => t.Value is null).Select(t => t.Label).ToList();
        var blankCodes = string.Join("、", blankLabels.Take(3)) + (blankLabels.Count > 3 ? " 等" : "");
        return leftKnown == rightKnown
            ? Make(rule, Severity.Info, left, right,
                $"{rule.TitleZh}：已填数值相符（{Format(leftKnown)}），但仅当 {blanks} 个空白单元格为 0 时成立（{blankCodes}）",
                $"{rule.TitleEn}: the filled cells agree ({Format(leftKnown)}) but it holds only if the {blanks} blank cells are zero")
            : Make(rule, Severity.Info, left, right,
                $"{rule.TitleZh}：无法核对，已填数值 {Format(leftKnown)} 与 {Format(rightKnown)} 相差 {Format(Math.Abs(leftKnown - rightKnown))}，需由 {blanks} 个空白单元格补足",
                $"{rule.TitleEn}: cannot be checked; the filled cells give {Format(leftKnown)} and {Format(rightKnown)}, a gap of {Format(Math.Abs(leftKnown - rightKnown))} left to {blanks} blank cells");
    }

    private sealed record Resolved(Term Term, decimal? Value, string Label);

    private static List<Resolved>? Resolve(IReadOnlyList<Term> terms, Report report, Report? previous)
    {
        var result = new List<Resolved>(terms.Count);
        foreach (var term in terms)
        {
            var source = term.YearOffset == 0 ? report : previous;
            var form = source?.FormDefinition;
            if (source is null || form is null || !form.Contains(term.Code))
            {
                return null;
            }

            var label = ShortLabel(form.Find(term.Code)!);
            result.Add(new Resolved(term, source.Number(term.Code), term.YearOffset == 0 ? label : $"{source.Year}年{label}"));
        }

        return result;
    }

    private static DerivedValue Sum(List<Resolved> side)
    {
        var sum = default(DerivedValue);
        foreach (var t in side)
        {
            sum += t.Term.Sign * t.Value;
        }

        return sum;
    }

    private static Finding Broken(Rule rule, Severity severity, List<Resolved> left, List<Resolved> right, decimal l, decimal r, string noteZh, string noteEn)
    {
        var relation = rule.Kind == RuleKind.Equal ? "≠" : ">";
        return Make(rule, severity, left, right,
            $"{Describe(left)} {Format(l)} {relation} {Format(r)} = {Describe(right)}{noteZh}",
            $"{rule.TitleEn}: {DescribeCodes(left)} = {Format(l)} {relation} {Format(r)} = {DescribeCodes(right)}{noteEn}");
    }

    private static Finding Make(Rule rule, Severity severity, List<Resolved> left, List<Resolved> right, string zh, string en) =>
        new(rule.Id, severity, zh, en)
        {
            Code = rule.Anchor,
            Path = DataFiles.ValuePath(rule.Anchor),
            Numbers = [.. left.Concat(right).Select(t => new KeyValuePair<string, decimal?>(
                t.Term.YearOffset == 0 ? t.Term.Code : $"{t.Term.Code}@{t.Term.YearOffset}", t.Value))],
        };

    private static string Describe(List<Resolved> side) => side.Count switch
    {
        1 => Signed(side[0]).TrimStart('+', ' '),
        <= 4 => string.Concat(side.Select((t, i) => i == 0 ? Signed(t).TrimStart('+', ' ') : Signed(t))),
        _ => $"{side[0].Label} … {side[^1].Label} 之和",
    };

    private static string Signed(Resolved t) => (t.Term.Sign < 0 ? " − " : " + ") + t.Label;

    private static string DescribeCodes(List<Resolved> side) => side.Count switch
    {
        1 => side[0].Term.Code,
        <= 4 => string.Join(" + ", side.Select(t => t.Term.YearOffset == 0 ? t.Term.Code : $"{t.Term.Code}[{t.Term.YearOffset}]")),
        _ => $"sum of {side[0].Term.Code} … {side[^1].Term.Code}",
    };

    /// <summary>A short label for messages: the row label without its parenthetical note, plus the column for a matrix cell.</summary>
    public static string ShortLabel(Indicator indicator)
    {
        var row = indicator.RowLabel;
        var note = row.IndexOf('（', 1);
        if (note > 0 && row.EndsWith('）'))
        {
            row = row[..note];
        }

        return indicator.ColumnLabel is null ? row : $"{row} {indicator.ColumnLabel}";
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
