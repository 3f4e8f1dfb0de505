namespace OpenData;

/// <summary>The findings of a validation run; valid when no error is left unacknowledged.</summary>
/// <param name="Findings">Every finding, in a stable order (file, then the form's order of cells and rules).</param>
public sealed record ValidationResult(IReadOnlyList<Finding> Findings)
{
    /// <summary>Whether no error is left unacknowledged.</summary>
    public bool IsValid => !Findings.Any(f => f.IsBlocking);

    /// <summary>The number of unacknowledged errors.</summary>
    public int Errors => Findings.Count(f => f.IsBlocking);

    /// <summary>The number of warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>The number of acknowledged findings.</summary>
    public int Acknowledged => Findings.Count(f => f.IsAcknowledged);
}
