namespace OpenData;

/// <summary>A region as a whole: a government (or any agency with agencies under it) with everything under it.</summary>
/// <param name="Head">The agency the region is named after: a government of level 省级, 市级, 县级 or 乡镇, or any agency
/// that is the <see cref="Agency.Parent"/> of another.</param>
/// <param name="Members">The head first, then every agency under it (its departments, its lower governments and theirs),
/// depth first, children by id.</param>
/// <param name="Children">The agencies whose parent is the head, by id: the parts of the region, each with what is under it.</param>
public sealed record Region(Agency Head, IReadOnlyList<Agency> Members, IReadOnlyList<Agency> Children)
{
    /// <summary>The region's id: its head's.</summary>
    public string Id => Head.Id;
}

/// <summary>One concept summed over the members of a region in a year (<see cref="Regions.Total(IReadOnlyList{string}, int, Func{string, int, Report?})"/>).</summary>
/// <param name="Concept">The concept.</param>
/// <param name="Value">The blank-aware sum: exact only when every member reported the year and every cell it sums.</param>
/// <param name="Missing">The members without a report of the year (each counted as one blank part of <see cref="Value"/>).</param>
/// <param name="Blank">The members whose report of the year leaves the concept blank, wholly or in part, or whose form does
/// not measure it (each of their blank cells, or the report as one part, counted as blank parts of <see cref="Value"/>).</param>
public sealed record ConceptTotal(Concept Concept, DerivedValue Value, IReadOnlyList<string> Missing, IReadOnlyList<string> Blank);

/// <summary>The additive concepts of the <see cref="Crosswalk"/> summed over a set of agencies for one year.</summary>
/// <param name="Year">The report year.</param>
/// <param name="Members">The agencies summed over, by id, in the order given.</param>
/// <param name="Missing">The members without a report of the year.</param>
/// <param name="Totals">One total per concept that some member's form of the year measures, in the crosswalk's order.</param>
public sealed record RegionYear(int Year, IReadOnlyList<string> Members, IReadOnlyList<string> Missing, IReadOnlyList<ConceptTotal> Totals)
{
    /// <summary>The total of a concept by id; blank (<c>default</c>) when no member's form measures it.</summary>
    public DerivedValue Value(string conceptId)
    {
        foreach (var total in Totals)
        {
            if (string.Equals(total.Concept.Id, conceptId, StringComparison.Ordinal))
            {
                return total.Value;
            }
        }

        return default;
    }

    /// <summary>A rate worked out from the summed parts, never an average of the members' rates: the sum of the
    /// <paramref name="numerator"/> concepts over the <paramref name="denominator"/> concept, in percent
    /// (<see cref="DerivedValue.Percent"/>: partial or without a number when a part is).</summary>
    public DerivedValue Percent(IEnumerable<string> numerator, string denominator)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        return DerivedValue.Percent(DerivedValue.Sum(numerator.Select(Value)), Value(denominator));
    }
}

/// <summary>Regions as a whole: which agencies make up each region, and the additive concepts summed over them per year.</summary>
/// <remarks>
/// <para>Only the <see cref="Crosswalk"/>'s concepts are summed: they are counts (件, 条), which add up across agencies.
/// Rates are never summed nor averaged: <see cref="RegionYear.Percent"/> works them out from the summed parts.</para>
/// <para>The blank-aware rule of <see cref="DerivedValue"/> holds across agencies. A member without a report of the year
/// counts as one blank part, whether or not the report was due (the data cannot say what an agency not in it did that
/// year, so the sum is a lower bound); a member whose report leaves a summed cell blank adds that blank cell. Either way
/// the total is partial — “至少 N（k 项未填报）” — and the members are named in <see cref="ConceptTotal.Missing"/> and
/// <see cref="ConceptTotal.Blank"/>.</para>
/// </remarks>
public static class Regions
{
    /// <summary>Whether an agency of this level is a government, which is a region even with nothing under it in the data.</summary>
    public static bool IsGovernment(AgencyLevel? level) =>
        level is AgencyLevel.Province or AgencyLevel.City or AgencyLevel.County or AgencyLevel.Township;

    /// <summary>Every region of <paramref name="agencies"/>, in hierarchy order: each top region (no parent among the
    /// agencies), by id, followed depth first by the regions under it; then, by id, regions no top region reaches (a loop
    /// of parents, which the validator reports).</summary>
    public static IReadOnlyList<Region> Of(IReadOnlyList<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var byId = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            byId.TryAdd(agency.Id, agency);
        }

        var children = byId.Values
            .Where(a => a.Parent is { } p && byId.ContainsKey(p) && !string.Equals(p, a.Id, StringComparison.Ordinal))
            .GroupBy(a => a.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Agency>)[.. g.OrderBy(a => a.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
        bool IsRegion(Agency a) => IsGovernment(a.Level) || children.ContainsKey(a.Id);

        var regions = new List<Region>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        void Visit(Agency agency, HashSet<string> path)
        {
            if (!path.Add(agency.Id))
            {
                return;
            }

            if (IsRegion(agency) && placed.Add(agency.Id))
            {
                regions.Add(Create(agency, children));
            }

            foreach (var child in children.GetValueOrDefault(agency.Id) ?? [])
            {
                Visit(child, path);
            }

            path.Remove(agency.Id);
        }

        foreach (var top in byId.Values.Where(a => a.Parent is not { } p || !byId.ContainsKey(p)).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            Visit(top, new HashSet<string>(StringComparer.Ordinal));
        }

        foreach (var rest in byId.Values.Where(a => !placed.Contains(a.Id) && IsRegion(a)).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            placed.Add(rest.Id);
            regions.Add(Create(rest, children));
        }

        return regions;
    }

    /// <summary>The additive concepts summed over <paramref name="members"/> for <paramref name="year"/>, blank-aware.</summary>
    /// <param name="members">The agency ids to sum over (a region's <see cref="Region.Members"/>, or a part of it).</param>
    /// <param name="year">The report year.</param>
    /// <param name="reportOf">A member's report of the year, or <see langword="null"/> when the data has none.</param>
    /// <returns>One total per concept that some member's form measures; a member without a report, or whose form does not
    /// measure a concept that others' do, makes that total partial.</returns>
    public static RegionYear Total(IReadOnlyList<string> members, int year, Func<string, int, Report?> reportOf) =>
        Total(members, year, reportOf, Crosswalk.Concepts);

    /// <summary>The given additive concepts summed over <paramref name="members"/> for <paramref name="year"/>,
    /// blank-aware, as <see cref="Total(IReadOnlyList{string}, int, Func{string, int, Report?})"/> sums them all: for a
    /// reader of a few concepts only (a site's home page over every agency), without summing the others.</summary>
    /// <param name="members">The agency ids to sum over.</param>
    /// <param name="year">The report year.</param>
    /// <param name="reportOf">A member's report of the year, or <see langword="null"/> when the data has none.</param>
    /// <param name="concepts">The concepts to sum, some of <see cref="Crosswalk.Concepts"/>.</param>
    /// <returns>One total per concept given that some member's form measures, in the order given.</returns>
    public static RegionYear Total(IReadOnlyList<string> members, int year, Func<string, int, Report?> reportOf, IEnumerable<Concept> concepts)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(reportOf);
        ArgumentNullException.ThrowIfNull(concepts);
        var reports = members.Select(id => (Id: id, Report: reportOf(id, year))).ToList();
        var missing = reports.Where(r => r.Report is null).Select(r => r.Id).ToList();
        var totals = new List<ConceptTotal>();
        foreach (var concept in concepts)
        {
            if (!reports.Any(r => r.Report is { } report && concept.SourceFor(report.Form) is not null))
            {
                continue;
            }

            var sum = default(DerivedValue);
            var blank = new List<string>();
            foreach (var (id, report) in reports)
            {
                // A missing report, or a form that does not measure the concept, is one part not reported: never 0.
                var value = report is not null && concept.SourceFor(report.Form) is not null ? Crosswalk.Resolve(concept, report) : DerivedValue.Of(null);
                if (report is not null && value.BlankParts > 0)
                {
                    blank.Add(id);
                }

                sum += value;
            }

            totals.Add(new ConceptTotal(concept, sum, missing, blank));
        }

        return new RegionYear(year, members, missing, totals);
    }

    /// <summary>A member's (or part's) share of a region's total in percent: partial and without a number when the total
    /// is partial (what was not reported could change the share either way), blank when the member's value is.</summary>
    public static DerivedValue Share(DerivedValue part, DerivedValue total) => DerivedValue.Percent(part, total);

    private static Region Create(Agency head, Dictionary<string, IReadOnlyList<Agency>> children)
    {
        var members = new List<Agency>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(Agency agency)
        {
            if (!seen.Add(agency.Id))
            {
                return;
            }

            members.Add(agency);
            foreach (var child in children.GetValueOrDefault(agency.Id) ?? [])
            {
                Add(child);
            }
        }

        Add(head);
        return new Region(head, members, children.GetValueOrDefault(head.Id) ?? []);
    }
}
