namespace OpenData;

/// <summary>One term of a <see cref="Rule"/>: an indicator's value, signed, in this report's year or an earlier one.</summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Sign">+1 to add the value, -1 to subtract it.</param>
/// <param name="YearOffset">0 for the report's own year, -1 for the previous year's report of the same agency.</param>
public sealed record Term(string Code, int Sign = 1, int YearOffset = 0);
