namespace OpenData.Site;

/// <summary>A region as a whole, for its page and downloads: per year the concepts summed over its members, blank-aware
/// (<see cref="Regions.Total(IReadOnlyList{string}, int, Func{string, int, Report?})"/>), the rates from the summed parts, and the share of each part of the region.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
/// <param name="Region">The region.</param>
/// <param name="Years">One total per year in which some member reported, oldest first.</param>
/// <param name="Parts">The parts of the region whose shares the page shows: the head's own report, then each agency
/// directly under it with everything under that, per year as <see cref="Years"/>.</param>
public sealed record RegionView(Region Region, IReadOnlyList<RegionYear> Years, IReadOnlyList<RegionView.Part> Parts)
{
    /// <summary>The rates worked out from summed parts, as the rankings define them: 公开率 and 纠错率.</summary>
    public static readonly IReadOnlyList<RateDefinition> Rates =
    [
        new("公开率", "Disclosure rate", "（予以公开 + 部分公开）÷ 办理结果总计 × 100%", "(granted + partially granted) ÷ applications handled × 100%", ["applications.granted", "applications.partial"], "applications.done"),
        new("纠错率", "Correction rate", "行政复议结果纠正 ÷ 行政复议总计 × 100%", "reviews corrected ÷ administrative reviews × 100%", ["reviews.corrected"], "reviews.total"),
    ];

    /// <summary>A rate: its names, its formula and the concepts it is worked out from.</summary>
    public sealed record RateDefinition(string LabelZh, string LabelEn, string FormulaZh, string FormulaEn, IReadOnlyList<string> Numerator, string Denominator);

    /// <summary>A part of the region: an agency alone (<paramref name="WithBelow"/> false: the head's own report, or an
    /// agency with nothing under it), or an agency with everything under it; its totals per year of the concepts whose
    /// shares the page shows (<see cref="SiteModel.KeyConcepts"/>).</summary>
    public sealed record Part(Agency Agency, bool WithBelow, IReadOnlyList<RegionYear> Years);

    // The concepts of the parts' shares: summing every concept for every part was half of what a region cost.
    private static readonly IReadOnlyList<Concept> PartConcepts = [.. Crosswalk.Concepts.Where(c => SiteModel.KeyConcepts.Contains(c.Id))];

    internal static RegionView Create(SiteModel site, Region region)
    {
        var ids = region.Members.Select(a => a.Id).ToList();
        var years = region.Members.SelectMany(a => site.ReportsOf(a.Id)).Select(r => r.Year).Distinct().Order().ToList();
        List<RegionYear> Totals(IReadOnlyList<string> members, IEnumerable<Concept> concepts) => [.. years.Select(y => Regions.Total(members, y, site.ReportOf, concepts))];
        var parts = new List<Part> { new(region.Head, false, Totals([region.Head.Id], PartConcepts)) };
        foreach (var child in region.Children)
        {
            var below = site.RegionOf(child.Id) is { } sub ? sub.Members.Select(a => a.Id).ToList() : [child.Id];
            parts.Add(new Part(child, below.Count > 1, Totals(below, PartConcepts)));
        }

        return new RegionView(region, Totals(ids, Crosswalk.Concepts), parts);
    }
}
