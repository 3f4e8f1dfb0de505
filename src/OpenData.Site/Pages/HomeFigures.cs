namespace OpenData.Site;

/// <summary>What the home page tells a first-time reader, worked out from the site model: the headline trend over every
/// agency, the latest reports and the year of the publication record it summarises. Each is a handful of rows whatever
/// the number of agencies, so the page does not grow with the site.</summary>
internal static class HomeFigures
{
    /// <summary>How many of the latest reports the home page lists; the agencies page lists them all.</summary>
    public const int LatestCount = 10;

    /// <summary>The share of applications disclosed: the rate the rankings and region pages define (公开率).</summary>
    public static RegionView.RateDefinition DisclosureRate => RegionView.Rates[0];

    /// <summary>Per year of the data, oldest first, <paramref name="conceptIds"/> summed over every agency, blank-aware
    /// (<see cref="Regions.Total(IReadOnlyList{string}, int, Func{string, int, Report?}, IEnumerable{Concept})"/>): an
    /// agency without a report of the year, or with a blank summed cell, makes the sum partial — a lower bound, never a
    /// total.</summary>
    /// <remarks>Only the concepts the page shows are summed: every concept over every report of the site was most of
    /// what the home page cost.</remarks>
    public static IReadOnlyList<RegionYear> Trend(SiteModel site, IEnumerable<string> conceptIds)
    {
        var ids = site.Agencies.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        var wanted = conceptIds.ToHashSet(StringComparer.Ordinal);
        var concepts = Crosswalk.Concepts.Where(c => wanted.Contains(c.Id)).ToList();
        return [.. site.Years.Select(year => Regions.Total(ids, year, site.ReportOf, concepts))];
    }

    /// <summary>The agencies whose report of the year leaves one of <paramref name="conceptIds"/> blank, wholly or in part,
    /// or whose form does not measure it (each named once).</summary>
    public static int AgenciesWithBlanks(RegionYear year, IEnumerable<string> conceptIds)
    {
        var ids = conceptIds.ToHashSet(StringComparer.Ordinal);
        return year.Totals.Where(t => ids.Contains(t.Concept.Id)).SelectMany(t => t.Blank).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>The reports of the year with a finding shown (<see cref="SiteModel.IsShown"/>) on a cell that one of
    /// <paramref name="conceptIds"/> sums: their published values are in the sums as they are, so the page says how many.</summary>
    /// <remarks>A count, not a mark per finding (as a report's or a ranking's value has): at 300 agencies a year can hold
    /// dozens, and the page would grow with the site.</remarks>
    public static int FlaggedReports(SiteModel site, int year, IEnumerable<string> conceptIds)
    {
        var concepts = conceptIds.Select(id => Crosswalk.Find(id)!).ToList();
        return site.Reports.Count(r => r.Year == year && concepts.Any(c => site.FindingsOn(r, c).Count > 0));
    }

    /// <summary>The latest reports: the most recent year first, within a year the most recently published first (reports
    /// without a recorded date after those with one), then by agency id; at most <see cref="LatestCount"/>.</summary>
    public static IReadOnlyList<Report> Latest(SiteModel site) =>
        [.. site.Reports
            .OrderByDescending(r => r.Year)
            .ThenByDescending(r => r.Provenance?.PublishedOn ?? DateOnly.MinValue)
            .ThenBy(r => r.Agency, StringComparer.Ordinal)
            .Take(LatestCount)];

    /// <summary>The latest report year whose deadline has passed for every agency of the site on its
    /// <see cref="SiteModel.AsOf"/> day (a government's own report is due two months after a department's).</summary>
    public static int LastDueYear(SiteModel site) => site.Agencies.Count == 0
        ? Completeness.LastDue(site.AsOf, null)
        : site.Agencies.Select(a => a.Level).Distinct().Min(level => Completeness.LastDue(site.AsOf, level));

    /// <summary>The publication record of <see cref="LastDueYear"/>: the completeness page's row for that year.</summary>
    public static CompletenessSummary Record(SiteModel site, int year) =>
        CompletenessSummary.Of(site.Completeness.Where(e => e.Year == year));
}
