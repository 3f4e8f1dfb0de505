namespace OpenData.Site.Import;

/// <summary>What the tables of a source gave: values by code, anomalies, and findings (errors stop the import).</summary>
/// <param name="Values">Every cell read, by indicator code (blank cells as <see cref="ReportValue.Blank"/>).</param>
/// <param name="Anomalies">Things printed in the tables that are not data.</param>
/// <param name="Findings">Notes on how the tables were read, each naming the source line.</param>
/// <param name="Unsure">Cells left blank because they could not be read with certainty, and rows not taken, with the text read.</param>
internal sealed record MappedTables(IReadOnlyDictionary<string, ReportValue> Values, IReadOnlyList<Anomaly> Anomalies, IReadOnlyList<Finding> Findings, IReadOnlyList<ImportFinding> Unsure);
