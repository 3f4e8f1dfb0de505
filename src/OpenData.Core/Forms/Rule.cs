namespace OpenData;

/// <summary>A relation between indicator values that a form prints or implies, checked by <see cref="Validator"/>.</summary>
/// <remarks>
/// Rule ids follow ../domain/tables.md: <c>R-*</c> are printed identities (errors), <c>I-*</c> inequalities
/// (warnings), <c>X-*</c> cross-year rules. One id can have several instances, e.g. R-N2 once per applicant column;
/// <see cref="Anchor"/> names the cell an instance is reported on. Blank cells are never read as zero to decide
/// whether a rule holds: see <see cref="Validator"/>.
/// </remarks>
/// <param name="Id">The rule id, e.g. <c>R-N2</c>.</param>
/// <param name="Severity">The severity of a finding when the rule is broken.</param>
/// <param name="Kind">Equality or at-most.</param>
/// <param name="Left">Terms summed on the left side.</param>
/// <param name="Right">Terms summed on the right side.</param>
/// <param name="Anchor">The indicator code a finding of this instance is attached to.</param>
/// <param name="TitleZh">What the rule says, in Chinese.</param>
/// <param name="TitleEn">What the rule says, in English.</param>
/// <param name="FirstYear">The first report year the rule is checked for, or <see langword="null"/> for every year.</param>
public sealed record Rule(
    string Id,
    Severity Severity,
    RuleKind Kind,
    IReadOnlyList<Term> Left,
    IReadOnlyList<Term> Right,
    string Anchor,
    string TitleZh,
    string TitleEn,
    int? FirstYear = null)
{
    /// <summary>Whether the rule relates this year's report to an earlier year's.</summary>
    public bool IsCrossYear => Left.Any(t => t.YearOffset != 0) || Right.Any(t => t.YearOffset != 0);

    /// <summary>The rule as a formula over codes, e.g. <c>s3.done.nat = s3.granted.nat + …</c>.</summary>
    public string Formula => $"{Side(Left)} {(Kind == RuleKind.Equal ? "=" : "<=")} {Side(Right)}";

    private static string Side(IReadOnlyList<Term> terms) => string.Join(" ", terms.Select((t, i) =>
    {
        var name = t.YearOffset == 0 ? t.Code : $"{t.Code}[y{t.YearOffset}]";
        return i == 0 ? (t.Sign < 0 ? "-" + name : name) : (t.Sign < 0 ? "- " + name : "+ " + name);
    }));
}
