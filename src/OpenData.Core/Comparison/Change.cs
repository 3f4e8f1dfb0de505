namespace OpenData;

/// <summary>The year-over-year change of one indicator of a report.</summary>
/// <remarks>
/// <see cref="Delta"/> is <see langword="null"/> when either value is blank, when the previous value is partial (a concept
/// summed through the crosswalk with some of its cells blank: see <see cref="Previous"/>), or when the two are not comparable
/// (<see cref="Comparability.None"/>). <see cref="DeltaPercent"/> is additionally <see langword="null"/> when the previous
/// value is zero (growth from zero has no percentage); it is rounded to one decimal, away from zero at the midpoint.
/// </remarks>
/// <param name="Code">The indicator code in the current report.</param>
/// <param name="Year">The current report year.</param>
/// <param name="Number">The current value, or <see langword="null"/> when blank.</param>
/// <param name="PreviousYear">The year compared with, or <see langword="null"/> when there is no previous report.</param>
/// <param name="Previous">The previous value (through the crosswalk when the form changed), with its blank parts: blank when
/// there is none, partial when some of the cells it sums are blank.</param>
/// <param name="Delta">Current minus previous, or <see langword="null"/>.</param>
/// <param name="DeltaPercent">The change in percent of the previous value, or <see langword="null"/>.</param>
/// <param name="Comparability">How comparable the two values are.</param>
/// <param name="PreviousCode">The code (or <c>+</c>-joined codes) the previous value was read from, or <see langword="null"/>.</param>
/// <param name="IsFormBreak">Whether the two reports use different forms (the series crosses a form change).</param>
public sealed record Change(
    string Code,
    int Year,
    decimal? Number,
    int? PreviousYear,
    DerivedValue Previous,
    decimal? Delta,
    decimal? DeltaPercent,
    Comparability Comparability,
    string? PreviousCode,
    bool IsFormBreak)
{
    /// <summary>The previous value when every cell it sums was reported; <see langword="null"/> when blank or partial (see
    /// <see cref="Previous"/>).</summary>
    public decimal? PreviousNumber => Previous.Exact;
}
