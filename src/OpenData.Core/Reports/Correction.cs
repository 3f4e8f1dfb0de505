namespace OpenData;

/// <summary>An entry of a report's corrections log: a change to the data file after it was first written.</summary>
/// <remarks>Values as published are never silently fixed; a correction records who changed what, when and why.</remarks>
/// <param name="Date">When the change was made.</param>
/// <param name="Description">What was changed and why.</param>
/// <param name="Code">The indicator changed, or <see langword="null"/> for a change that is not about one value.</param>
/// <param name="Before">The value before, as text, or <see langword="null"/>.</param>
/// <param name="After">The value after, as text, or <see langword="null"/>.</param>
public sealed record Correction(DateOnly Date, string Description, string? Code = null, string? Before = null, string? After = null);
