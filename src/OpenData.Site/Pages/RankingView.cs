using System.Runtime.CompilerServices;

namespace OpenData.Site;

/// <summary>One agency's place in a ranking of a year: its rank (shared with the agencies of the same exact value), its
/// value, and for a rate its terms.</summary>
/// <param name="Agency">The agency id.</param>
/// <param name="Level">The agency's level; <see langword="null"/> when the agency file gives none.</param>
/// <param name="Value">The value ranked: the concept's value, or the rate in percent.</param>
/// <param name="Rank">The competition rank (1, 2, 2, 4): one more than the number of agencies with a greater exact value;
/// <see langword="null"/> for a partial or blank value and for an agency with no report.</param>
public sealed record Standing(string Agency, AgencyLevel? Level, DerivedValue Value, int? Rank)
{
    /// <summary>Whether the agency published a report of the year; an agency that owed one and has none is listed
    /// unranked, with no value.</summary>
    public bool HasReport { get; init; } = true;

    /// <summary>A rate's numerator and denominator (for a concept, the value and blank).</summary>
    public DerivedValue Numerator { get; init; }

    public DerivedValue Denominator { get; init; }

    /// <summary>The findings on the cells the value comes from: it is ranked as published and shown with their marks.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The rank among the agencies of the same level, worked out the same way (<see cref="RankingView.ByLevel"/>);
    /// <see langword="null"/> for an unranked value: the ranking page's 本级排名 and the CSV's <c>level_rank</c>.</summary>
    public int? LevelRank { get; init; }

    /// <summary>The status in the CSV: <c>reported</c>, <c>partial</c>, <c>blank</c>, or <c>missing</c> (no report).</summary>
    public string Status => HasReport ? CsvExport.Status(Value) : "missing";
}

/// <summary>The ranking of one measure (<see cref="RankedMeasure"/>) in one year, over every agency and within each level.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record RankingView(AcrossView Across, RankedMeasure Measure)
{
    // The standings worked out for each year's reports (the same object), kept while it is: the year's page and the
    // measure's page, in each language, rank the same agencies.
    private static readonly ConditionalWeakTable<AcrossView, StandingsCache> Worked = [];

    /// <summary>Every agency of the year: ranked ones by rank, then, unranked, partial values, blanks and the agencies that
    /// owed a report and have none (<see cref="SiteModel.Completeness"/>), each by agency id.</summary>
    /// <remarks>Worked out once per site, year's reports and measure, and shared (read-only) by every caller.</remarks>
    internal IReadOnlyList<Standing> Standings(SiteModel site) => Worked.GetOrCreateValue(Across).Get(site, this);

    private IReadOnlyList<Standing> WorkOutStandings(SiteModel site)
    {
        var year = Across.Year;
        var reported = Across.Reports.Select(r => r.Agency).ToHashSet(StringComparer.Ordinal);
        var published = Across.Reports.Select(r =>
        {
            var numerator = DerivedValue.Sum(Measure.Numerator.Select(c => Crosswalk.Resolve(c, r)));
            var denominator = Measure.Denominator is { } over ? Crosswalk.Resolve(over, r) : default;
            var value = Measure.IsRate ? DerivedValue.Percent(numerator, denominator) : numerator;
            return new Standing(r.Agency, site.FindAgency(r.Agency)?.Level, value, null)
            {
                Numerator = numerator,
                Denominator = denominator,
                Findings = [.. Measure.Numerator.Concat(Measure.Denominator is { } d ? [d] : []).SelectMany(c => site.FindingsOn(r, c))],
            };
        });
        var missing = site.Completeness
            .Where(e => e.Year == year && e.Status == ReportStatus.Missing && !reported.Contains(e.Agency))
            .Select(e => new Standing(e.Agency, site.FindAgency(e.Agency)?.Level, default, null) { HasReport = false });
        var ranked = Ranked([.. published, .. missing]);
        // The rank within the level, worked out once with the ranking for every page and file that shows it.
        var inLevel = ByLevel(ranked).SelectMany(l => l.Standings).ToDictionary(s => s.Agency, s => s.Rank, StringComparer.Ordinal);
        return [.. ranked.Select(s => s with { LevelRank = inLevel[s.Agency] })];
    }

    /// <summary>The standings of one year's reports, by site and measure.</summary>
    private sealed class StandingsCache
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<(SiteModel Site, RankedMeasure Measure), IReadOnlyList<Standing>> _standings = [];

        public IReadOnlyList<Standing> Get(SiteModel site, RankingView view)
        {
            lock (_gate)
            {
                if (!_standings.TryGetValue((site, view.Measure), out var standings))
                {
                    standings = view.WorkOutStandings(site);
                    _standings.Add((site, view.Measure), standings);
                }

                return standings;
            }
        }
    }

    /// <summary>The ranking within each level present in the year, in the order of <see cref="AgencyLevel"/>, agencies
    /// without a level last: ranks are counted within the level.</summary>
    internal static IReadOnlyList<(AgencyLevel? Level, IReadOnlyList<Standing> Standings)> ByLevel(IReadOnlyList<Standing> standings) =>
        [.. standings
            .GroupBy(s => s.Level)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key)
            .Select(g => (g.Key, Ranked(g)))];

    /// <summary>Competition ranking (1, 2, 2, 4) on the exact value: ranked values highest first, then the unranked in
    /// the order of <see cref="AcrossView.Ordered"/>, then the agencies with no report, each by agency id.</summary>
    public static IReadOnlyList<Standing> Ranked(IEnumerable<Standing> standings)
    {
        var all = standings.ToList();
        var ordered = AcrossView.Ordered(all.Where(s => s.HasReport), s => s.Value, s => s.Agency);
        var result = new List<Standing>(all.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            int? rank = s.Value.Exact is not { } value ? null
                : i > 0 && ordered[i - 1].Value.Exact == value ? result[i - 1].Rank
                : i + 1;
            result.Add(s with { Rank = rank });
        }

        result.AddRange(all.Where(s => !s.HasReport).OrderBy(s => s.Agency, StringComparer.Ordinal).Select(s => s with { Rank = null }));
        return result;
    }

    /// <summary>The first <paramref name="count"/> ranked standings of a ranking, and how many more share the rank of the
    /// last of them (an agency past the first <paramref name="count"/> with a rank within them is tied with the last):
    /// when hundreds of agencies report 0, the year page names three and counts the rest.</summary>
    internal static (IReadOnlyList<Standing> Shown, int MoreTied) Top(IReadOnlyList<Standing> standings, int count)
    {
        var top = standings.Where(s => s.Rank <= count).ToList();
        return (top.Take(count).ToList(), Math.Max(0, top.Count - count));
    }

    /// <summary>A value as a ranking shows it, in the page's language: the number (a rate in percent), a partial value
    /// with how many parts are blank, a blank as “—（未填报）”, a rate over a denominator of 0 as “—（分母为 0）”.</summary>
    internal static string ValueText(Standing standing, RankedMeasure measure, Language language)
    {
        var value = standing.Value;
        return value.IsBlank ? language.T("—（未填报）", "— (not reported)")
            : value.Known is null && !value.IsPartial ? language.T("—（分母为 0）", "— (denominator 0)")
            : measure.IsRate ? Display.Rate(value, language) : Display.Number(value, language);
    }

    /// <summary>A level's name in the page's language; 未分级 for an agency without one.</summary>
    internal static string LevelName(AgencyLevel? level, Language language) =>
        level is { } l ? Display.Level(l, language) : language.T("未分级", "no level");
}
