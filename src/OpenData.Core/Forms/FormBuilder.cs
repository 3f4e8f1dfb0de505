using System.Collections.Frozen;

namespace OpenData;

/// <summary>Collects the tables, indicators and rules of a form while it is being defined.</summary>
internal sealed class FormBuilder
{
    private readonly List<FormTable> _tables = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<Rule> _rules = [];

    public IReadOnlyList<Indicator> Indicators => _indicators;

    /// <summary>See <see cref="Form.NarrativeSectionsBeforeTables"/>.</summary>
    public IReadOnlyList<string>? NarrativeSectionsBeforeTables { get; set; }

    /// <summary>See <see cref="Form.Province"/>.</summary>
    public string? Province { get; set; }

    /// <summary>See <see cref="Form.SectionTitles"/>.</summary>
    public Dictionary<string, string> SectionTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>See <see cref="Form.SectionTitlesEn"/>.</summary>
    public Dictionary<string, string> SectionTitlesEn { get; } = new(StringComparer.Ordinal);

    public void AddTable(FormTable table, IEnumerable<Indicator> indicators)
    {
        _tables.Add(table);
        _indicators.AddRange(indicators);
    }

    public void AddRule(Rule rule) => _rules.Add(rule);

    /// <summary>Adds the rule <c>total = Σ parts</c>, reported on the total's cell.</summary>
    public void AddSum(string id, Severity severity, string total, IEnumerable<string> parts, string titleZh, string titleEn) =>
        _rules.Add(new Rule(id, severity, RuleKind.Equal, [new Term(total)], [.. parts.Select(p => new Term(p))], total, titleZh, titleEn));

    /// <summary>Adds the rule <c>lesser ≤ greater</c>, reported on the lesser cell.</summary>
    public void AddAtMost(string id, string lesser, string greater, string titleZh, string titleEn) =>
        _rules.Add(new Rule(id, Severity.Warning, RuleKind.AtMost, [new Term(lesser)], [new Term(greater)], lesser, titleZh, titleEn));

    public Form Build(string id, string nameZh, string nameEn, string basis, int firstYear, int? lastYear)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in _indicators)
        {
            if (!codes.Add(indicator.Code))
            {
                throw new InvalidOperationException($"Form {id} defines {indicator.Code} twice.");
            }
        }

        foreach (var term in _rules.SelectMany(r => r.Left.Concat(r.Right)))
        {
            if (!codes.Contains(term.Code))
            {
                throw new InvalidOperationException($"A rule of form {id} names the unknown code {term.Code}.");
            }
        }

        return new Form(id, nameZh, nameEn, basis, firstYear, lastYear, [.. _tables], [.. _indicators], [.. _rules])
        {
            NarrativeSectionsBeforeTables = NarrativeSectionsBeforeTables,
            Province = Province,
            SectionTitles = SectionTitles.ToFrozenDictionary(StringComparer.Ordinal),
            SectionTitlesEn = SectionTitlesEn.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    /// <summary>Kind of value implied by a unit: money is an amount with decimals, anything else a count.</summary>
    public static ValueKind KindOf(string? unit) => unit is "万元" or "元" or null ? ValueKind.Amount : ValueKind.Count;
}
