namespace OpenData;

/// <summary>One year of a series.</summary>
/// <param name="Year">The report year.</param>
/// <param name="Form">The form of that year's report.</param>
/// <param name="Value">The value with its blank parts: blank when not reported or not measured by that form, partial when
/// some of the cells a concept sums are blank (see <see cref="DerivedValue"/>).</param>
/// <param name="Comparability">How this point compares with the previous point of the series.</param>
/// <param name="IsBreak">Whether the form changed since the previous point (mark the break on charts).</param>
public sealed record SeriesPoint(int Year, string Form, DerivedValue Value, Comparability Comparability, bool IsBreak)
{
    /// <summary>The value when every cell it sums was reported; <see langword="null"/> when blank or partial (see
    /// <see cref="Value"/>), so it is never a partial sum taken for the whole.</summary>
    public decimal? Number => Value.Exact;
}
