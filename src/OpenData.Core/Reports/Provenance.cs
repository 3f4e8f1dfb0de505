namespace OpenData;

/// <summary>Where a report's data came from.</summary>
/// <param name="Method">How the figures were obtained.</param>
/// <param name="SourceUrl">The address of the published report, or <see langword="null"/>.</param>
/// <param name="PublishedOn">The publication date of the report, or <see langword="null"/> when unknown.</param>
/// <param name="SourceFile">The file the data was imported or transcribed from, or <see langword="null"/>.</param>
/// <param name="Notes">Notes on the source (how the table was recovered, what was ambiguous).</param>
public sealed record Provenance(
    ProvenanceMethod Method,
    string? SourceUrl = null,
    DateOnly? PublishedOn = null,
    string? SourceFile = null,
    IReadOnlyList<string>? Notes = null);
