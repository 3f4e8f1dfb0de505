namespace OpenData.Site;

/// <summary>One year across agencies: a ranking per key concept, and the derived rates with their formulas.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record AcrossView(int Year, IReadOnlyList<Report> Reports)
{
    /// <summary>One agency's value in a ranking, with the findings on the cells it comes from (see
    /// <see cref="SiteModel.FindingsOn(Report, Concept)"/>): the value is ranked as published and shown with its marks.</summary>
    public sealed record Entry(string Agency, DerivedValue Value)
    {
        public IReadOnlyList<Finding> Findings { get; init; } = [];
    }

    /// <summary>A rate's terms and the rate: a plain number only when both terms are (see <see cref="DerivedValue.Percent"/>).</summary>
    public sealed record Rate(string Agency, DerivedValue Numerator, DerivedValue Denominator)
    {
        /// <summary>The findings on the cells of the numerator and of the denominator: a rate worked out from a flagged value
        /// carries its mark.</summary>
        public IReadOnlyList<Finding> Findings { get; init; } = [];

        public DerivedValue Percent => DerivedValue.Percent(Numerator, Denominator);
    }

    /// <summary>The agencies ranked by the concept's value, highest first; then, unranked, the partial values (some cells
    /// blank: their rank is unknown) by their lower bound; then the blanks.</summary>
    /// <remarks>Values are ranked as published: a value a finding is attached to keeps its place, and carries the finding's
    /// mark (the site's pages and charts ask with the site, which has the findings; without it no entry has any).</remarks>
    public IReadOnlyList<Entry> Ranking(Concept concept) => Ranking(concept, null);

    internal IReadOnlyList<Entry> Ranking(Concept concept, SiteModel? site) => Ordered(
        Reports.Select(r => new Entry(r.Agency, Crosswalk.Resolve(concept, r)) { Findings = site?.FindingsOn(r, concept) ?? [] }),
        e => e.Value,
        e => e.Agency);

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
    public IReadOnlyList<Rate> GrantRate() => GrantRate(null);

    internal IReadOnlyList<Rate> GrantRate(SiteModel? site) => RateOf(site, ["applications.granted", "applications.partial"], "applications.done");

    /// <summary>纠错率 = 行政复议结果纠正 ÷ 行政复议总计 × 100%.</summary>
    public IReadOnlyList<Rate> CorrectionRate() => CorrectionRate(null);

    internal IReadOnlyList<Rate> CorrectionRate(SiteModel? site) => RateOf(site, ["reviews.corrected"], "reviews.total");

    // The rate of every report: the sum of the numerator's concepts over the denominator's, with the findings on all their cells.
    private List<Rate> RateOf(SiteModel? site, string[] numerator, string denominator)
    {
        var over = Crosswalk.Find(denominator)!;
        var terms = numerator.Select(id => Crosswalk.Find(id)!).ToList();
        return [.. Reports.Select(r => new Rate(r.Agency, DerivedValue.Sum(terms.Select(c => Crosswalk.Resolve(c, r))), Crosswalk.Resolve(over, r))
        {
            Findings = site is null ? [] : [.. terms.Append(over).SelectMany(c => site.FindingsOn(r, c))],
        })];
    }

    internal ChartSeries Chart(Concept concept, SiteModel site, Language language)
    {
        var ranking = Ranking(concept, site);
        return new ChartSeries(
            $"{Display.Year(Year)} {language.T(concept.LabelZh, concept.LabelEn)}",
            string.Join(language.T("；", "; "), ranking.Select(e => $"{site.AgencyName(e.Agency, language)} {Display.Number(e.Value, language)}{Display.AsPublished(e.Findings, language)}")),
            ChartKind.Bar,
            [.. ranking.Select(e => site.AgencyName(e.Agency, language))],
            [.. ranking.Select(e => e.Value)],
            [],
            concept.Unit);
    }
}
