namespace OpenData.Site;

/// <summary>Everything the pages and files are made from: settings, data, findings and comparisons, computed once.</summary>
internal sealed class SiteModel
{
    /// <summary>The indicators ranked and charted across agencies, with the two derived rates.</summary>
    public static readonly string[] KeyConcepts = ["applications.new", "applications.done", "applications.granted", "reviews.total", "lawsuits.total"];

    private readonly Dictionary<(string Agency, int Year), IReadOnlyList<Finding>> _findingsByReport;
    private readonly Dictionary<string, IReadOnlyList<Report>> _reportsByAgency;

    // Look-ups the pages make many times each: built once here and only read afterwards, so safe across threads.
    private readonly Dictionary<string, Agency> _agencyById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Finding>> _findingsByAgency;
    private readonly Dictionary<string, HashSet<string>> _indicatorPageCodes;
    private readonly Dictionary<string, IReadOnlyList<ExpectedReport>> _completenessByAgency;
    // By agency first: most agencies have no finding on a cell, and pages ask for every cell they show; an ordinal string
    // key is hashed faster than a tuple with strings.
    private readonly Dictionary<string, Dictionary<(int Year, string Code), IReadOnlyList<Finding>>> _findingsByCell;

    /// <param name="settings">The site settings.</param>
    /// <param name="pages">The Markdown pages.</param>
    /// <param name="data">The loaded data.</param>
    /// <param name="findings">Every finding to publish.</param>
    /// <param name="charts">Whether the site has charts (<c>opendata build --no-charts</c> leaves them out, and pages show only tables).</param>
    /// <param name="asOf">The day that decides which reports are due (the build's date); by default the day after the
    /// newest report year's 1月31日 deadline, so that a site built from the same data is the same whatever the day.</param>
    public SiteModel(SiteSettings settings, IReadOnlyList<MarkdownPage> pages, DataSet data, IReadOnlyList<Finding> findings, bool charts = true, DateOnly? asOf = null)
    {
        Settings = settings;
        Charts = charts;
        Pages = pages;
        Agencies = data.Agencies;
        Reports = data.Reports.Select(r => r.Report).ToList();
        _reportsByAgency = Reports.GroupBy(r => r.Agency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Report>)[.. g.OrderBy(r => r.Year)], StringComparer.Ordinal);
        Findings = [.. findings
            .OrderBy(f => f.Agency ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Year ?? 0)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Code ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Path ?? "", StringComparer.Ordinal)];
        _findingsByReport = Findings
            .Where(f => f.Agency is not null && f.Year is not null)
            .GroupBy(f => (f.Agency!, f.Year!.Value))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)[.. g]);
        _findingsByAgency = Findings
            .Where(f => f.Agency is not null)
            .GroupBy(f => f.Agency!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)[.. g], StringComparer.Ordinal);
        _findingsByCell = Findings
            .Where(f => f.Agency is not null && f.Year is not null && f.Code is not null && IsShown(f))
            .GroupBy(f => f.Agency!, StringComparer.Ordinal)
            .ToDictionary(
                a => a.Key,
                a => a.GroupBy(f => (f.Year!.Value, f.Code!)).ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)[.. g]),
                StringComparer.Ordinal);
        foreach (var agency in Agencies)
        {
            // The first agency of an id wins, as a linear search would find it.
            _agencyById.TryAdd(agency.Id, agency);
        }

        Years = [.. Reports.Select(r => r.Year).Distinct().Order()];
        AsOf = asOf ?? (Years.Count == 0 ? new DateOnly(DataSet.FirstReportYear + 1, 1, 1) : PublicationDeadline.For(Years[^1]).AddDays(1));
        Completeness = OpenData.Completeness.Of(data, AsOf);
        _completenessByAgency = Completeness.GroupBy(e => e.Agency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ExpectedReport>)[.. g], StringComparer.Ordinal);
        var picked = Agencies.AsParallel().AsOrdered().Select(a => (a.Id, Picked: PickIndicators(ReportsOf(a.Id)))).ToList();
        IndicatorCodes = picked.ToDictionary(a => a.Id, a => (IReadOnlyList<Indicator>)a.Picked.Indicators, StringComparer.Ordinal);
        _indicatorPageCodes = IndicatorCodes.ToDictionary(p => p.Key, p => p.Value.Select(i => i.Code).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _englishPageCodes = picked.ToDictionary(a => a.Id, a => a.Picked.Concepts, StringComparer.Ordinal);
        _chartCodes = IndicatorCodes.AsParallel().Select(p => (p.Key, Codes: p.Value.Select(i => i.Code).Where(c => IndicatorView.HasChartYears(IndicatorView.SeriesOf(c, ReportsOf(p.Key)).Series)).ToHashSet(StringComparer.Ordinal)))
            .ToDictionary(p => p.Key, p => p.Codes, StringComparer.Ordinal);

        // Regions as a whole (README, “Regions”): each government, or agency with agencies under it, with everything under it.
        Regions = OpenData.Regions.Of(Agencies);
        _regionById = Regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Region> _regionById;

    private readonly Dictionary<string, HashSet<string>> _chartCodes;

    // The indicators whose page is also made in English: the crosswalk concepts (see PickIndicators).
    private readonly Dictionary<string, HashSet<string>> _englishPageCodes;

    /// <summary>Every region, in hierarchy order (<see cref="OpenData.Regions.Of"/>).</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The region headed by an agency, or <see langword="null"/> when the agency is not a region.</summary>
    public Region? RegionOf(string id) => _regionById.GetValueOrDefault(id);

    /// <summary>An agency's report of a year, or <see langword="null"/> when the data has none.</summary>
    public Report? ReportOf(string agencyId, int year)
    {
        var reports = ReportsOf(agencyId);
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i].Year == year)
            {
                return reports[i];
            }
        }

        return null;
    }

    public SiteSettings Settings { get; }

    /// <summary>Whether charts are drawn; without them pages show their data tables only.</summary>
    public bool Charts { get; }

    public IReadOnlyList<MarkdownPage> Pages { get; }

    /// <summary>The day that decides which reports are due.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every report each agency owed up to <see cref="AsOf"/>, and what became of it, by agency then year.</summary>
    public IReadOnlyList<ExpectedReport> Completeness { get; }

    /// <summary>The reports one agency owed, oldest first (its part of <see cref="Completeness"/>).</summary>
    public IReadOnlyList<ExpectedReport> CompletenessOf(string agencyId) => _completenessByAgency.GetValueOrDefault(agencyId) ?? [];

    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>All reports, ordered by agency id then year.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>Every finding to publish, ordered by agency, year, rule and cell.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>The indicators that get their own page, per agency, in form order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Indicator>> IndicatorCodes { get; }

    public Agency Agency(string id) =>
        _agencyById.TryGetValue(id, out var agency) ? agency : throw new InvalidOperationException($"no agency {id}");

    /// <summary>The agency of an id, or <see langword="null"/> when the data has none (a ranking lists report ids as they are).</summary>
    public Agency? FindAgency(string id) => _agencyById.GetValueOrDefault(id);

    public IReadOnlyList<Report> ReportsOf(string agencyId) => _reportsByAgency.GetValueOrDefault(agencyId) ?? [];

    public Report? Previous(Report report)
    {
        var reports = ReportsOf(report.Agency);
        for (var i = reports.Count - 1; i >= 0; i--)
        {
            if (reports[i].Year < report.Year)
            {
                return reports[i];
            }
        }

        return null;
    }

    /// <summary>The change of every cell from the previous year's report (when that report is of the year just before),
    /// by code.</summary>
    /// <remarks>Not kept for the whole site, which would hold a change per cell of every report in memory: only the last
    /// few reports' are (<see cref="RecentChanges"/>), so that a report's page in each language, which the route plan puts
    /// side by side, works them out once.</remarks>
    public IReadOnlyDictionary<string, Change> ChangesOf(Report report)
    {
        if (_recentChanges.Find(report) is { } kept)
        {
            return kept;
        }

        var form = report.FormDefinition;
        var before = Previous(report);
        var previous = before?.Year == report.Year - 1 ? before : null;
        var indicators = form?.Indicators ?? [];
        var changes = new Dictionary<string, Change>(indicators.Count, StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            // As YearOverYear.Compare(report, previous) gives them, in form order, without the list in between.
            changes.Add(indicators[i].Code, YearOverYear.Compare(report, previous, indicators[i].Code));
        }

        _recentChanges.Add(report, changes);
        return changes;
    }

    private readonly RecentChanges _recentChanges = new();

    public IReadOnlyList<Finding> FindingsOf(Report report) =>
        _findingsByReport.TryGetValue((report.Agency, report.Year), out var list) ? list : [];

    public IReadOnlyList<Finding> FindingsOf(string agencyId) => _findingsByAgency.GetValueOrDefault(agencyId) ?? [];

    /// <summary>The findings shown beside a published cell (<see cref="IsShown"/>): wherever the cell's value appears, they
    /// appear with it.</summary>
    public IReadOnlyList<Finding> FindingsOn(Report report, string code) =>
        _findingsByCell.TryGetValue(report.Agency, out var cells) && cells.TryGetValue((report.Year, code), out var list) ? list : [];

    /// <summary>The findings on the cells a concept sums in a report: a value worked out from a flagged cell carries that
    /// cell's findings (it is as published and breaks the same rule), in the order of the concept's cells.</summary>
    public IReadOnlyList<Finding> FindingsOn(Report report, Concept concept) =>
        concept.SourceFor(report.Form) is { } source ? FindingsOn(report, source.Codes) : [];

    /// <summary>The findings on any of the given cells of a report, in the order of the cells.</summary>
    public IReadOnlyList<Finding> FindingsOn(Report report, IReadOnlyList<string> codes)
    {
        if (!_findingsByCell.TryGetValue(report.Agency, out var cells))
        {
            return [];
        }

        List<Finding>? found = null;
        for (var i = 0; i < codes.Count; i++)
        {
            if (cells.TryGetValue((report.Year, codes[i]), out var list))
            {
                (found ??= []).AddRange(list);
            }
        }

        return found ?? (IReadOnlyList<Finding>)[];
    }

    /// <summary>Findings to show beside cells and in lists: errors and warnings (informational notes are only counted).</summary>
    public static bool IsShown(Finding finding) => finding.Severity != Severity.Info;

    /// <summary>Where a reader of <paramref name="language"/> finds a cell of an agency's report of a year: the cell in the
    /// tables of the report page in Chinese; in English, whose report page has no tables, the cell's row of the English
    /// all-years table (the row of the report's form).</summary>
    public string ReportCellRoute(string agencyId, int year, string code, Language language)
    {
        if (!language.IsEnglish)
        {
            return Routes.Report(agencyId, year) + "#cell-" + code;
        }

        var reports = ReportsOf(agencyId);
        var form = ReportOf(agencyId, year)?.Form;
        return form is null ? Routes.AllYearsYear(agencyId, year)
            : Routes.AllYearsRow(agencyId, AllYearsTable.IsNewestRow(reports, form, code) ? null : form, code);
    }

    /// <summary>Whether <paramref name="code"/> has an indicator page in <paramref name="language"/>: in Chinese every
    /// indicator of <see cref="IndicatorCodes"/>; in English only the crosswalk concepts among them (see
    /// <see cref="PickIndicators"/>).</summary>
    public bool HasIndicatorPage(string agencyId, string code, Language language) =>
        (language.IsEnglish ? _englishPageCodes : _indicatorPageCodes).TryGetValue(agencyId, out var codes) && codes.Contains(code);

    /// <summary>The indicators of an agency that have a page in <paramref name="language"/>, in form order.</summary>
    public IEnumerable<Indicator> IndicatorPages(string agencyId, Language language) =>
        language.IsEnglish ? IndicatorCodes[agencyId].Where(i => _englishPageCodes[agencyId].Contains(i.Code)) : IndicatorCodes[agencyId];

    /// <summary>Whether the indicator page of <paramref name="code"/> has a trend chart (and chart CSV): the site draws
    /// charts and the series has <see cref="IndicatorView.ChartYears"/> years with a number.</summary>
    public bool HasChart(string agencyId, string code) =>
        Charts && _chartCodes.TryGetValue(agencyId, out var codes) && codes.Contains(code);

    public string AgencyName(string id, Language language)
    {
        var agency = _agencyById.GetValueOrDefault(id);
        return agency is null ? id : language.IsEnglish && agency.NameEn is not null ? agency.NameEn : agency.Name;
    }

    // A page (and chart) per charted indicator (Indicator.IsCharted: every printed row total and list cell) whose values
    // say something over time: a crosswalk concept with any value, or a cell whose value differs between the agency's
    // years of its form. A cell blank or the same in every year (most of 不予公开 · 属于国家秘密 or 行政诉讼 · 其他结果 in
    // real reports) gets no page: a flat line says nothing a sentence does not, and the all-years table
    // (Routes.AllYears) shows it with a note such as 每年均为 0. The applicant columns of section 三 are shown in the
    // report table, the all-years table and the data files, not charted one by one.
    //
    // The concepts among them (Concepts) also get an English page (session 13, issue #20). A concept is what a reader of
    // either language follows over the years and across the form changes; a single cell's trend (two thirds of the pages)
    // is written in Chinese, the language of the reports, and an English reader follows it in the English all-years table,
    // whose row shows every year's value and change (RoutePlan names that row as the Chinese page's English counterpart).
    // At 300 × 10 that is 15,659 fewer pages and 26.4 KiB less a report.
    private static (List<Indicator> Indicators, HashSet<string> Concepts) PickIndicators(IReadOnlyList<Report> reports)
    {
        // The agency's forms, found once: whether a code is followed through a concept depends on them alone.
        var forms = reports.Select(r => r.Form).Distinct(StringComparer.Ordinal).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var picked = new List<Indicator>();
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports.OrderByDescending(r => r.Year))
        {
            foreach (var indicator in report.FormDefinition?.Indicators ?? [])
            {
                if (!indicator.IsCharted || !seen.Add(indicator.Code))
                {
                    continue;
                }

                var concept = HasConcept(indicator.Code, forms);
                if (concept ? reports.Any(r => r.Number(indicator.Code) is not null) : Varies(indicator.Code, reports))
                {
                    picked.Add(indicator);
                    if (concept)
                    {
                        concepts.Add(indicator.Code);
                    }
                }
            }
        }

        return (picked, concepts);
    }

    /// <summary>Whether some form of the agency's reports links the code to a concept alone: that is, whether
    /// <see cref="Crosswalk.ConceptOf(string, IEnumerable{Report})"/> finds one (the indicator page follows it), asked
    /// once per form rather than once per report.</summary>
    private static bool HasConcept(string code, string[] forms)
    {
        foreach (var form in forms)
        {
            if (Crosswalk.ConceptOf(form, code) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cell's value differs between the years of an agency whose form has it: a blank and a number
    /// differ, two blanks or two equal numbers do not.</summary>
    internal static bool Varies(string code, IReadOnlyList<Report> reports)
    {
        var first = true;
        decimal? value = null;
        foreach (var report in reports)
        {
            if (report.FormDefinition?.Find(code) is null)
            {
                continue;
            }

            var number = report.Number(code);
            if (first)
            {
                (value, first) = (number, false);
            }
            else if (number != value)
            {
                return true;
            }
        }

        return false;
    }
}
