namespace OpenData.Site;

/// <summary>A point's change from the year before, read off a Core series (<see cref="Crosswalk.Series(Concept, IEnumerable{Report})"/>):
/// the one reading shared by a report page's key figures and the indicator (trend) pages, so the two never disagree.</summary>
/// <remarks>A change is worked out only from the point of the year just before (a missing year breaks it) and only when
/// Core marks the point comparable with it (<see cref="SeriesPoint.Comparability"/> other than <see cref="Comparability.None"/>).</remarks>
internal static class SeriesChange
{
    /// <summary>The point of the year just before <c>series[index]</c>, or <see langword="null"/> when the series has none.</summary>
    public static SeriesPoint? YearBefore(IReadOnlyList<SeriesPoint> series, int index) =>
        index > 0 && series[index - 1].Year == series[index].Year - 1 ? series[index - 1] : null;

    /// <summary>Whether <c>series[index]</c> compares with the point of the year just before (there is one, and Core marks
    /// the two comparable).</summary>
    public static bool IsComparable(IReadOnlyList<SeriesPoint> series, int index) =>
        YearBefore(series, index) is not null && series[index].Comparability != Comparability.None;

    /// <summary>The change of <c>series[index]</c> from the year before, blank-aware (<see cref="DerivedValue.Difference"/>);
    /// blank when it does not compare (<see cref="IsComparable"/>).</summary>
    public static DerivedValue Of(IReadOnlyList<SeriesPoint> series, int index) =>
        IsComparable(series, index) ? DerivedValue.Difference(series[index].Value, series[index - 1].Value) : default;
}
