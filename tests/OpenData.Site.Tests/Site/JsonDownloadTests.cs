using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>The JSON downloads of an agency's years and of the whole site: each report as published, beside its findings;
/// linked from the agency and downloads pages and listed in the DCAT catalogue and the data package.</summary>
public sealed class JsonDownloadTests
{
    [Fact]
    public void Each_agency_json_holds_every_year_as_published_with_its_findings()
    {
        var site = SiteFixture.Model;
        var folder = RepoPaths.NewTempFolder();
        foreach (var agency in site.Agencies)
        {
            var json = JsonNode.Parse(SiteFixture.Files.Text(Routes.AgencyJson(agency.Id)))!;

            Assert.Equal(agency.Id, (string?)json["agency"]!["id"]);
            Assert.Null(json["agency"]!["$schema"]);
            var reports = json["reports"]!.AsArray();
            Assert.Equal(site.ReportsOf(agency.Id).Select(r => r.Year), reports.Select(r => (int)r!["report"]!["year"]!));
            foreach (var (report, entry) in site.ReportsOf(agency.Id).Zip(reports))
            {
                // The report object is a data file: read back, it is the published report, value for value.
                var path = Path.Combine(folder, $"{agency.Id}-{report.Year}.json");
                File.WriteAllText(path, entry!["report"]!.ToJsonString());
                var readBack = DataFiles.ReadReport(path);
                Assert.True(readBack.Value is not null, string.Join("\n", readBack.Findings));
                Assert.Equal(DataFiles.Serialize(report), DataFiles.Serialize(readBack.Value!));
                Assert.Equal(site.FindingsOf(report).Select(f => f.Rule), entry["findings"]!.AsArray().Select(f => (string)f!["rule"]!));
            }

            // Every finding about the agency is in its file once: beside its report, or about the agency.
            var written = reports.SelectMany(r => r!["findings"]!.AsArray()).Concat(json["findings"]!.AsArray()).Select(f => f!.ToJsonString());
            Assert.Equal(site.FindingsOf(agency.Id).Count, written.Count());
        }

        var pingtan2020 = JsonNode.Parse(SiteFixture.Files.Text(Routes.AgencyJson("pingtan")))!["reports"]!.AsArray().Single(r => (int)r!["report"]!["year"]! == 2020)!;
        Assert.Contains(pingtan2020["findings"]!.AsArray(), f => (string)f!["rule"]! == "R-N2");

        // A blank stays null, never 0.
        var blank = site.ReportsOf("pingtan").SelectMany(r => r.Values.Where(v => v.Value.IsBlank).Select(v => (r.Year, Code: v.Key))).First();
        var values = JsonNode.Parse(SiteFixture.Files.Text(Routes.AgencyJson("pingtan")))!["reports"]!.AsArray().Single(r => (int)r!["report"]!["year"]! == blank.Year)!["report"]!["values"]!.AsObject();
        Assert.True(values.TryGetPropertyValue(blank.Code, out var node) && node is null, $"{blank.Code} of {blank.Year}");
    }

    [Fact]
    public void Agency_and_site_jsons_are_written_compact_and_read_back_equal_to_the_indented_documents()
    {
        var site = SiteFixture.Model;
        foreach (var agency in site.Agencies)
        {
            var compact = SiteFixture.Files.Text(Routes.AgencyJson(agency.Id));

            var indented = JsonExport.Agency(site, agency, indented: true);

            // One line and its line end; the same document as the indented one, a fifth smaller or more.
            Assert.Equal(compact.Length - 1, compact.IndexOf('\n', StringComparison.Ordinal));
            Assert.Contains("\n  \"agency\": {", indented, StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(indented), JsonNode.Parse(compact)), agency.Id);
            Assert.True(compact.Length * 5 < indented.Length * 4, $"{agency.Id}: {compact.Length} compact, {indented.Length} indented");
            Assert.Contains(agency.Name, compact, StringComparison.Ordinal);
        }

        var whole = SiteFixture.Files.Text(Routes.SiteJson);
        Assert.Equal(whole.Length - 1, whole.IndexOf('\n', StringComparison.Ordinal));

        // A report's own JSON is its data file, indented as people read and edit it.
        var report = site.Reports[0];
        Assert.Equal(DataFiles.Serialize(report with { Schema = "../../../" + Routes.ReportSchema }), SiteFixture.Files.Text(Routes.ReportFile(report.Agency, report.Year, "json")));
        Assert.Contains("\n  \"agency\": ", SiteFixture.Files.Text(Routes.ReportFile(report.Agency, report.Year, "json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_json_holds_every_agency_json_in_site_order()
    {
        var json = JsonNode.Parse(SiteFixture.Files.Text(Routes.SiteJson))!;

        var agencies = json["agencies"]!.AsArray();
        Assert.Equal(SiteFixture.Model.Agencies.Select(a => a.Id), agencies.Select(a => (string)a!["agency"]!["id"]!));
        foreach (var agency in agencies)
        {
            var own = JsonNode.Parse(SiteFixture.Files.Text(Routes.AgencyJson((string)agency!["agency"]!["id"]!)));
            Assert.True(JsonNode.DeepEquals(own, agency), $"{agency["agency"]!["id"]} differs from its own file");
        }
    }

    [Fact]
    public void The_agency_and_downloads_pages_link_the_json_in_both_languages()
    {
        var parser = new HtmlParser();
        foreach (var prefix in new[] { "", "en/" })
        {
            var agencyPage = prefix + Routes.Agency("pingtan");
            var downloads = prefix + Routes.Downloads;

            Assert.Contains(Routes.Relative(agencyPage, Routes.AgencyJson("pingtan")), Links(agencyPage));
            Assert.Contains(Routes.Relative(downloads, Routes.SiteJson), Links(downloads));
            Assert.All(SiteFixture.Model.Agencies, a => Assert.Contains(Routes.Relative(downloads, Routes.AgencyJson(a.Id)), Links(downloads)));
        }

        IEnumerable<string> Links(string page) =>
            parser.ParseDocument(SiteFixture.Files.Text(page)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);
    }

    [Fact]
    public void The_catalogue_and_the_data_package_list_the_json_files()
    {
        var baseUrl = SiteFixture.Model.Settings.BaseUrl;
        var catalog = JsonNode.Parse(SiteFixture.Files.Text(Routes.Catalog))!;
        var distributions = catalog["dcat:dataset"]!.AsArray()
            .SelectMany(d => d!["dcat:distribution"]!.AsArray())
            .Where(d => (string)d!["dcat:mediaType"]! == "application/json")
            .Select(d => (string)d!["dcat:downloadURL"]!).ToList();
        var package = JsonNode.Parse(SiteFixture.Files.Text(Routes.DataPackage))!;
        var resources = package["resources"]!.AsArray().Where(r => (string?)r!["format"] == "json").Select(r => (string)r!["path"]!).ToList();

        string[] expected = [.. SiteFixture.Model.Agencies.Select(a => Routes.AgencyJson(a.Id)), .. SiteFixture.Model.Regions.Select(r => Routes.RegionJson(r.Id)), Routes.SiteJson];
        Assert.Equal(expected.Order(StringComparer.Ordinal), distributions.Select(d => d[baseUrl.Length..]).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), resources.Order(StringComparer.Ordinal));
        Assert.All(expected, path => Assert.True(SiteFixture.Files.Contains(path), $"missing {path}"));
    }
}
