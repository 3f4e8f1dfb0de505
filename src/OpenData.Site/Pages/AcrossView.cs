namespace OpenData.Site;

/// <summary>One year across agencies: a ranking per key concept, and the derived rates with their formulas.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record AcrossView(int Year, IReadOnlyList<Report> Reports)
{
    public sealed record Entry(string Agency, decimal? Value);

    public sealed record Rate(string Agency, decimal? Numerator, decimal? Denominator)
    {
        public decimal? Percent => Numerator is { } n && Denominator is { } d && d != 0 ? Math.Round(n / d * 100, 1, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>The agencies ranked by the concept's value, highest first; blanks last and unranked.</summary>
    public IReadOnlyList<Entry> Ranking(Concept concept) =>
        [.. Reports.Select(r => new Entry(r.Agency, Crosswalk.Resolve(concept, r)))
            .OrderBy(e => e.Value is null)
            .ThenByDescending(e => e.Value)
            .ThenBy(e => e.Agency, StringComparer.Ordinal)];

    /// <summary>公开率 = (予以公开 + 部分公开) ÷ 办理结果总计 × 100%.</summary>
    public IReadOnlyList<Rate> GrantRate() => [.. Reports.Select(r =>
    {
        var granted = Crosswalk.Resolve(Crosswalk.Find("applications.granted")!, r);
        var partial = Crosswalk.Resolve(Crosswalk.Find("applications.partial")!, r);
        decimal? numerator = granted is null && partial is null ? null : (granted ?? 0) + (partial ?? 0);
        return new Rate(r.Agency, numerator, Crosswalk.Resolve(Crosswalk.Find("applications.done")!, r));
    })];

    /// <summary>纠错率 = 行政复议结果纠正 ÷ 行政复议总计 × 100%.</summary>
    public IReadOnlyList<Rate> CorrectionRate() => [.. Reports.Select(r => new Rate(r.Agency,
        Crosswalk.Resolve(Crosswalk.Find("reviews.corrected")!, r), Crosswalk.Resolve(Crosswalk.Find("reviews.total")!, r)))];

    internal ChartSeries Chart(Concept concept, SiteModel site, Language language)
    {
        var ranking = Ranking(concept);
        return new ChartSeries(
            $"{Display.Year(Year)} {language.T(concept.LabelZh, concept.LabelEn)}",
            string.Join(language.T("；", "; "), ranking.Select(e => $"{site.AgencyName(e.Agency, language)} {Display.Number(e.Value)}")),
            ChartKind.Bar,
            [.. ranking.Select(e => site.AgencyName(e.Agency, language))],
            [.. ranking.Select(e => e.Value)],
            [],
            concept.Unit);
    }
}
