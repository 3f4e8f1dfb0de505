namespace OpenData.Site.Import;

/// <summary>What the command line says about a report, overriding what the importer finds in it.</summary>
/// <param name="AgencyId">The agency id (folder name), or <see langword="null"/> to decide later.</param>
/// <param name="AgencyName">The agency's name, or <see langword="null"/> to take it from the report.</param>
/// <param name="Year">The report year, or <see langword="null"/> to take it from the report.</param>
/// <param name="SourceFile">How provenance names the source file (e.g. <c>shared/samples/pingtan-2025.txt</c>), or <see langword="null"/> for the path given.</param>
internal sealed record ImportOptions(string? AgencyId = null, string? AgencyName = null, int? Year = null, string? SourceFile = null);
