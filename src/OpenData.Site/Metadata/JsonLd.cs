using System.Text.Json;

namespace OpenData.Site;

/// <summary>schema.org <c>Dataset</c> and <c>DataCatalog</c> descriptions, embedded in pages as JSON-LD.</summary>
internal static class JsonLd
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Each description is the page's own (PageDescription), in the page's language, which inLanguage names.
    public static string Dataset(SiteModel site, Report report, string description, Language language) => JsonText.ForScript(w =>
    {
        var name = language.T($"{site.AgencyName(report.Agency, language)} {Display.Year(report.Year)}年政府信息公开工作年度报告统计数据",
            $"{site.AgencyName(report.Agency, language)}, {Display.Year(report.Year)} annual report on government information disclosure: statistics");
        WriteDataset(w, site, name, description, language, Routes.Report(report.Agency, report.Year), Display.Year(report.Year),
            [("application/json", Routes.ReportFile(report.Agency, report.Year, "json")), (Xlsx, Routes.AgencyXlsx(report.Agency))]);
    });

    public static string AgencyDataset(SiteModel site, Agency agency, string description, Language language) => JsonText.ForScript(w =>
    {
        var years = site.ReportsOf(agency.Id).Select(r => r.Year).ToList();
        var coverage = years.Count == 0 ? "" : $"{Display.Year(years[0])}/{Display.Year(years[^1])}";
        var name = site.AgencyName(agency.Id, language);
        WriteDataset(w, site, language.T($"{name}政府信息公开工作年度报告统计数据", $"{name}: annual reports on government information disclosure, statistics"), description, language,
            Routes.Agency(agency.Id), coverage,
            [("text/csv", Routes.AgencyCsv(agency.Id)), (Xlsx, Routes.AgencyXlsx(agency.Id)), ("application/json", Routes.AgencyJson(agency.Id))]);
    });

    /// <summary>The <c>Dataset</c> of a crosswalk concept's trend page (a series across the forms, which someone may look
    /// for); <see langword="null"/> for the trend page of one cell, whose data the agency page's <c>Dataset</c> covers.</summary>
    public static string? IndicatorDataset(SiteModel site, IndicatorView view, string description, Language language) => view.Concept is null ? null : JsonText.ForScript(w =>
    {
        var name = $"{site.AgencyName(view.Agency, language)} {view.Label(language)}";
        var coverage = view.Series.Count == 0 ? "" : $"{Display.Year(view.Series[0].Year)}/{Display.Year(view.Series[^1].Year)}";
        WriteDataset(w, site, name, description, language, Routes.Indicator(view.Agency, view.Indicator.Code), coverage,
            [("text/csv", site.HasChart(view.Agency, view.Indicator.Code) ? Routes.IndicatorCsv(view.Agency, view.Indicator.Code) : Routes.AgencyCsv(view.Agency))]);
    });

    /// <summary>The site as a <c>DataCatalog</c>, on the home and downloads pages: one dataset, all the data, so a page does
    /// not grow with the number of agencies. Each agency page carries its own <c>Dataset</c>, and <see cref="Routes.Catalog"/>
    /// (DCAT) lists every agency's.</summary>
    public static string Catalog(SiteModel site, string description, Language language) => JsonText.ForScript(w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "DataCatalog");
        w.WriteString("name", language.T(site.Settings.Title, site.Settings.TitleEn));
        w.WriteString("description", description);
        w.WriteString("url", site.Settings.BaseUrl);
        w.WriteString("inLanguage", language.Code);
        w.WriteStartArray("dataset");
        w.WriteStartObject();
        w.WriteString("@type", "Dataset");
        w.WriteString("name", language.T($"{site.Agencies.Count}个机构的政府信息公开工作年度报告统计数据", $"Annual reports on government information disclosure by {site.Agencies.Count} agencies, statistics"));
        w.WriteString("url", site.Settings.BaseUrl + Routes.Downloads);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    // schema.org asks a Dataset for a description of 50 characters or more: a shorter one gets the site's rule on blanks.
    private static void WriteDataset(Utf8JsonWriter w, SiteModel site, string name, string description, Language language, string route, string coverage, (string Format, string Path)[] files)
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "Dataset");
        w.WriteString("name", name);
        w.WriteString("description", description.Length >= 50 ? description : description + language.T("数值按原报告照录，空白单元格表示未填报，不等同于 0。", " Figures as published; a blank cell was not reported and is not 0."));
        w.WriteString("url", site.Settings.BaseUrl + route);
        w.WriteString("inLanguage", language.Code);
        w.WriteString("license", LicenseUrl(site.Settings.License));
        if (coverage.Length > 0)
        {
            w.WriteString("temporalCoverage", coverage);
        }

        w.WriteStartObject("creator");
        w.WriteString("@type", "Organization");
        w.WriteString("name", site.Settings.Publisher);
        w.WriteEndObject();
        w.WriteStartArray("distribution");
        foreach (var (format, path) in files)
        {
            w.WriteStartObject();
            w.WriteString("@type", "DataDownload");
            w.WriteString("encodingFormat", format);
            w.WriteString("contentUrl", site.Settings.BaseUrl + path);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string LicenseUrl(string license) => license switch
    {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/",
        "CC0-1.0" => "https://creativecommons.org/publicdomain/zero/1.0/",
        _ => license,
    };
}
