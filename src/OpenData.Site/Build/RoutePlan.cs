namespace OpenData.Site;

/// <summary>Every page and chart of the site, decided before anything is rendered, so links can be checked against it.</summary>
internal sealed record RoutePlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<PlannedChart> Charts)
{
    public static RoutePlan Create(SiteModel site)
    {
        var pages = new List<PlannedPage>();
        var charts = new List<PlannedChart>();
        var languages = site.Settings.HasEnglish ? new[] { Language.Chinese, Language.English } : [Language.Chinese];
        foreach (var language in languages)
        {
            void Add(Type component, string route, object? data = null) => pages.Add(new PlannedPage(component, new PageContext(site, route, language, data)));

            Add(typeof(HomePage), Routes.Home);
            Add(typeof(AgenciesPage), Routes.Agencies);
            Add(typeof(AcrossPage), Routes.Across);
            Add(typeof(QualityPage), Routes.Quality);
            Add(typeof(DownloadsPage), Routes.Downloads);
            foreach (var page in site.Pages)
            {
                Add(typeof(MarkdownPageView), Routes.Page(page.Name), page);
            }

            foreach (var agency in site.Agencies)
            {
                var reports = site.ReportsOf(agency.Id);
                Add(typeof(AgencyPage), Routes.Agency(agency.Id), agency);
                Add(typeof(CompareIndexPage), Routes.CompareIndex(agency.Id), agency);
                foreach (var report in reports)
                {
                    Add(typeof(ReportPage), Routes.Report(agency.Id, report.Year), report);
                }

                for (var i = 0; i < reports.Count; i++)
                {
                    for (var j = i + 1; j < reports.Count; j++)
                    {
                        Add(typeof(ComparePage), Routes.Compare(agency.Id, reports[i].Year, reports[j].Year), new CompareView(reports[i], reports[j]));
                    }
                }

                foreach (var indicator in site.IndicatorCodes[agency.Id])
                {
                    var view = IndicatorView.Create(site, agency.Id, indicator);
                    Add(typeof(IndicatorPage), Routes.Indicator(agency.Id, indicator.Code), view);
                    if (!language.IsEnglish)
                    {
                        charts.Add(new PlannedChart(Routes.IndicatorChart(agency.Id, indicator.Code), view.Chart(site, language), Routes.IndicatorCsv(agency.Id, indicator.Code)));
                    }
                }
            }

            foreach (var year in site.Years)
            {
                var view = new AcrossView(year, [.. site.Reports.Where(r => r.Year == year)]);
                Add(typeof(AcrossYearPage), Routes.AcrossYear(year), view);
                if (!language.IsEnglish)
                {
                    foreach (var id in SiteModel.KeyConcepts)
                    {
                        charts.Add(new PlannedChart(Routes.AcrossChart(year, id), view.Chart(Crosswalk.Find(id)!, site, language), null));
                    }
                }
            }
        }

        return new RoutePlan(pages, charts);
    }
}
