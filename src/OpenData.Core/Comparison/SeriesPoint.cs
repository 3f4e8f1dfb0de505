namespace OpenData;

/// <summary>One year of a series.</summary>
/// <param name="Year">The report year.</param>
/// <param name="Form">The form of that year's report.</param>
/// <param name="Number">The value, or <see langword="null"/> when blank or not measured by that form.</param>
/// <param name="Comparability">How this point compares with the previous point of the series.</param>
/// <param name="IsBreak">Whether the form changed since the previous point (mark the break on charts).</param>
public sealed record SeriesPoint(int Year, string Form, decimal? Number, Comparability Comparability, bool IsBreak);
