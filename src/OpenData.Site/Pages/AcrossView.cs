namespace OpenData.Site;

/// <summary>One year across agencies: its reports, and the order of a concept's values for its chart (the rankings of
/// every concept and rate, with their ranks, are <see cref="RankingView"/>).</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record AcrossView(int Year, IReadOnlyList<Report> Reports)
{
    /// <summary>One agency's value in a ranking, with the findings on the cells it comes from (see
    /// <see cref="SiteModel.FindingsOn(Report, Concept)"/>): the value is ranked as published and shown with its marks.</summary>
    public sealed record Entry(string Agency, DerivedValue Value)
    {
        public IReadOnlyList<Finding> Findings { get; init; } = [];
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
