namespace OpenData.Site.Import;

/// <summary>Settles the rows of a flattened table: what each row printed, where its digits and the form's identities leave no doubt.</summary>
/// <remarks>
/// <para>Digits that can be cut only one way are read as printed, whatever the identities say of them.</para>
/// <para>Any other row is read through the form's identities, and only where they can vouch for it. Rows joined by
/// identities (column sums, 新收 + 上年结转 = 办理结果总计 + 结转下年度) are solved together, and a row takes a reading only
/// when every joint solution gives it that reading. When the joined rows have no joint solution at all (a published
/// report that breaks an identity), which of them broke it cannot be told: a row is read then only if it has one reading
/// and every one of its cells is confirmed by an identity that holds (see <see cref="Confirmed"/>). A row the form joins to other
/// rows whose partners could not be read is not read from its own row total either: a report whose neighbouring row breaks
/// its total may break this one too, and a single cut that fits a broken total is wrong. Only a row the form joins to no
/// other (section 四) is read from the rules within it, and it says so (<see cref="FlatDoubt.OwnTotals"/>): nothing could
/// show a misprint in its own totals. In a report that shows it misprints (a row no cut of whose digits fits its own totals),
/// a joint solution that had to choose among a row's readings is not trusted either: a second slip can be absorbed by
/// recutting the slipped row and another (<see cref="FlatDoubt.SlipElsewhere"/>). The search stops after
/// <see cref="MostSolutions"/> joint solutions, and then reads none of the joined rows.</para>
/// </remarks>
internal static class FlatSolver
{
    public const int MostSolutions = 10_000;

    /// <summary>Every term of a rule, both sides.</summary>
    public static IEnumerable<Term> Terms(Rule rule) => rule.Left.Concat(rule.Right);

    /// <summary>The form's equalities within one year's report (cross-year rules need another report).</summary>
    public static IEnumerable<Rule> EqualRules(Form form) =>
        form.Rules.Where(r => r.Kind == RuleKind.Equal && !r.IsCrossYear);

    /// <summary>For each row, its settled reading, or <see langword="null"/>; and the reason it is not certain, or what it rests on.</summary>
    public static (decimal[]? Cells, FlatDoubt Doubt)[] Settle(IReadOnlyList<FlatRow> rows, Form form)
    {
        var result = new (decimal[]? Cells, FlatDoubt Doubt)[rows.Count];
        var where = new Dictionary<string, (int Row, int Cell)>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            result[r] = rows[r].Readings switch
            {
                null => (null, FlatDoubt.TooManyCuts),
                { Count: 0 } => (null, FlatDoubt.NoCutFits),
                _ => (null, FlatDoubt.Ambiguous),
            };
            for (var c = 0; c < rows[r].Codes.Count; c++)
            {
                where[rows[r].Codes[c]] = (r, c);
            }
        }

        // The identities that join a row to another; those whose rows can all be read can be checked.
        var joining = EqualRules(form)
            .Select(rule => (Rule: rule, Codes: Terms(rule).Select(t => t.Code).ToList()))
            .Where(j => j.Codes.Select(c => where.TryGetValue(c, out var at) ? at.Row : -1).Distinct().Count() > 1)
            .ToList();
        var readable = rows.Select(r => r.Readings is { Count: > 0 }).ToArray();
        // A row no cut of which fits its own totals shows the report misprints.
        var slipped = rows.Any(r => r.Readings is { Count: 0 });
        var checkable = joining.Where(j => j.Codes.All(c => where.TryGetValue(c, out var at) && readable[at.Row])).Select(j => j.Rule).ToList();
        var joined = new bool[rows.Count];
        foreach (var code in joining.SelectMany(j => j.Codes))
        {
            if (where.TryGetValue(code, out var at))
            {
                joined[at.Row] = true;
            }
        }

        foreach (var group in Groups(rows.Count, checkable, where))
        {
            if (group is [var alone])
            {
                if (readable[alone])
                {
                    result[alone] = joined[alone] ? (null, FlatDoubt.Unchecked)
                        : rows[alone].Readings is [var only] ? (only, FlatDoubt.OwnTotals)
                        : result[alone];
                }

                continue;
            }

            var rules = checkable.Where(rule => group.Contains(where[Terms(rule).First().Code].Row)).ToList();
            foreach (var (row, cells, doubt) in Search(rows, group, rules, where, slipped))
            {
                result[row] = (cells, doubt);
            }
        }

        // What can be cut only one way is what the row printed.
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Printed is { } printed)
            {
                result[r] = (printed, FlatDoubt.None);
            }
        }

        return result;
    }

    // The readable rows joined by the checkable identities, each group once; a row no identity joins is a group of its own.
    private static List<int[]> Groups(int count, List<Rule> rules, Dictionary<string, (int Row, int Cell)> where)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Root(int r) => parent[r] == r ? r : parent[r] = Root(parent[r]);
        foreach (var rule in rules)
        {
            var first = Root(where[Terms(rule).First().Code].Row);
            foreach (var term in Terms(rule))
            {
                parent[Root(where[term.Code].Row)] = first;
            }
        }

        return [.. Enumerable.Range(0, count).GroupBy(Root).Select(g => g.ToArray())];
    }

    // Every joint reading of a group's rows that satisfies its identities; a row is read when all of them agree on it.
    private static IEnumerable<(int Row, decimal[]? Cells, FlatDoubt Doubt)> Search(
        IReadOnlyList<FlatRow> rows, int[] group, List<Rule> rules, Dictionary<string, (int Row, int Cell)> where, bool slipped)
    {
        var order = group.OrderBy(r => rows[r].Readings!.Count).ToArray();
        var depthOf = new Dictionary<int, int>();
        for (var d = 0; d < order.Length; d++)
        {
            depthOf[order[d]] = d;
        }

        // Each identity is checked at the depth where the last of its rows is chosen.
        var checkAt = order.Select(_ => new List<Rule>()).ToArray();
        foreach (var rule in rules)
        {
            checkAt[Terms(rule).Max(t => depthOf[where[t.Code].Row])].Add(rule);
        }

        var chosen = new int[rows.Count];
        var seen = group.ToDictionary(r => r, _ => new HashSet<int>());
        var solutions = 0;
        var complete = Next(0);
        // In a report that misprints, a joint solution that had to choose among a row's readings may have chosen the cut that
        // hides a second slip (a row's slip absorbed by recutting it, and another row's 1 | 10 recut as 11 | 0 to keep the
        // column sums): the group is read as one without a joint solution.
        var chosenAmong = slipped && group.Any(r => rows[r].Readings!.Count > 1);
        foreach (var row in group)
        {
            yield return !complete ? (row, null, FlatDoubt.TooManySolutions)
                : solutions == 0 || chosenAmong ? (Confirmed(rows, row, rules, where) ? (row, rows[row].Readings![0], FlatDoubt.None) : (row, null, solutions == 0 ? FlatDoubt.Broken : FlatDoubt.SlipElsewhere))
                : seen[row].Count == 1 ? (row, rows[row].Readings![seen[row].Single()], FlatDoubt.None)
                : (row, null, FlatDoubt.Ambiguous);
        }

        bool Next(int depth)
        {
            if (depth == order.Length)
            {
                solutions++;
                foreach (var r in group)
                {
                    seen[r].Add(chosen[r]);
                }

                return solutions < MostSolutions;
            }

            var row = order[depth];
            for (var k = 0; k < rows[row].Readings!.Count; k++)
            {
                chosen[row] = k;
                if (checkAt[depth].All(Holds) && !Next(depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        bool Holds(Rule rule) => FlatSolver.Holds(rule, rows, where, r => chosen[r]);
    }

    // In rows whose identities have no joint solution: a row of one reading whose every cell an identity confirms, among
    // rows of one reading each. 平潭 2020 prints (七)总计 20 against outcomes that add up to 26 (a column sum broken);
    // its 新收 and 总计 rows are still read, each cell confirmed by 新收 + 上年结转 = 总计 + 结转下年度. A row whose slip broke
    // its own total and which has one wrong cut that fits it is not: that cut breaks the column sums through its cells.
    private static bool Confirmed(IReadOnlyList<FlatRow> rows, int row, List<Rule> rules, Dictionary<string, (int Row, int Cell)> where) =>
        rows[row].Readings is [_]
        && rows[row].Codes.All(code => rules.Any(rule =>
            Terms(rule).Any(t => t.Code == code)
            && Terms(rule).All(t => rows[where[t.Code].Row].Readings is [_])
            && Holds(rule, rows, where, _ => 0)));

    private static bool Holds(Rule rule, IReadOnlyList<FlatRow> rows, Dictionary<string, (int Row, int Cell)> where, Func<int, int> reading)
    {
        decimal Value(Term t) => t.Sign * rows[where[t.Code].Row].Readings![reading(where[t.Code].Row)][where[t.Code].Cell];
        return rule.Left.Sum(Value) == rule.Right.Sum(Value);
    }
}
