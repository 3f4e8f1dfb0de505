namespace OpenData.Site;

/// <summary>Two reports of one agency side by side: every indicator of a shared form, or the crosswalk concepts across forms.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record CompareView(Report From, Report To)
{
    /// <summary>One compared line: its label, code(s), both values (a concept's may be partial), change and comparability.</summary>
    public sealed record Line(string Label, string Code, string? IndicatorCode, DerivedValue From, DerivedValue To, Comparability Comparability)
    {
        /// <summary>For a cell of a form's matrix (section 三), the label of its row, which the page says once above the
        /// row's cells, and then of its column alone (<see cref="Column"/>); <see langword="null"/> otherwise.</summary>
        public string? Group { get; init; }

        /// <summary>For a cell of a form's matrix, the label of its column; <see langword="null"/> otherwise.</summary>
        public string? Column { get; init; }

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

    public bool SameForm => From.Form == To.Form;

    /// <summary>The lines cut into runs of the same <see cref="Line.Group"/> (<see cref="TableLayout.Runs"/>).</summary>
    internal static IReadOnlyList<(string? Group, IReadOnlyList<Line> Lines)> Groups(IReadOnlyList<Line> lines) =>
        TableLayout.Runs(lines, l => l.Group);

    internal IReadOnlyList<Line> Lines(SiteModel site, Language language)
    {
        if (SameForm)
        {
            return [.. To.FormDefinition!.Indicators.Select(i => new Line(FormText.Label(i, language), i.Code, i.Code, From.Number(i.Code), To.Number(i.Code), Comparability.Same)
            {
                Group = i.ColumnCode is null ? null : language.T(i.RowLabel, i.RowLabelEn),
                Column = i.ColumnCode is null ? null : language.T(i.ColumnLabel!, i.ColumnLabelEn!),
                FromFindings = site.FindingsOn(From, i.Code),
                ToFindings = site.FindingsOn(To, i.Code),
            })];
        }

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
