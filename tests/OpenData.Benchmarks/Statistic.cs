namespace OpenData.Benchmarks;

/// <summary>What the benchmark makes of several timings.</summary>
internal static class Statistic
{
    /// <summary>The median the benchmark reports: of an odd number of timings the middle one, of an even number the
    /// upper of the two middle ones (a time that was measured, never an average of two).</summary>
    public static T Median<T>(IEnumerable<T> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count > 0 ? sorted[sorted.Count / 2] : throw new InvalidOperationException("the median of no timings");
    }
}
