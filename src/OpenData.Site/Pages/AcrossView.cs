namespace OpenData.Site;

/// <summary>One year across agencies: a ranking per key concept, and the derived rates with their formulas.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record AcrossView(int Year, IReadOnlyList<Report> Reports)
{
    public sealed record Entry(string Agency, DerivedValue Value);

    /// <summary>A rate's terms and the rate: a plain number only when both terms are (see <see cref="DerivedValue.Percent"/>).</summary>
    public sealed record Rate(string Agency, DerivedValue Numerator, DerivedValue Denominator)
    {
        public DerivedValue Percent => DerivedValue.Percent(Numerator, Denominator);
    }

    /// <summary>The agencies ranked by the concept's value, highest first; then, unranked, the partial values (some cells
    /// blank: their rank is unknown) by their lower bound; then the blanks.</summary>
    public IReadOnlyList<Entry> Ranking(Concept concept) => Ordered(Reports.Select(r => new Entry(r.Agency, Crosswalk.Resolve(concept, r))), e => e.Value, e => e.Agency);

    /// <summary>Whether a value takes a rank: only an exact one does.</summary>
    public static bool IsRanked(DerivedValue value) => value.Exact is not null;

    /// <summary>Ranking order: exact values highest first; then, unranked, the values that are neither exact nor blank
    /// (partial ones by their lower bound, those without a number last); then blanks; ties by agency id.</summary>
    public static IReadOnlyList<T> Ordered<T>(IEnumerable<T> items, Func<T, DerivedValue> value, Func<T, string> agency) =>
        [.. items
            .OrderBy(i => value(i) is { Exact: not null } ? 0 : value(i).IsBlank ? 2 : 1)
            .ThenByDescending(i => value(i).Known)
            .ThenBy(agency, StringComparer.Ordinal)];

    /// <summary>公开率 = (予以公开 + 部分公开) ÷ 办理结果总计 × 100%: a blank 部分公开 leaves the numerator partial, never read as 0.</summary>
    public IReadOnlyList<Rate> GrantRate() => [.. Reports.Select(r => new Rate(r.Agency,
        Crosswalk.Resolve(Crosswalk.Find("applications.granted")!, r) + Crosswalk.Resolve(Crosswalk.Find("applications.partial")!, r),
        Crosswalk.Resolve(Crosswalk.Find("applications.done")!, r)))];

    /// <summary>纠错率 = 行政复议结果纠正 ÷ 行政复议总计 × 100%.</summary>
    public IReadOnlyList<Rate> CorrectionRate() => [.. Reports.Select(r => new Rate(r.Agency,
        Crosswalk.Resolve(Crosswalk.Find("reviews.corrected")!, r), Crosswalk.Resolve(Crosswalk.Find("reviews.total")!, r)))];

    internal ChartSeries Chart(Concept concept, SiteModel site, Language language)
    {
        var ranking = Ranking(concept);
        return new ChartSeries(
            $"{Display.Year(Year)} {language.T(concept.LabelZh, concept.LabelEn)}",
            string.Join(language.T("；", "; "), ranking.Select(e => $"{site.AgencyName(e.Agency, language)} {Display.Number(e.Value, language)}")),
            ChartKind.Bar,
            [.. ranking.Select(e => site.AgencyName(e.Agency, language))],
            [.. ranking.Select(e => e.Value)],
            [],
            concept.Unit);
    }
}
