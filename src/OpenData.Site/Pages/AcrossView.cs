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

    /// <summary>The most agencies a ranking's bar chart draws: the highest ones. The ranking page's table lists every agency.</summary>
    /// <remarks>A chart of every agency grew 32 pixels an agency: at 300 agencies an image nearly 10,000 pixels tall, a
    /// copy of the table below it that nobody reads as a picture, and about a twelfth of a province's chart drawing.</remarks>
    internal const int ChartedAgencies = 20;

    /// <summary>The bar chart of a concept's ranking of the year: its bars are the highest exact values, highest first
    /// (at most <see cref="ChartedAgencies"/>, ties in the table's order), each labelled with the agency's name.</summary>
    /// <remarks>The description (the SVG's <c>&lt;desc&gt;</c>, and the ranking page's <c>alt</c> with a pointer to the
    /// table) says what the chart shows: the concept and year, how many agencies are drawn and how many are not (left
    /// out below the highest, or partial or blank values), and the first with its value (as published, with its findings)
    /// and how many are tied with it. It does not list every agency: at 300 agencies that was 22 KB a page, read by a
    /// screen reader as one run-on sentence, repeating the table right below it; the table and the CSV hold every
    /// agency's value.</remarks>
    internal ChartSeries Chart(Concept concept, SiteModel site, Language language)
    {
        var ranking = Ranking(concept, site);
        var drawn = ranking.Where(e => IsRanked(e.Value)).Take(ChartedAgencies).ToList();
        return new ChartSeries(
            $"{Display.Year(Year)} {language.T(concept.LabelZh, concept.LabelEn)}",
            Describe(concept, ranking, drawn.Count, site, language),
            ChartKind.Bar,
            [.. drawn.Select(e => site.AgencyName(e.Agency, language))],
            [.. drawn.Select(e => e.Value)],
            [],
            concept.Unit);
    }

    private string Describe(Concept concept, IReadOnlyList<Entry> ranking, int drawn, SiteModel site, Language language)
    {
        var year = Display.Year(Year);
        var label = language.T(concept.LabelZh, concept.LabelEn);
        var ranked = ranking.Count(e => IsRanked(e.Value));
        var undrawn = ranking.Count - ranked;
        if (drawn == 0)
        {
            return language.T(
                $"{year}年{label}条形图：没有可画出的数值（{undrawn}个机构的数值未填报或部分未填报）。",
                $"Bar chart of {label} in {year}: no value to draw ({Agencies(undrawn)} with a blank or partly blank value).");
        }

        // Ranked values come first, highest first: the first entry is the highest, and the next ones with its value tie with it.
        var first = ranking[0];
        var tied = ranking.Skip(1).Count(e => e.Value.Exact == first.Value.Exact);
        var top = $"{site.AgencyName(first.Agency, language)} {Display.Number(first.Value, language)}{Display.AsPublished(first.Findings, language)}";
        var zhDrawn = drawn < ranked ? $"画出数值最高的{drawn}个机构（共{ranked}个机构有数值）" : $"画出{drawn}个机构";
        var enDrawn = drawn < ranked ? $"the {drawn.ToString(System.Globalization.CultureInfo.InvariantCulture)} highest of {Agencies(ranked)} with a value drawn" : $"{Agencies(drawn)} drawn";
        return language.T(
            $"{year}年{label}条形图，按数值从高到低{zhDrawn}" + (undrawn > 0 ? $"，另有{undrawn}个机构的数值未填报或部分未填报，未画出" : "")
                + $"；最高为{top}" + (tied > 0 ? $"，另有{tied}个机构与其并列" : "") + "。",
            $"Bar chart of {label} in {year}: {enDrawn}, highest first" + (undrawn > 0 ? $"; {Agencies(undrawn)} with a blank or partly blank value not drawn" : "")
                + $"; highest: {top}" + (tied > 0 ? $", tied with {Agencies(tied)}" : "") + ".");

        static string Agencies(int n) => n == 1 ? "1 agency" : $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} agencies";
    }
}
