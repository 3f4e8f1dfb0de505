namespace OpenData.Site;

/// <summary>Two reports of one agency on different forms side by side: the crosswalk's concepts that both forms have, with
/// their comparability. Two years on one form are compared on the later report's page or the all-years table
/// (<see cref="RoutePlan.Comparison"/>), where every cell stands side by side.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record CompareView(Report From, Report To)
{
    /// <summary>One compared line: its label, code(s), both values (a concept's may be partial), change and comparability.</summary>
    public sealed record Line(string Label, string Code, string? IndicatorCode, DerivedValue From, DerivedValue To, Comparability Comparability)
    {
        /// <summary>The findings on the cells of the earlier value (see <see cref="SiteModel.FindingsOn(Report, Concept)"/>).</summary>
        public IReadOnlyList<Finding> FromFindings { get; init; } = [];

        /// <summary>The findings on the cells of the later value.</summary>
        public IReadOnlyList<Finding> ToFindings { get; init; } = [];

        /// <summary>The findings the change carries, as it is worked out from both values as published: the earlier year's,
        /// then the later year's, each rule once a year (the year columns show every cell's), so that a mark shown with its
        /// year (“⚠ 2020 R-N2”) appears once.</summary>
        public IReadOnlyList<Finding> ChangeFindings => [.. FromFindings.DistinctBy(f => f.Rule), .. ToFindings.DistinctBy(f => f.Rule)];

        public DerivedValue Delta => Comparability != Comparability.None ? DerivedValue.Difference(To, From) : default;

        public DerivedValue DeltaPercent => Comparability != Comparability.None ? DerivedValue.PercentChange(To, From) : default;
    }

    internal IReadOnlyList<Line> Lines(SiteModel site, Language language)
    {
        return [.. Crosswalk.Concepts
            .Where(c => c.SourceFor(From.Form) is not null && c.SourceFor(To.Form) is not null)
            .Select(c => new Line(language.T(c.LabelZh, c.LabelEn), c.Id, c.SourceFor(To.Form)!.Codes is [var only] ? only : null,
                Crosswalk.Resolve(c, From), Crosswalk.Resolve(c, To), Crosswalk.Between(c, From.Form, To.Form))
            {
                FromFindings = site.FindingsOn(From, c),
                ToFindings = site.FindingsOn(To, c),
            })];
    }
}
