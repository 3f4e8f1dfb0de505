namespace OpenData.Site.Import;

/// <summary>The outcome of importing one file: the report (unless an error stopped it), the agency name, and every finding.</summary>
/// <param name="Report">The imported report, or <see langword="null"/> when an error stopped the import.</param>
/// <param name="AgencyName">The agency's name as found or given.</param>
/// <param name="Findings">Errors (file and line), notes on how the tables were read, and text cross-checks (T-*).</param>
internal sealed record ImportResult(Report? Report, string? AgencyName, IReadOnlyList<Finding> Findings)
{
    public bool Failed => Report is null || Findings.Any(f => f.Severity == Severity.Error);
}
