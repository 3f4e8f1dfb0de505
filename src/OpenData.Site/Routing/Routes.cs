using System.Globalization;

namespace OpenData.Site;

/// <summary>Every address of the site, in one place: stable, lowercase ASCII, relative to the site root.</summary>
/// <remarks>Every link names its file (<c>…/index.html</c>, <c>….html</c>), so the site works from a plain folder as well
/// as a web server. Pages that gather others (home, agency, report with its downloads) are <c>…/index.html</c> in a folder
/// of their own; the many indicator and comparison pages of an agency are files side by side in one folder
/// (<c>indicators/s3.new.tot.html</c> with its <c>.svg</c> and <c>.csv</c>), which halves what a build creates on disk.
/// English pages have the same paths under <c>en/</c>; data files exist once.</remarks>
internal static class Routes
{
    public const string Home = "index.html";
    public const string Agencies = "agencies/index.html";
    public const string Across = "across/index.html";
    public const string Quality = "quality/index.html";
    public const string Completeness = "completeness/index.html";
    public const string Downloads = "downloads/index.html";
    public const string Stylesheet = "assets/site.css";
    public const string Favicon = "assets/favicon.svg";
    public const string DataPackage = "datapackage.json";
    public const string Catalog = "catalog.jsonld";
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";
    public const string Robots = "robots.txt";
    public const string Manifest = "SHA256SUMS";
    public const string LongXlsx = "downloads/opendata-long.xlsx";
    public const string FindingsJson = "downloads/findings.json";
    public const string CompletenessCsv = "downloads/completeness.csv";

    /// <summary>Every agency with all its years, as published, with findings (<see cref="JsonExport.Site"/>).</summary>
    public const string SiteJson = "downloads/opendata.json";
    public const string ReportSchema = "schemas/report.schema.json";
    public const string AgencySchema = "schemas/agency.schema.json";

    /// <summary>The search box's index of agencies, regions and indicators, a script (<see cref="SearchIndex"/>).</summary>
    public const string SearchIndex = "search/index.js";


    /// <summary>The search box's script, shipped with the tool (<see cref="SiteAssets"/>).</summary>
    public const string SearchScript = "assets/search.js";

    /// <summary>A file of <c>assets/</c>: shipped, or from <c>input/assets</c> by its path there.</summary>
    public static string Asset(string name) => "assets/" + name;

    /// <summary>A shard of the report text of the search box's index, loaded when a query needs it (<see cref="SearchIndex.TextShards"/>).</summary>
    public static string SearchText(int shard) => $"search/text/{shard.ToString("00", CultureInfo.InvariantCulture)}.js";

    public static string Agency(string id) => $"agencies/{id}/index.html";

    public static string AgencyCsv(string id) => $"agencies/{id}/{id}.csv";

    public static string AgencyXlsx(string id) => $"agencies/{id}/{id}.xlsx";

    /// <summary>The agency with all its years, as published, with findings (<see cref="JsonExport.Agency"/>).</summary>
    public static string AgencyJson(string id) => $"agencies/{id}/{id}.json";

    public static string Report(string id, int year) => $"agencies/{id}/{Y(year)}/index.html";

    public static string ReportFile(string id, int year, string extension) => $"agencies/{id}/{Y(year)}/{id}-{Y(year)}.{extension}";

    public static string Indicator(string id, string code) => $"agencies/{id}/indicators/{code}.html";

    public static string IndicatorChart(string id, string code) => $"agencies/{id}/indicators/{code}.svg";

    public static string IndicatorCsv(string id, string code) => $"agencies/{id}/indicators/{code}.csv";

    /// <summary>Every cell of every form version the agency reported in, year by year, with the change between years
    /// (<see cref="AllYearsView"/>): where a cell without a page of its own is shown.</summary>
    public static string AllYears(string id) => $"agencies/{id}/all-years.html";

    /// <summary>The table of a form in <see cref="AllYears"/>.</summary>
    public static string AllYearsForm(string id, string form) => $"agencies/{id}/all-years.html#{form}";

    /// <summary>The row of a cell of a form in <see cref="AllYears"/> (a code may be in more than one form version).</summary>
    /// <param name="id">The agency.</param>
    /// <param name="form">The form version; <see langword="null"/> for the newest the agency reported the cell in (<see cref="AllYearsTable.IsNewestRow"/>).</param>
    /// <param name="code">The cell's code.</param>
    public static string AllYearsRow(string id, string? form, string code) => $"agencies/{id}/all-years.html#{AllYearsRowId(form, code)}";

    /// <summary>The id of a cell's row in <see cref="AllYears"/>: the code alone in the newest form version the agency
    /// reported the cell in (a code is never reused for another concept), the form then the code in an older one.</summary>
    public static string AllYearsRowId(string? form, string code) => form is null ? code : $"{form}.{code}";

    /// <summary>A year's column of <see cref="AllYears"/>: its heading, in the table of the form the year's report used.</summary>
    public static string AllYearsYear(string id, int year) => $"agencies/{id}/all-years.html#{AllYearsYearId(year)}";

    /// <summary>The id of a year's column heading in <see cref="AllYears"/>: <c>y2021</c>.</summary>
    public static string AllYearsYearId(int year) => $"y{Y(year)}";

    public static string CompareIndex(string id) => $"agencies/{id}/compare/index.html";

    public static string Compare(string id, int from, int to) => $"agencies/{id}/compare/{Y(from)}-{Y(to)}.html";

    /// <summary>Every region, nested by hierarchy.</summary>
    public const string Regions = "regions/index.html";

    /// <summary>A region as a whole: its members and the sums over them (<see cref="RegionView"/>).</summary>
    public static string Region(string id) => $"regions/{id}/index.html";

    public static string RegionCsv(string id) => $"regions/{id}/{id}.csv";

    public static string RegionXlsx(string id) => $"regions/{id}/{id}.xlsx";

    public static string RegionJson(string id) => $"regions/{id}/{id}.json";

    /// <summary>A region's data package resource: its CSV without a byte order mark (agency ids have no dot, so no clash).</summary>
    public static string PackageRegionCsv(string id) => PackageCsv("region." + id);

    public static string AcrossYear(int year) => $"across/{Y(year)}/index.html";

    public static string AcrossChart(int year, string concept) => $"across/{Y(year)}/{concept}.svg";

    /// <summary>The data of a ranking (<see cref="RankingCsv"/>), of every concept and rate, made with or without charts.</summary>
    public static string AcrossCsv(int year, string measure) => $"across/{Y(year)}/{measure}.csv";

    /// <summary>The ranking of one concept of the crosswalk or one rate (<see cref="RankedMeasure"/>) in a year, over every
    /// agency and within each level.</summary>
    public static string AcrossRanking(int year, string measure) => $"across/{Y(year)}/{measure}.html";

    /// <summary>A data package resource: a CSV without a byte order mark (data tools read it; spreadsheets get the
    /// XLSX and the downloads, which carry one).</summary>
    public static string PackageCsv(string name) => $"data/{name}.csv";

    /// <summary>The name of the data package's table of every value of every report (<see cref="CsvExport.ObservationRecords"/>).</summary>
    public const string PackageAll = "all";

    /// <summary>The name of the data package's codebook: every form's codes with their labels and units (<see cref="CsvExport.Codebook"/>).</summary>
    public const string PackageCodebook = "indicators";

    /// <summary>The name of the data package's table of agencies: the names and places the other tables refer to by id (<see cref="CsvExport.Agencies"/>).</summary>
    public const string PackageAgencies = "agencies";

    public static string Page(string name) => $"pages/{name}/index.html";

    /// <summary>One of the numbered sitemaps of a site too large for one (see <see cref="Sitemap"/>).</summary>
    public static string SitemapPart(int number) => $"sitemaps/sitemap-{number.ToString(CultureInfo.InvariantCulture)}.xml";

    /// <summary>The relative link from one site file to another, e.g. from <c>agencies/x/index.html</c> to <c>index.html</c> gives <c>../../index.html</c>.</summary>
    /// <remarks>Every page has dozens of links, so this walks both paths in place instead of splitting them.</remarks>
    public static string Relative(string from, string to)
    {
        // The folders the two paths share from the start; a file name is never a folder.
        var fromFolders = from.AsSpan().Count('/');
        var toFolders = to.AsSpan().Count('/');
        var common = 0;
        var fromAt = 0;
        var toAt = 0;
        while (common < fromFolders && common < toFolders)
        {
            var fromEnd = from.IndexOf('/', fromAt);
            var toEnd = to.IndexOf('/', toAt);
            if (!from.AsSpan(fromAt, fromEnd - fromAt).SequenceEqual(to.AsSpan(toAt, toEnd - toAt)))
            {
                break;
            }

            fromAt = fromEnd + 1;
            toAt = toEnd + 1;
            common++;
        }

        var ups = fromFolders - common;
        if (ups == 0)
        {
            return toAt == 0 ? to : to[toAt..];
        }

        return string.Create((ups * 3) + to.Length - toAt, (ups, to, toAt), static (chars, state) =>
        {
            for (var i = 0; i < state.ups; i++)
            {
                "../".CopyTo(chars[(i * 3)..]);
            }

            state.to.AsSpan(state.toAt).CopyTo(chars[(state.ups * 3)..]);
        });
    }

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
