namespace OpenData.Site.Sample;

/// <summary>Values of the 2019 and 2021 forms whose identities (R-N1…R-N4), carry-overs (X-N1) and stock chains hold.</summary>
internal static class NewFormValues
{
    private static readonly string[] Columns = ["nat", "org.biz", "org.sci", "org.npo", "org.law", "org.oth"];
    private static readonly double[] ColumnWeights = [90, 6, 0.5, 0.5, 2, 1];

    public static void Fill(Form form, Dictionary<string, ReportValue> values, Draw draw, SampleGenerator.SeriesState state)
    {
        if (form.Id == Forms.National2019Id)
        {
            Section2Of2019(values, draw, state);
        }
        else
        {
            Section2Of2021(values, draw, state);
        }

        Applications(form, values, draw, state);
        ReviewsAndLawsuits(values, draw);
    }

    private static void Section2Of2019(Dictionary<string, ReportValue> values, Draw draw, SampleGenerator.SeriesState state)
    {
        foreach (var row in new[] { "rules", "normdoc" })
        {
            var made = draw.Count(row == "rules" ? 0.02 : 0.3);
            var published = made;
            var total = Stock(state, $"s2v19.{row}.public_total", draw, 10) + published;
            state.Stock[$"s2v19.{row}.public_total"] = total;
            OldFormValues.Put(values, [made, published, total], $"s2v19.{row}.made", $"s2v19.{row}.published", $"s2v19.{row}.public_total");
        }

        foreach (var row in new[] { "license", "othersvc", "penalty", "coercion", "fees" })
        {
            var previousItems = Stock(state, $"s2v19.{row}.prev_items", draw, 0.5);
            var delta = (decimal)draw.Random.Next(-3, 4);
            delta = Math.Max(delta, -previousItems);
            state.Stock[$"s2v19.{row}.prev_items"] = previousItems + delta;
            values[$"s2v19.{row}.prev_items"] = ReportValue.Of(previousItems);
            values[$"s2v19.{row}.delta"] = ReportValue.Of(delta);
            if (row != "fees")
            {
                values[$"s2v19.{row}.decisions"] = ReportValue.Of(draw.Count(row == "license" ? 50 : 10));
            }
        }

        values["s2v19.procure.projects"] = ReportValue.Of(draw.Count(0.1));
        var amount = Math.Round((decimal)(draw.Random.NextDouble() * 5_000_000), 2);
        values["s2v19.procure.amount"] = new ReportValue(amount, "元", FormattableString.Invariant($"{amount}元"));
    }

    private static void Section2Of2021(Dictionary<string, ReportValue> values, Draw draw, SampleGenerator.SeriesState state)
    {
        foreach (var row in new[] { "rules", "normdoc" })
        {
            var before = Stock(state, $"s2.{row}.in_force", draw, row == "rules" ? 0.2 : 3);
            var issued = draw.Count(row == "rules" ? 0.02 : 0.3);
            var repealed = Math.Min(before, draw.Count(row == "rules" ? 0.01 : 0.1));
            var inForce = before + issued - repealed;
            state.Stock[$"s2.{row}.in_force"] = inForce;
            OldFormValues.Put(values, [issued, repealed, inForce], $"s2.{row}.issued", $"s2.{row}.repealed", $"s2.{row}.in_force");
        }

        values["s2.license.decisions"] = ReportValue.Of(draw.Count(50));
        values["s2.penalty.decisions"] = ReportValue.Of(draw.Count(10));
        values["s2.coercion.decisions"] = ReportValue.Of(draw.Count(2));
        values["s2.fees.amount_wan"] = ReportValue.Of(Math.Round((decimal)(draw.Random.NextDouble() * 5000), 6));
    }

    private static decimal Stock(SampleGenerator.SeriesState state, string key, Draw draw, double weight) =>
        state.Stock.TryGetValue(key, out var value) ? value : draw.Count(weight);

    private static void Applications(Form form, Dictionary<string, ReportValue> values, Draw draw, SampleGenerator.SeriesState state)
    {
        // The outcome rows are the terms of the form's own R-N2 rule, so the generator follows the model.
        var outcomes = form.Rules.First(r => r.Id == "R-N2" && r.Anchor == "s3.done.tot").Right
            .Select(t => t.Code[..^".tot".Length]).ToArray();
        double[] weights =
        [
            30, 15, 0.5, 1, 0.5, 1, 2, 2, 1, 2, 20, 4, 2, 4, 3, 0.5, 0.5, 1,
            .. form.Id == Forms.National2021Id ? new[] { 4.0, 0.5, 1 } : [5.0],
        ];

        var newTotal = draw.Count(3);
        var newByColumn = draw.Split(newTotal, ColumnWeights);
        var rows = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        string[] rowCodes = ["s3.new", "s3.carry_in", .. outcomes, "s3.done", "s3.carry_out"];
        foreach (var row in rowCodes)
        {
            rows[row] = new decimal[Columns.Length];
        }

        for (var c = 0; c < Columns.Length; c++)
        {
            var carryIn = state.CarryOut.TryGetValue(Columns[c], out var carried) ? carried : (c == 0 ? draw.Count(0.05) : 0);
            var available = newByColumn[c] + carryIn;
            var carryOut = (decimal)Math.Floor((double)available * draw.Random.NextDouble() * 0.06);
            var done = available - carryOut;
            rows["s3.new"][c] = newByColumn[c];
            rows["s3.carry_in"][c] = carryIn;
            rows["s3.done"][c] = done;
            rows["s3.carry_out"][c] = carryOut;
            var split = draw.Split(done, weights);
            for (var o = 0; o < outcomes.Length; o++)
            {
                rows[outcomes[o]][c] = split[o];
            }

            state.CarryOut[Columns[c]] = carryOut;
        }

        foreach (var (row, cells) in rows)
        {
            for (var c = 0; c < Columns.Length; c++)
            {
                values[$"{row}.{Columns[c]}"] = ReportValue.Of(cells[c]);
            }

            values[$"{row}.tot"] = ReportValue.Of(cells.Sum());
        }
    }

    private static void ReviewsAndLawsuits(Dictionary<string, ReportValue> values, Draw draw)
    {
        foreach (var (group, weight) in new[] { ("s4.rev", 0.1), ("s4.lit_direct", 0.05), ("s4.lit_after", 0.02) })
        {
            var total = draw.Count(weight);
            values[$"{group}.total"] = ReportValue.Of(total);
            OldFormValues.Put(values, draw.Split(total, 6, 1, 1, 1), $"{group}.upheld", $"{group}.corrected", $"{group}.other", $"{group}.pending");
        }
    }
}
