namespace OpenData;

/// <summary>A published inconsistency accepted on purpose: its finding stays visible but no longer fails validation.</summary>
/// <param name="Rule">The rule id, e.g. <c>R-N2</c>.</param>
/// <param name="Reason">Why the finding is accepted (e.g. the published table breaks the identity; figures are kept as published).</param>
/// <param name="Code">The cell the finding is attached to (its <see cref="Finding.Code"/>); <see langword="null"/> acknowledges every finding of the rule in the report.</param>
public sealed record Acknowledgement(string Rule, string Reason, string? Code = null)
{
    /// <summary>Whether this acknowledgement covers a finding.</summary>
    public bool Covers(Finding finding) =>
        string.Equals(finding.Rule, Rule, StringComparison.Ordinal) && (Code is null || string.Equals(finding.Code, Code, StringComparison.Ordinal));
}
