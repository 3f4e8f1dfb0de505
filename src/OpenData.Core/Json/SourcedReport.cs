namespace OpenData;

/// <summary>A report together with the file it was read from, so findings can name the file.</summary>
/// <param name="Report">The report.</param>
/// <param name="File">The file as named in findings, e.g. <c>data/pingtan/2020.json</c>; <see langword="null"/> for a report held only in memory.</param>
public sealed record SourcedReport(Report Report, string? File);
