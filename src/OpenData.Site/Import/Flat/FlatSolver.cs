namespace OpenData.Site.Import;

/// <summary>Settles the rows of a flattened table together: the readings of every row that satisfy every identity of the form at once.</summary>
/// <remarks>
/// A row's reading is taken only when it is the same in every joint solution. When the identities have no joint solution at
/// all (a published report that breaks one), each row keeps only what it settles on its own (a single reading that fits
/// its own row total); the rest stays blank. The search stops after <see cref="MostSolutions"/> solutions and then also
/// falls back to what each row settles alone.
/// </remarks>
internal static class FlatSolver
{
    private const int MostSolutions = 10_000;

    /// <summary>The form's equalities within one year's report (cross-year rules need another report).</summary>
    public static IEnumerable<Rule> EqualRules(Form form) =>
        form.Rules.Where(r => r.Kind == RuleKind.Equal && !r.IsCrossYear);

    /// <summary>For each row, its settled reading, or <see langword="null"/> where it is not certain.</summary>
    public static decimal[]?[] Settle(IReadOnlyList<FlatRow> rows, Form form)
    {
        var alone = rows.Select(r => r.Readings is [var only] ? only : null).ToArray();
        var where = new Dictionary<string, (int Row, int Cell)>(StringComparer.Ordinal);
        // A row without any reading takes no part: the identities through it cannot be used.
        var solvable = Enumerable.Range(0, rows.Count).Where(r => rows[r].Readings is { Count: > 0 }).ToArray();
        foreach (var r in solvable)
        {
            for (var c = 0; c < rows[r].Codes.Count; c++)
            {
                where[rows[r].Codes[c]] = (r, c);
            }
        }

        // Only the identities among rows that were read, and that join more than one row, can settle more.
        var rules = EqualRules(form)
            .Where(rule => rule.Left.Concat(rule.Right).All(t => where.ContainsKey(t.Code)))
            .Where(rule => rule.Left.Concat(rule.Right).Select(t => where[t.Code].Row).Distinct().Count() > 1)
            .ToList();
        if (rules.Count == 0)
        {
            return alone;
        }

        var order = solvable.OrderBy(r => rows[r].Readings!.Count).ToArray();
        var chosen = new int[rows.Count];
        var seen = new HashSet<int>[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            seen[r] = [];
        }

        var solutions = 0;
        var complete = Search(0);
        if (!complete || solutions == 0)
        {
            return alone;
        }

        return [.. Enumerable.Range(0, rows.Count).Select(r => seen[r].Count == 1 ? rows[r].Readings![seen[r].Single()] : alone[r])];

        bool Search(int depth)
        {
            if (depth == order.Length)
            {
                solutions++;
                foreach (var r in solvable)
                {
                    seen[r].Add(chosen[r]);
                }

                return solutions < MostSolutions;
            }

            var row = order[depth];
            for (var k = 0; k < rows[row].Readings!.Count; k++)
            {
                chosen[row] = k;
                if (Holds(depth) && !Search(depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        // Every rule whose rows are all chosen by now holds.
        bool Holds(int depth)
        {
            var assigned = order.Take(depth + 1).ToHashSet();
            foreach (var rule in rules)
            {
                var terms = rule.Left.Concat(rule.Right);
                if (!terms.All(t => assigned.Contains(where[t.Code].Row)))
                {
                    continue;
                }

                decimal Value(Term t) => t.Sign * rows[where[t.Code].Row].Readings![chosen[where[t.Code].Row]][where[t.Code].Cell];
                if (rule.Left.Sum(Value) != rule.Right.Sum(Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
