using System.Collections.Frozen;

namespace OpenData;

/// <summary>The crosswalk between form versions: concepts followed from national-2014 through national-2019 to national-2021.</summary>
/// <remarks>
/// Built from ../domain/tables.md §2.4 (old ↔ new) and the 2019 → 2021 mapping of section 二. A concept links only
/// measures that can be read as one series; incomparable ones (2019 行政事业性收费 item counts vs 2021 amounts in 万元)
/// are deliberately not linked, so they are never charted on one axis.
/// </remarks>
public static class Crosswalk
{
    /// <summary>Every concept, in display order.</summary>
    public static IReadOnlyList<Concept> Concepts { get; } = CrosswalkConcepts.Create();

    // Look-ups for the pages: every cell of every report page asks for its concept. As with a scan in display order, the
    // first concept wins, and a concept is read through its first source for a form (SourceFor).
    private static readonly FrozenDictionary<string, Concept> ById = Concepts
        .DistinctBy(c => c.Id, StringComparer.Ordinal)
        .ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

    private static readonly FrozenDictionary<(string Form, string Code), Concept> BySingleCode = Concepts
        .SelectMany(c => c.Sources.DistinctBy(s => s.Form, StringComparer.Ordinal).Where(s => s.Codes.Count == 1).Select(s => (Key: (s.Form, s.Codes[0]), Concept: c)))
        .DistinctBy(e => e.Key)
        .ToFrozenDictionary(e => e.Key, e => e.Concept);

    /// <summary>Finds a concept by id.</summary>
    /// <returns>The concept, or <see langword="null"/>.</returns>
    public static Concept? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The concept that a single indicator of a form measures on its own, or <see langword="null"/>.</summary>
    public static Concept? ConceptOf(string form, string code) => BySingleCode.GetValueOrDefault((form, code));

    /// <summary>The value of a concept in a report: the sum of the source's indicators, which keeps count of the blank ones.</summary>
    /// <returns>The sum: exact when every cell is reported, partial (a lower bound, never a plain number) when some are
    /// blank, blank when every cell is blank or the report's form does not measure the concept (<c>default</c>).</returns>
    public static DerivedValue Resolve(Concept concept, Report report)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(report);
        var source = concept.SourceFor(report.Form);
        if (source is null)
        {
            return default;
        }

        // A loop, not a query: every point of every series sums its codes.
        var sum = default(DerivedValue);
        foreach (var code in source.Codes)
        {
            sum += report.Number(code);
        }

        return sum;
    }

    /// <summary>How comparable a concept's values are between two forms: the weaker of the two sources.</summary>
    public static Comparability Between(Concept concept, string formA, string formB)
    {
        ArgumentNullException.ThrowIfNull(concept);
        if (string.Equals(formA, formB, StringComparison.Ordinal))
        {
            return concept.SourceFor(formA) is null ? Comparability.None : Comparability.Same;
        }

        var a = concept.SourceFor(formA);
        var b = concept.SourceFor(formB);
        return a is null || b is null ? Comparability.None : (Comparability)Math.Max((int)a.Comparability, (int)b.Comparability);
    }

    /// <summary>A concept's series over an agency's reports, oldest first, with form breaks marked.</summary>
    public static IReadOnlyList<SeriesPoint> Series(Concept concept, IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var points = new List<SeriesPoint>();
        Report? previous = null;
        foreach (var report in OldestFirst(reports))
        {
            var comparability = previous is null ? Comparability.Same : Between(concept, previous.Form, report.Form);
            var isBreak = previous is not null && !string.Equals(previous.Form, report.Form, StringComparison.Ordinal);
            points.Add(new SeriesPoint(report.Year, report.Form, Resolve(concept, report), comparability, isBreak));
            previous = report;
        }

        return points;
    }

    /// <summary>The concept an indicator is followed through over an agency's reports: that of the oldest report whose
    /// form measures the concept with this code alone (see <see cref="ConceptOf(string, string)"/>).</summary>
    /// <returns>The concept, or <see langword="null"/> when no report's form links the code to one.</returns>
    public static Concept? ConceptOf(string code, IEnumerable<Report> reports)
    {
        var ordered = OldestFirst(reports);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ConceptOf(ordered[i].Form, code) is { } concept)
            {
                return concept;
            }
        }

        return null;
    }

    /// <summary>One indicator's series over an agency's reports: the same code while forms share it, then through its concept.</summary>
    /// <remarks>A year whose form has neither the code nor a linked concept gets a blank point with <see cref="Comparability.None"/>.</remarks>
    public static IReadOnlyList<SeriesPoint> Series(string code, IEnumerable<Report> reports)
    {
        var ordered = OldestFirst(reports);
        var concept = ConceptOf(code, ordered);
        if (concept is not null)
        {
            return Series(concept, ordered);
        }

        var points = new List<SeriesPoint>();
        Report? previous = null;
        foreach (var report in ordered)
        {
            var has = report.FormDefinition?.Contains(code) == true;
            var hadBefore = previous?.FormDefinition?.Contains(code) == true;
            var comparability = !has ? Comparability.None : previous is null || hadBefore ? Comparability.Same : Comparability.None;
            var isBreak = previous is not null && !string.Equals(previous.Form, report.Form, StringComparison.Ordinal);
            points.Add(new SeriesPoint(report.Year, report.Form, has ? DerivedValue.Of(report.Number(code)) : default, comparability, isBreak));
            previous = report;
        }

        return points;
    }

    // By year, as a stable sort would put them; an agency's reports are kept oldest first, so they rarely need sorting.
    private static IReadOnlyList<Report> OldestFirst(IEnumerable<Report> reports)
    {
        if (reports is IReadOnlyList<Report> list)
        {
            var sorted = true;
            for (var i = 1; i < list.Count && sorted; i++)
            {
                sorted = list[i - 1].Year <= list[i].Year;
            }

            if (sorted)
            {
                return list;
            }
        }

        return [.. reports.OrderBy(r => r.Year)];
    }

    internal static ConceptSource Source(string form, Comparability comparability, string noteZh, string noteEn, params string[] codes) =>
        new(form, codes, comparability, noteZh, noteEn);

    internal static ConceptSource SameIn(string form, params string[] codes) => new(form, codes, Comparability.Same, "", "");
}
