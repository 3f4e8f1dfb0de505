namespace OpenData.Site.Sample;

/// <summary>Random draws of plausible counts around an agency's scale.</summary>
internal sealed class Draw(Random random, double scale)
{
    public Random Random => random;

    /// <summary>A count near <c>scale × weight</c>, never negative.</summary>
    public decimal Count(double weight) => (decimal)Math.Max(0, Math.Round(scale * weight * (0.5 + random.NextDouble())));

    /// <summary>Splits a total into parts in proportion to the weights (parts sum exactly to the total).</summary>
    public decimal[] Split(decimal total, params double[] weights)
    {
        var parts = new decimal[weights.Length];
        var remaining = total;
        var sum = weights.Sum();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            var share = (decimal)Math.Floor((double)total * weights[i] / sum * (0.7 + (random.NextDouble() * 0.6)));
            parts[i] = Math.Min(remaining, Math.Max(0, share));
            remaining -= parts[i];
        }

        parts[^1] = remaining;
        return parts;
    }
}
