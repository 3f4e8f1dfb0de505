namespace OpenData.Site.Sample;

/// <summary>Values of 福建省's own table whose R-F identities hold and whose running totals grow by each year's figure (X-F1).</summary>
internal static class FujianFormValues
{
    public static void Fill(Dictionary<string, ReportValue> values, Draw draw, SampleGenerator.SeriesState state)
    {
        var year = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Split(string total, decimal value, string[] parts, params double[] weights)
        {
            year[total] = value;
            var shares = draw.Split(value, weights);
            for (var i = 0; i < parts.Length; i++)
            {
                year[parts[i]] = shares[i];
            }
        }

        var active = draw.Count(40);
        year["fj.active.total"] = active;
        year["fj.active.gazette"] = Math.Min(active, draw.Count(1));
        year["fj.active.website"] = active - year["fj.active.gazette"];
        var accepted = draw.Count(3);
        Split("fj.apply.total", accepted, ["fj.apply.in_person", "fj.apply.online", "fj.apply.mail_fax"], 2, 5, 1);
        Split("fj.reply.total", accepted, ["fj.reply.granted", "fj.reply.partial", "fj.reply.refused", "fj.reply.other"], 5, 1, 1, 1);
        year["fj.fees_waived"] = 0;
        year["fj.complaints"] = draw.Count(0.05);
        year["fj.review"] = draw.Count(0.1);
        year["fj.lit"] = draw.Count(0.05);

        foreach (var (row, value) in year)
        {
            // The running total starts where an agency that began counting earlier would stand.
            var cumulative = state.Stock.GetValueOrDefault(row, value * 5) + value;
            state.Stock[row] = cumulative;
            values[row + ".year"] = ReportValue.Of(value);
            values[row + ".cum"] = ReportValue.Of(cumulative);
        }
    }
}
