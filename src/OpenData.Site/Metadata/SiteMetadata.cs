using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace OpenData.Site;

/// <summary>The site-level metadata files: sitemap, Atom feed, robots.txt, DCAT catalogue, data package and SHA-256 manifest.</summary>
internal static class SiteMetadata
{
    /// <summary>The most URLs one sitemap file may list (sitemaps.org); a larger site gets a sitemap index.</summary>
    public const int SitemapLimit = 50_000;

    /// <summary>The most recent reports the Atom feed lists: a feed tells what is new, the site lists everything.</summary>
    public const int FeedLimit = 100;

    public static string Sitemap(SiteModel site, IEnumerable<string> htmlPaths)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in htmlPaths)
        {
            var url = site.Settings.BaseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
            text.Append("  <url><loc>").Append(SecurityElement.Escape(url)).Append("</loc></url>\n");
        }

        return text.Append("</urlset>\n").ToString();
    }

    /// <summary>A sitemap index that lists the sitemap files of a site with more than <see cref="SitemapLimit"/> pages.</summary>
    public static string SitemapIndex(SiteModel site, IEnumerable<string> sitemapPaths)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in sitemapPaths)
        {
            text.Append("  <sitemap><loc>").Append(SecurityElement.Escape(site.Settings.BaseUrl + path)).Append("</loc></sitemap>\n");
        }

        return text.Append("</sitemapindex>\n").ToString();
    }

    // The feed's dates come from the data (publication dates, else 1 January after the report year; a corrected report's
    // last correction), never from the clock. Entries are newest first by their updated date, so a correction shows as new.
    public static string Feed(SiteModel site)
    {
        static DateOnly Published(Report r) => r.Provenance?.PublishedOn ?? new DateOnly(r.Year + 1, 1, 1);
        static DateOnly Updated(Report r) => ReportTrace.LastCorrected(r) is { } corrected && corrected > Published(r) ? corrected : Published(r);
        static string Stamp(DateOnly date) => ReportTrace.Date(date) + "T00:00:00Z";
        var reports = site.Reports.OrderByDescending(Updated).ThenBy(r => r.Agency, StringComparer.Ordinal).ThenByDescending(r => r.Year).Take(FeedLimit).ToList();
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        text.Append("  <title>").Append(SecurityElement.Escape(site.Settings.Title)).Append("</title>\n");
        text.Append("  <id>").Append(SecurityElement.Escape(site.Settings.BaseUrl)).Append("</id>\n");
        text.Append("  <link rel=\"self\" href=\"").Append(SecurityElement.Escape(site.Settings.BaseUrl + Routes.Feed)).Append("\"/>\n");
        text.Append("  <link href=\"").Append(SecurityElement.Escape(site.Settings.BaseUrl)).Append("\"/>\n");
        text.Append("  <updated>").Append(reports.Count == 0 ? "2008-01-01T00:00:00Z" : Stamp(Updated(reports[0]))).Append("</updated>\n");
        text.Append("  <author><name>").Append(SecurityElement.Escape(site.Settings.Publisher)).Append("</name></author>\n");
        foreach (var r in reports)
        {
            var url = site.Settings.BaseUrl + Routes.Report(r.Agency, r.Year)[..^"index.html".Length];
            var title = r.Title ?? $"{site.AgencyName(r.Agency, Language.Chinese)} {Display.Year(r.Year)}年政府信息公开工作年度报告";
            var summary = $"{site.AgencyName(r.Agency, Language.Chinese)} {Display.Year(r.Year)}年度统计表（{r.Form}），数据质量问题 {site.FindingsOf(r).Count(SiteModel.IsShown)} 条。{ReportTrace.FeedNote(r)}";
            text.Append("  <entry>\n    <title>").Append(SecurityElement.Escape(title)).Append("</title>\n");
            text.Append("    <id>").Append(SecurityElement.Escape(url)).Append("</id>\n");
            text.Append("    <link href=\"").Append(SecurityElement.Escape(url)).Append("\"/>\n");
            if (Updated(r) != Published(r))
            {
                text.Append("    <published>").Append(Stamp(Published(r))).Append("</published>\n");
            }

            text.Append("    <updated>").Append(Stamp(Updated(r))).Append("</updated>\n");
            text.Append("    <summary>").Append(SecurityElement.Escape(summary)).Append("</summary>\n  </entry>\n");
        }

        return text.Append("</feed>\n").ToString();
    }

    public static string Robots(SiteModel site) => $"User-agent: *\nAllow: /\nSitemap: {site.Settings.BaseUrl}{Routes.Sitemap}\n";

    public static string Dcat(SiteModel site) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("@context");
        w.WriteString("dcat", "http://www.w3.org/ns/dcat#");
        w.WriteString("dct", "http://purl.org/dc/terms/");
        w.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
        w.WriteEndObject();
        w.WriteString("@id", site.Settings.BaseUrl + Routes.Catalog);
        w.WriteString("@type", "dcat:Catalog");
        w.WriteString("dct:title", site.Settings.Title);
        w.WriteString("dct:description", site.Settings.Description);
        w.WriteString("dct:language", "zh-CN");
        w.WriteString("dct:license", JsonLd.LicenseUrl(site.Settings.License));
        w.WriteStartObject("dct:publisher");
        w.WriteString("@type", "foaf:Agent");
        w.WriteString("foaf:name", site.Settings.Publisher);
        w.WriteEndObject();
        w.WriteString("foaf:homepage", site.Settings.BaseUrl);
        w.WriteStartArray("dcat:dataset");
        foreach (var agency in site.Agencies)
        {
            var years = site.ReportsOf(agency.Id).Select(r => r.Year).ToList();
            w.WriteStartObject();
            w.WriteString("@id", site.Settings.BaseUrl + Routes.Agency(agency.Id)[..^"index.html".Length]);
            w.WriteString("@type", "dcat:Dataset");
            w.WriteString("dct:title", $"{agency.Name}政府信息公开工作年度报告统计数据");
            w.WriteString("dct:identifier", agency.Id);
            if (years.Count > 0)
            {
                w.WriteString("dct:temporal", $"{Display.Year(years[0])}/{Display.Year(years[^1])}");
            }

            w.WriteString("dcat:landingPage", site.Settings.BaseUrl + Routes.Agency(agency.Id));
            Distributions(w, site, [(Routes.AgencyCsv(agency.Id), "text/csv"), (Routes.AgencyXlsx(agency.Id), Xlsx), (Routes.AgencyJson(agency.Id), "application/json")]);
            w.WriteEndObject();
        }

        // Each region as a whole: its members' counts summed per year (RegionExport says the columns).
        foreach (var region in site.Regions)
        {
            var years = region.Members.SelectMany(a => site.ReportsOf(a.Id)).Select(r => r.Year).Distinct().Order().ToList();
            w.WriteStartObject();
            w.WriteString("@id", site.Settings.BaseUrl + Routes.Region(region.Id)[..^"index.html".Length]);
            w.WriteString("@type", "dcat:Dataset");
            w.WriteString("dct:title", $"{region.Head.Name}（地区合计）政府信息公开工作年度报告统计数据");
            w.WriteString("dct:identifier", "region." + region.Id);
            if (years.Count > 0)
            {
                w.WriteString("dct:temporal", $"{Display.Year(years[0])}/{Display.Year(years[^1])}");
            }

            w.WriteString("dcat:landingPage", site.Settings.BaseUrl + Routes.Region(region.Id));
            Distributions(w, site, [(Routes.RegionCsv(region.Id), "text/csv"), (Routes.RegionXlsx(region.Id), Xlsx), (Routes.RegionJson(region.Id), "application/json")]);
            w.WriteEndObject();
        }

        // The whole site as one dataset: every agency and year in one file of each format.
        w.WriteStartObject();
        w.WriteString("@id", site.Settings.BaseUrl + Routes.Downloads[..^"index.html".Length]);
        w.WriteString("@type", "dcat:Dataset");
        w.WriteString("dct:title", $"{site.Settings.Title}：全部机构、全部年度统计数据");
        w.WriteString("dct:identifier", "all");
        if (site.Years.Count > 0)
        {
            w.WriteString("dct:temporal", $"{Display.Year(site.Years[0])}/{Display.Year(site.Years[^1])}");
        }

        w.WriteString("dcat:landingPage", site.Settings.BaseUrl + Routes.Downloads);
        Distributions(w, site, [(Routes.PackageCsv(Routes.PackageAll), "text/csv"), (Routes.PackageCsv(Routes.PackageCodebook), "text/csv"), (Routes.LongXlsx, Xlsx), (Routes.SiteJson, "application/json")]);
        w.WriteEndObject();
        RankingDataset(w, site);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    // The rankings across agencies as a dataset: every year's ranking of every concept and rate (RankingCsv), and all of
    // them in one file.
    private static void RankingDataset(System.Text.Json.Utf8JsonWriter w, SiteModel site)
    {
        w.WriteStartObject();
        w.WriteString("@id", site.Settings.BaseUrl + Routes.Across[..^"index.html".Length]);
        w.WriteString("@type", "dcat:Dataset");
        w.WriteString("dct:title", $"{site.Settings.Title}：跨机构排名（每个指标和公开率、纠错率，按年度）");
        w.WriteString("dct:identifier", RankingCsv.PackageName);
        if (site.Years.Count > 0)
        {
            w.WriteString("dct:temporal", $"{Display.Year(site.Years[0])}/{Display.Year(site.Years[^1])}");
        }

        w.WriteString("dcat:landingPage", site.Settings.BaseUrl + Routes.Across);
        Distributions(w, site, [
            (Routes.PackageCsv(RankingCsv.PackageName), "text/csv"),
            .. site.Years.SelectMany(year => RankedMeasure.All.Select(m => (Routes.AcrossCsv(year, m.Id), "text/csv"))),
        ]);
        w.WriteEndObject();
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static void Distributions(System.Text.Json.Utf8JsonWriter w, SiteModel site, (string Path, string Type)[] files)
    {
        w.WriteStartArray("dcat:distribution");
        foreach (var (path, type) in files)
        {
            w.WriteStartObject();
            w.WriteString("@type", "dcat:Distribution");
            w.WriteString("dcat:downloadURL", site.Settings.BaseUrl + path);
            w.WriteString("dcat:mediaType", type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Frictionless Data Package v2: the long-format CSV files with a table schema describing every column.</summary>
    public static string DataPackage(SiteModel site) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
        w.WriteString("name", "opendata-gov-info-disclosure");
        w.WriteString("title", site.Settings.Title);
        w.WriteString("description", site.Settings.Description);
        w.WriteStartArray("licenses");
        w.WriteStartObject();
        w.WriteString("name", site.Settings.License);
        w.WriteString("path", JsonLd.LicenseUrl(site.Settings.License));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("resources");
        WriteValuesResource(w);
        WriteCodebookResource(w);
        WriteAgenciesResource(w);

        // The JSON downloads: the reports as published with their findings, not tables (JsonExport says their shape).
        WriteJsonResource(w, "all-json", Routes.SiteJson, "全站数据（按发布原样，附数据质量问题）/ every report as published, with findings");
        foreach (var agency in site.Agencies)
        {
            WriteJsonResource(w, agency.Id + "-json", Routes.AgencyJson(agency.Id), $"{agency.Name} / all years as published, with findings");
        }

        WriteRankingResource(w);
        // Regions as a whole: a table of their own columns, and the same as JSON.
        foreach (var region in site.Regions)
        {
            WriteRegionResource(w, region);
            WriteJsonResource(w, "region." + region.Id + "-json", Routes.RegionJson(region.Id), $"{region.Head.Name}（地区合计）/ region as a whole, JSON");
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    // Every ranking of every year in one table (RankingCsv.All); the files of each year and measure carry a byte order
    // mark for spreadsheets and are listed in the catalogue.
    private static void WriteRankingResource(System.Text.Json.Utf8JsonWriter w)
    {
        StartTable(w, RankingCsv.PackageName, Routes.PackageCsv(RankingCsv.PackageName), "跨机构排名（每个指标和比率，按年度）/ rankings across agencies of every indicator and rate, by year");
        Field(w, "year", "integer", "报告年度 / report year", true);
        Field(w, "measure", "string", "排名的指标（跨版本对照表的概念代码）或比率（rates.disclosure 公开率、rates.correction 纠错率）/ the concept of the crosswalk or the rate ranked", true);
        Field(w, "rank", "integer", "排名，数值相同者并列（1、2、2、4）；空白表示不参加排名 / competition rank, shared by equal values (1, 2, 2, 4); empty when unranked", false);
        Field(w, "agency", "string", "机构代码 / agency id", true);
        Field(w, "value", "number", "数值（按原文）；空白表示未填报，不是 0 / value as published; empty means not reported, not zero", false);
        Field(w, "unit", "string", "单位（件，比率为 %）/ unit (% for a rate)", true);
        Field(w, "status", "string", "reported = 已填报, partial = 部分项目未填报（数值为下限，不排名）, blank = 未填报, missing = 未发布报告", true);
        Field(w, "blank_parts", "integer", "未填报的项目数 / cells not reported", false);
        Field(w, "level", "string", "机构级别；空白表示未分级 / agency level; empty when none", false);
        Field(w, "level_rank", "integer", "本级别内的排名 / rank within the level", false);
        Field(w, "numerator", "number", "比率的分子 / a rate's numerator", false);
        Field(w, "denominator", "number", "比率的分母 / a rate's denominator", false);
        EndTable(w, ["year", "measure", "agency"], [(["agency"], Routes.PackageAgencies, ["agency"])]);
    }

    private static void WriteRegionResource(System.Text.Json.Utf8JsonWriter w, Region region)
    {
        StartTable(w, "region." + region.Id, Routes.PackageRegionCsv(region.Id), $"{region.Head.Name}（地区合计）/ region as a whole");
        Field(w, "region", "string", "地区代码，即为首机构（政府或上级机构）的代码 / region id: that of the agency heading it (a government or the agency above the others)", true);
        Field(w, "year", "integer", "报告年度 / report year", true);
        Field(w, "quantity", "string", "对照表概念代码，或比率 rate.disclosure、rate.correction / crosswalk concept id, or a rate", true);
        Field(w, "label", "string", "名称 / label", true);
        Field(w, "unit", "string", "单位 / unit", false);
        Field(w, "value", "number", "成员机构之和（比率由合计计算）；不完整时为已填报部分之和（下限）；空白表示未填报或无下限，不是 0 / sum over the members (rates from the sums); a lower bound when partial; empty means not reported or no bound, not zero", false);
        Field(w, "status", "string", "reported = 完整, partial = 部分未填报（下限）, blank = 未填报 / complete, partial (a lower bound), not reported", true);
        Field(w, "blank_parts", "integer", "未填报的部分数（缺少报告的成员计 1 项）/ parts not reported (a member without a report counts as one)", true);
        Field(w, "members", "integer", "成员机构数 / number of members", true);
        Field(w, "missing", "string", "该年没有报告的成员（以空格分隔）/ members without a report of the year, space-separated", false);
        Field(w, "blank", "string", "报告中该项有未填报单元格的成员（以空格分隔）/ members whose report leaves the quantity blank, space-separated", false);
        EndTable(w, ["region", "year", "quantity"]);
    }

    private static void WriteJsonResource(System.Text.Json.Utf8JsonWriter w, string name, string path, string title)
    {
        StartResource(w, name, path, title, null, "json", "application/json");
        w.WriteEndObject();
    }

    // A resource's object, opened, with what every resource says: name, title, path, type (tables only), format, media type, encoding.
    private static void StartResource(System.Text.Json.Utf8JsonWriter w, string name, string path, string title, string? type, string format, string mediaType)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("title", title);
        w.WriteString("path", path);
        if (type is not null)
        {
            w.WriteString("type", type);
        }

        w.WriteString("format", format);
        w.WriteString("mediatype", mediaType);
        w.WriteString("encoding", "utf-8");
    }

    // Every value of every report, in long format; the labels are in the codebook, which the form and code refer to.
    private static void WriteValuesResource(System.Text.Json.Utf8JsonWriter w)
    {
        StartTable(w, Routes.PackageAll, Routes.PackageCsv(Routes.PackageAll), "全站长格式数据（指标名称见 indicators）/ all values in long format (labels in indicators)");
        Field(w, "agency", "string", "机构代码 / agency id", true);
        Field(w, "year", "integer", "报告年度 / report year", true);
        Field(w, "form", "string", "表格版本 / form id (national-2014, national-2019, national-2021, fujian-2014)", true);
        Field(w, "code", "string", "指标代码，名称见 indicators / indicator code, labelled in indicators", true);
        Field(w, "unit", "string", "单位（表格所印或报告所写）/ unit (as printed on the form, or as the report gives it)", false);
        Field(w, "value", "number", "数值（按原文）；空白表示未填报，不是 0 / value as published; empty means not reported, not zero", false);
        Field(w, "status", "string", "reported = 已填报, blank = 未填报", true);
        Field(w, "flag", "string", "核查规则编号（以空格分隔，如 R-N2）：数值按原文照录，不符合这些规则；空白表示没有问题 / rule ids of the validation findings on the value, space-separated (such as R-N2): the value is as published and breaks them; empty when there are none", false);
        EndTable(w, ["agency", "year", "code"], [(["form", "code"], Routes.PackageCodebook, ["form", "code"]), (["agency"], Routes.PackageAgencies, ["agency"])]);
    }

    // The codebook: every cell of the three forms with its labels and units.
    private static void WriteCodebookResource(System.Text.Json.Utf8JsonWriter w)
    {
        StartTable(w, Routes.PackageCodebook, Routes.PackageCsv(Routes.PackageCodebook), "指标代码表：三个表格版本的每个单元格 / codebook: every cell of the three forms");
        Field(w, "form", "string", "表格版本 / form id", true);
        Field(w, "code", "string", "指标代码 / indicator code", true);
        Field(w, "label", "string", "指标名称（表格原文）/ label as printed on the form", true);
        Field(w, "label_en", "string", "指标名称的英文译名（非表格原文）/ the label in English (a translation; the form prints the Chinese label)", true);
        Field(w, "unit", "string", "表格所印单位；空白表示单位随数值填写 / unit printed on the form; empty when the report gives it with the value", false);
        Field(w, "unit_en", "string", "单位的英文 / the unit in English", false);
        EndTable(w, ["form", "code"]);
    }

    // The agencies: the names and places the other tables refer to by id.
    private static void WriteAgenciesResource(System.Text.Json.Utf8JsonWriter w)
    {
        StartTable(w, Routes.PackageAgencies, Routes.PackageCsv(Routes.PackageAgencies), "机构表：其他各表以机构代码引用 / agencies: the other tables name them by id");
        Field(w, "agency", "string", "机构代码 / agency id", true);
        Field(w, "name", "string", "机构名称 / agency name", true);
        Field(w, "name_en", "string", "机构英文名称（机构文件提供时）/ agency name in English, where the agency file gives one", false);
        Field(w, "level", "string", "机构级别；空白表示未分级 / agency level; empty when none", false);
        Field(w, "parent", "string", "上级机构代码 / the id of the agency above it", false);
        Field(w, "region", "string", "地区（机构文件所写）/ region, as the agency file gives it", false);
        EndTable(w, ["agency"]);
    }

    // A CSV resource's object, opened, with its dialect, and its schema opened at its fields.
    private static void StartTable(System.Text.Json.Utf8JsonWriter w, string name, string path, string title)
    {
        StartResource(w, name, path, title, "table", "csv", "text/csv");
        w.WriteStartObject("dialect");
        w.WriteString("$schema", "https://datapackage.org/profiles/2.0/tabledialect.json");
        w.WriteBoolean("header", true);
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteEndObject();
        w.WriteStartObject("schema");
        w.WriteString("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
        w.WriteStartArray("fields");
    }

    // Closes what StartTable opened: the fields, the empty string as the missing value, the primary key, the schema and the resource.
    private static void EndTable(System.Text.Json.Utf8JsonWriter w, string[] primaryKey, (string[] Fields, string Resource, string[] ReferenceFields)[]? foreignKeys = null)
    {
        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        w.WriteStartArray("primaryKey");
        foreach (var key in primaryKey)
        {
            w.WriteStringValue(key);
        }

        w.WriteEndArray();
        if (foreignKeys is { Length: > 0 })
        {
            // Fields of a row that name a row of another table: a value's form and code, a codebook row; an agency id, an agency.
            w.WriteStartArray("foreignKeys");
            foreach (var (fields, resource, referenceFields) in foreignKeys)
            {
                w.WriteStartObject();
                w.WriteStartArray("fields");
                foreach (var field in fields)
                {
                    w.WriteStringValue(field);
                }

                w.WriteEndArray();
                w.WriteStartObject("reference");
                w.WriteString("resource", resource);
                w.WriteStartArray("fields");
                foreach (var field in referenceFields)
                {
                    w.WriteStringValue(field);
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Field(System.Text.Json.Utf8JsonWriter w, string name, string type, string description, bool required)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("type", type);
        w.WriteString("description", description);
        if (required)
        {
            w.WriteStartObject("constraints");
            w.WriteBoolean("required", true);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>One line per file, <c>sha256  path</c>, in path order (the format of <c>sha256sum -c</c>).</summary>
    public static byte[] Manifest(SiteFiles files)
    {
        using var stream = new MemoryStream();
        WriteManifest(stream, files.All().Select(f => (f.Key, SHA256.HashData(f.Value))));
        return stream.ToArray();
    }

    /// <summary>Writes the manifest from each file's path and SHA-256 (UTF-8), a line at a time: a large site has
    /// a hundred thousand files and more, and its manifest is never held whole.</summary>
    public static void WriteManifest(Stream destination, IEnumerable<(string Path, byte[] Sha256)> files)
    {
        using var writer = new StreamWriter(destination, SiteFiles.Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Span<char> hex = stackalloc char[2 * SHA256.HashSizeInBytes];
        foreach (var (path, sha) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            Convert.TryToHexStringLower(sha, hex, out _);
            writer.Write(hex);
            writer.Write("  ");
            writer.Write(path);
            writer.Write('\n');
        }
    }
}
