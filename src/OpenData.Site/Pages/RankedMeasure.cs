namespace OpenData.Site;

/// <summary>What a ranking across agencies ranks: a concept of the crosswalk, or one of the two derived rates (a sum of
/// concepts over another, in percent). Every one has a page and a CSV per year (<see cref="Routes.AcrossRanking"/>,
/// <see cref="Routes.AcrossCsv"/>).</summary>
/// <param name="Id">The id in addresses: the concept's id (<c>applications.new</c>), or <c>rates.disclosure</c>, <c>rates.correction</c>.</param>
/// <param name="LabelZh">The label in Chinese.</param>
/// <param name="LabelEn">The label in English.</param>
/// <param name="Unit">件 for a concept; % for a rate.</param>
/// <param name="Numerator">The concepts summed: the concept itself, or a rate's numerator.</param>
/// <param name="Denominator">A rate's denominator; <see langword="null"/> for a concept.</param>
public sealed record RankedMeasure(string Id, string LabelZh, string LabelEn, string Unit, IReadOnlyList<Concept> Numerator, Concept? Denominator)
{
    /// <summary>公开率 = (予以公开 + 部分公开) ÷ 办理结果总计 × 100%.</summary>
    public static RankedMeasure DisclosureRate { get; } = new(
        "rates.disclosure", "公开率", "disclosure rate", "%", [Crosswalk.Find("applications.granted")!, Crosswalk.Find("applications.partial")!], Crosswalk.Find("applications.done")!);

    /// <summary>纠错率 = 行政复议结果纠正 ÷ 行政复议总计 × 100%.</summary>
    public static RankedMeasure CorrectionRate { get; } = new(
        "rates.correction", "纠错率", "correction rate", "%", [Crosswalk.Find("reviews.corrected")!], Crosswalk.Find("reviews.total")!);

    /// <summary>Every concept of the crosswalk in its order, then the two rates.</summary>
    public static IReadOnlyList<RankedMeasure> All { get; } = [.. Crosswalk.Concepts.Select(Of), DisclosureRate, CorrectionRate];

    /// <summary>Whether this is a rate (a numerator over a denominator) rather than a concept.</summary>
    public bool IsRate => Denominator is not null;

    /// <summary>The concept ranked, for a concept; <see langword="null"/> for a rate.</summary>
    public Concept? Concept => IsRate ? null : Numerator[0];

    /// <summary>The ranking of a concept of the crosswalk.</summary>
    public static RankedMeasure Of(Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return new(concept.Id, concept.LabelZh, concept.LabelEn, concept.Unit, [concept], null);
    }

    /// <summary>The rate's formula in words, in the page's language; empty for a concept.</summary>
    internal string Formula(Language language) => !IsRate
        ? ""
        : language.T(
            $"{LabelZh} = {Terms(Numerator.Select(c => c.LabelZh), "（", "）")} ÷ {Denominator!.LabelZh} × 100%",
            $"{LabelEn} = {Terms(Numerator.Select(c => c.LabelEn), "(", ")")} ÷ {Denominator!.LabelEn} × 100%");

    private static string Terms(IEnumerable<string> labels, string open, string close)
    {
        var list = labels.ToList();
        return list.Count == 1 ? list[0] : open + string.Join(" + ", list) + close;
    }
}
