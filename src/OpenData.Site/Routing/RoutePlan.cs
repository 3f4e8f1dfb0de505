namespace OpenData.Site;

/// <summary>Every page and chart of the site, decided before anything is rendered, so links can be checked against it.</summary>
/// <remarks>Planning is cheap: page data and chart series are made when they are rendered, so a rebuild that keeps a file
/// never computes them.</remarks>
/// <param name="Pages">Every page.</param>
/// <param name="Charts">Every chart.</param>
/// <param name="ChartTexts">What the charts may write (agency names, indicator and concept labels, units), so the chart
/// font can be made ready for all of them at once (<see cref="ChartFont.For"/>).</param>
internal sealed record RoutePlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<PlannedChart> Charts, IReadOnlyCollection<string> ChartTexts)
{
    public static RoutePlan Create(SiteModel site)
    {
        var charts = new List<PlannedChart>();
        var chartTexts = new HashSet<string>(StringComparer.Ordinal);
        var languages = site.Settings.HasEnglish ? new[] { Language.Chinese, Language.English } : [Language.Chinese];

        // Each indicator's view is worked out once for its page in each language and its chart (which has the Chinese
        // page's title and summary): working it out again for each cost the chart step 8 % of its drawing time.
        var views = site.Agencies.SelectMany(a => site.IndicatorCodes[a.Id].Select(i => (a.Id, i.Code, View: new Shared<IndicatorView>(
            () => IndicatorView.Create(site, a.Id, i), languages.Count(l => site.HasIndicatorPage(a.Id, i.Code, l)) + (site.HasChart(a.Id, i.Code) ? 1 : 0)))))
            .ToDictionary(v => (v.Id, v.Code), v => v.View);

        // Likewise the views that do not depend on the language are made once for both languages' pages: an agency's
        // all-years table, a region's figures and a year's reports across agencies (read by the year's page, each of its
        // rankings and its charts).
        var allYears = site.Agencies.ToDictionary(a => a.Id, a => new Shared<AllYearsView>(() => AllYearsView.Create(site, a), languages.Length), StringComparer.Ordinal);
        var regions = site.Regions.ToDictionary(r => r.Id, r => new Shared<RegionView>(() => RegionView.Create(site, r), languages.Length), StringComparer.Ordinal);
        var acrossUses = (languages.Length * (1 + RankedMeasure.All.Count)) + (site.Charts ? SiteModel.KeyConcepts.Length : 0);
        var across = site.Years.ToDictionary(y => y, y => new Shared<AcrossView>(() => new AcrossView(y, [.. site.Reports.Where(r => r.Year == y)]), acrossUses));
        // Each language's pages, in the same order of routes.
        var pagesOf = languages.Select(_ => new List<PlannedPage>()).ToArray();
        foreach (var language in languages)
        {
            var pages = pagesOf[Array.IndexOf(languages, language)];
            void Add<TPage>(string route)
                where TPage : SitePage =>
                pages.Add(new PlannedPage<TPage>(route, language, FileScope.Site, site));
            void AddView<TPage, TView>(string route, FileScope scope, Func<TView> view, string? otherLanguageRoute = null)
                where TPage : SitePage<TView> =>
                pages.Add(new PlannedPage<TPage, TView>(route, language, scope, site, view) { OtherLanguageRoute = otherLanguageRoute });

            Add<HomePage>(Routes.Home);
            Add<AgenciesPage>(Routes.Agencies);
            Add<AcrossPage>(Routes.Across);
            Add<QualityPage>(Routes.Quality);
            Add<CompletenessPage>(Routes.Completeness);
            Add<DownloadsPage>(Routes.Downloads);
            foreach (var page in site.Pages)
            {
                AddView<MarkdownPageView, MarkdownPage>(Routes.Page(page.Name), FileScope.Site, () => page);
            }

            foreach (var agency in site.Agencies)
            {
                var reports = site.ReportsOf(agency.Id);
                var scope = FileScope.Of(agency.Id);
                AddView<AgencyPage, Agency>(Routes.Agency(agency.Id), scope, () => agency);
                AddView<CompareIndexPage, Agency>(Routes.CompareIndex(agency.Id), scope, () => agency);
                AddView<AllYearsPage, AllYearsView>(Routes.AllYears(agency.Id), scope, allYears[agency.Id].Use);
                foreach (var report in reports)
                {
                    AddView<ReportPage, Report>(Routes.Report(agency.Id, report.Year), scope, () => report);
                }

                foreach (var (from, to) in ComparedPairs(reports))
                {
                    AddView<ComparePage, CompareView>(Routes.Compare(agency.Id, from.Year, to.Year), scope, () => new CompareView(from, to));
                }

                foreach (var indicator in site.IndicatorPages(agency.Id, language))
                {
                    var view = views[(agency.Id, indicator.Code)];
                    // A cell's trend page is in Chinese only: its English reader goes to the cell's all-years row (the
                    // newest form's row when the code is on several forms).
                    var english = languages.Length > 1 && !site.HasIndicatorPage(agency.Id, indicator.Code, Language.English)
                        ? Routes.AllYearsRow(agency.Id, null, indicator.Code) : null;
                    AddView<IndicatorPage, IndicatorView>(Routes.Indicator(agency.Id, indicator.Code), scope, view.Use, english);
                    if (!language.IsEnglish && site.HasChart(agency.Id, indicator.Code))
                    {
                        // A chart and its CSV are drawn from data alone: editing the settings or pages draws no chart again.
                        charts.Add(new PlannedChart(Routes.IndicatorChart(agency.Id, indicator.Code), Routes.IndicatorCsv(agency.Id, indicator.Code), FileScope.DataOf(agency.Id), () => view.Use().Chart(site, language)));
                    }
                }
            }

            // Regions as a whole: made from every member's data and the hierarchy, so from the whole site (FileScope.Site).
            Add<RegionsPage>(Routes.Regions);
            foreach (var region in site.Regions)
            {
                AddView<RegionPage, RegionView>(Routes.Region(region.Id), FileScope.Site, regions[region.Id].Use);
            }

            foreach (var year in site.Years)
            {
                var yearView = across[year];
                AddView<AcrossYearPage, AcrossView>(Routes.AcrossYear(year), FileScope.Site, yearView.Use);

                // A page per concept and rate of the year: the whole ranking, then one within each level.
                foreach (var measure in RankedMeasure.All)
                {
                    AddView<AcrossRankingPage, RankingView>(Routes.AcrossRanking(year, measure.Id), FileScope.Site, () => new RankingView(yearView.Use(), measure));
                }

                if (!language.IsEnglish && site.Charts)
                {
                    foreach (var id in SiteModel.KeyConcepts)
                    {
                        charts.Add(new PlannedChart(Routes.AcrossChart(year, id), null, FileScope.AllData, () => yearView.Use().Chart(Crosswalk.Find(id)!, site, language)));
                    }
                }
            }
        }

        // Charts carry no words (ChartRenderer): years and numbers, and the agency names of the rankings.
        if (charts.Count > 0)
        {
            chartTexts.UnionWith(site.Agencies.Select(a => site.AgencyName(a.Id, Language.Chinese)));
        }

        return new RoutePlan(SideBySide(pagesOf), charts, chartTexts);
    }

    /// <summary>Each route's page in every language, one after the other: what the languages' pages share (a view, a
    /// report's changes, a year's rankings) is worked out for the first and let go soon after the last, instead of being
    /// kept through the pages of every other route.</summary>
    /// <remarks>The first language (Chinese) has a page of every route; another language has a page of some of them (no
    /// English trend page of a single cell), in the same order.</remarks>
    private static List<PlannedPage> SideBySide(List<PlannedPage>[] pagesOf)
    {
        var first = pagesOf[0];
        var next = new int[pagesOf.Length];
        var pages = new List<PlannedPage>(pagesOf.Sum(p => p.Count));
        foreach (var page in first)
        {
            pages.Add(page);
            for (var l = 1; l < pagesOf.Length; l++)
            {
                if (next[l] < pagesOf[l].Count && pagesOf[l][next[l]].Route == page.Route)
                {
                    pages.Add(pagesOf[l][next[l]++]);
                }
            }
        }

        if (pages.Count != pagesOf.Sum(p => p.Count))
        {
            throw new InvalidOperationException("every language's pages are routes of the first language's pages, in the same order");
        }

        return pages;
    }

    /// <summary>The pairs of years that get a comparison page: two years on different forms, each year with the one
    /// before it and with the latest, earlier first, ordered by the earlier year, then the later.</summary>
    /// <remarks>Two years on one form are compared where their cells already stand side by side (<see cref="Comparison"/>):
    /// the later report's page for the year just before, the agency's all-years table otherwise. A comparison page is
    /// made where that is not so: across a form change it compares the crosswalk's concepts, which a cell-by-cell table
    /// cannot. A decade on the three forms has 6 such pages (2 form changes, 4 earlier years with the latest on another
    /// form). Session 9 made a page for every two years, n(n − 1)/2 (45 for a decade, 27,000 pages and 348 MB at 300 ×
    /// 10); session 11 still made each year with the latest on the same form, every cell twice over (36 KB a page, 21.6 KiB
    /// a report at 300 × 10), which the all-years table shows with every other year beside it.</remarks>
    public static IEnumerable<(Report From, Report To)> ComparedPairs(IReadOnlyList<Report> reports)
    {
        for (var i = 0; i + 1 < reports.Count; i++)
        {
            if (HasPage(reports[i], reports[i + 1]))
            {
                yield return (reports[i], reports[i + 1]);
            }

            if (i + 2 < reports.Count && HasPage(reports[i], reports[^1]))
            {
                yield return (reports[i], reports[^1]);
            }
        }
    }

    /// <summary>Whether <paramref name="from"/> and <paramref name="to"/> have a comparison page: they are on different forms.</summary>
    public static bool HasPage(Report from, Report to) => !string.Equals(from.Form, to.Form, StringComparison.Ordinal);

    /// <summary>Whether the page of <paramref name="to"/> already is the comparison with <paramref name="from"/>: the
    /// year just before, on the same form, so its table shows every cell's value of the year before and the change (see
    /// <see cref="SiteModel.ChangesOf"/>).</summary>
    public static bool ReportPageCompares(Report from, Report to) =>
        to.Year == from.Year + 1 && string.Equals(from.Form, to.Form, StringComparison.Ordinal);

    /// <summary>Where <paramref name="from"/> and <paramref name="to"/> are compared: the tables of the later report's
    /// page when it compares them (<see cref="ReportPageCompares"/>); the agency's all-years table, at the form's table,
    /// for other years on one form; their comparison page across a form change (<see cref="HasPage"/>).</summary>
    /// <remarks>In English, whose report pages have no tables (their cells are in the English all-years table), the years
    /// a Chinese report page compares are compared in the all-years table.</remarks>
    public static string Comparison(Report from, Report to, Language language) =>
        ReportPageCompares(from, to) && !language.IsEnglish ? Routes.Report(to.Agency, to.Year) + "#tables"
        : HasPage(from, to) ? Routes.Compare(to.Agency, from.Year, to.Year)
        : Routes.AllYearsForm(to.Agency, to.Form);
}
