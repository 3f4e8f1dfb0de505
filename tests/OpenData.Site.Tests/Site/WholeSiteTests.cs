using System.Text;
using CsCheck;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

public sealed class WholeSiteTests
{
    [Fact]
    public void The_plan_names_every_character_its_charts_draw_so_one_font_subset_serves_them_all()
    {
        var plan = RoutePlan.Create(SiteFixture.Model);
        var prepared = plan.ChartTexts.SelectMany(t => t.EnumerateRunes()).ToHashSet();

        Assert.NotEmpty(plan.Charts);
        Assert.All(plan.Charts, chart =>
        {
            var series = chart.Series();
            var drawn = series.Labels.SelectMany(t => t.EnumerateRunes());
            Assert.DoesNotContain(drawn, r => !prepared.Contains(r) && !Rune.IsDigit(r) && r.Value is not (>= 0x20 and < 0x7F));
        });
    }

    [Fact]
    public void Every_planned_page_and_chart_is_built()
    {
        var plan = RoutePlan.Create(SiteFixture.Model);
        var files = SiteFixture.Files;

        Assert.All(plan.Pages, p => Assert.True(files.Contains(p.Path), $"missing page {p.Path}"));
        Assert.All(plan.Charts, c => Assert.True(files.Contains(c.Path), $"missing chart {c.Path}"));
        // A report's own file is its JSON; its rows in XLSX are those of its year in its agency's XLSX, and its values a
        // column of its agency's CSV.
        foreach (var report in SiteFixture.Model.Reports)
        {
            Assert.True(files.Contains(Routes.ReportFile(report.Agency, report.Year, "json")), $"missing {report.Agency} {report.Year} json");
            foreach (var ext in new[] { "csv", "xlsx" })
            {
                Assert.False(files.Contains(Routes.ReportFile(report.Agency, report.Year, ext)), $"{report.Agency} {report.Year} has a {ext} of its own");
            }

            Assert.True(files.Contains(Routes.AgencyCsv(report.Agency)), $"missing the CSV of {report.Agency}");
            Assert.True(files.Contains(Routes.AgencyXlsx(report.Agency)), $"missing the XLSX of {report.Agency}");
        }

        Assert.DoesNotContain(files.Paths, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^(en/)?agencies/[^/]+/[0-9]{4}/.*\.(csv|xlsx)$"));

        foreach (var path in new[] { Routes.Sitemap, Routes.Feed, Routes.Robots, Routes.Catalog, Routes.DataPackage, Routes.Manifest, Routes.PackageCsv(Routes.PackageAll), Routes.PackageCsv(Routes.PackageCodebook), Routes.LongXlsx, Routes.ReportSchema, Routes.AgencySchema, Routes.Stylesheet })
        {
            Assert.True(files.Contains(path), $"missing {path}");
        }

        // 7 reports of 平潭 (2019–2020 on the 2019 form, 2021–2025 on the 2021 form): the pairs across the form change,
        // 2020 with 2021 and 2019 and 2020 with the latest (the others are on one form: the later report's page or the
        // all-years table compares them), and the index, in each of the two languages.
        Assert.Equal(1 + 2 + 1, plan.Pages.Count(p => p.Route.StartsWith("agencies/pingtan/compare/", StringComparison.Ordinal)) / 2);
    }

    [Fact]
    public void Compared_pairs_are_each_year_with_the_latest_and_with_the_one_before_when_they_are_on_two_forms()
    {
        string[] forms = [Forms.National2014Id, Forms.National2019Id, Forms.National2021Id];
        Gen.Select(Gen.Int[0, 2].Array[0, 40], Gen.Bool.Array[40]).Sample(t =>
        {
            var (formOf, gapAfter) = t;
            var reports = new List<Report>();
            var year = 2000;
            for (var i = 0; i < formOf.Length; i++)
            {
                reports.Add(new Report("a", year, forms[formOf[i]], new Dictionary<string, ReportValue>()));
                year += gapAfter[i] ? 2 : 1;
            }

            var n = reports.Count;
            var pairs = RoutePlan.ComparedPairs(reports).Select(p => (p.From.Year, p.To.Year)).ToList();

            Assert.Equal(pairs.Count, pairs.Distinct().Count());
            Assert.All(pairs, p => Assert.True(p.Item1 < p.Item2));
            var expected = new HashSet<(int, int)>();
            for (var i = 1; i < n; i++)
            {
                // On the later page when it is the year just before on the same form; on the all-years table for other
                // years on one form; a page of its own across a form change.
                var before = reports[i - 1];
                var onReportPage = reports[i].Year == before.Year + 1 && reports[i].Form == before.Form;
                Assert.Equal(onReportPage, RoutePlan.ReportPageCompares(before, reports[i]));
                Assert.Equal(
                    onReportPage ? Routes.Report("a", reports[i].Year) + "#tables" : before.Form == reports[i].Form ? Routes.AllYearsForm("a", before.Form) : Routes.Compare("a", before.Year, reports[i].Year),
                    RoutePlan.Comparison(before, reports[i], Language.Chinese));

                // In English, which has no report pages, the all-years table compares what a report page would.
                Assert.Equal(
                    before.Form == reports[i].Form ? Routes.AllYearsForm("a", before.Form) : Routes.Compare("a", before.Year, reports[i].Year),
                    RoutePlan.Comparison(before, reports[i], Language.English));
                if (before.Form != reports[i].Form)
                {
                    expected.Add((before.Year, reports[i].Year));
                }

                if (before.Form != reports[^1].Form)
                {
                    expected.Add((before.Year, reports[^1].Year));
                }
            }

            Assert.Equal(expected.Order(), pairs.Order());
        });
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_built_file_and_anchor()
    {
        var files = SiteFixture.Files;
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string path) => ids.TryGetValue(path, out var set) ? set
            : ids[path] = [.. parser.ParseDocument(files.Text(path)).QuerySelectorAll("[id]").Select(e => e.Id!)];
        var broken = new List<string>();
        var checkedLinks = 0;

        foreach (var page in files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(files.Text(page));
            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!));
            foreach (var link in links)
            {
                if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.False(link.StartsWith('/'), $"{page}: absolute link {link} breaks in a sub-folder");
                var hash = link.IndexOf('#', StringComparison.Ordinal);
                var target = hash < 0 ? link : link[..hash];
                var fragment = hash < 0 ? null : link[(hash + 1)..];
                var resolved = target.Length == 0 ? page : Resolve(page, target);
                checkedLinks++;
                if (!files.Contains(resolved))
                {
                    broken.Add($"{page} → {link}");
                }
                else if (fragment is { Length: > 0 } && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(fragment))
                {
                    broken.Add($"{page} → {link} (no id {fragment})");
                }
            }
        }

        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
        Assert.Empty(broken);
    }

    [Fact]
    public void A_report_offers_its_json_and_its_agencys_xlsx_and_csv_of_every_year_on_its_page_and_in_its_dataset()
    {
        var parser = new HtmlParser();
        foreach (var report in SiteFixture.Model.Reports)
        {
            foreach (var (prefix, xlsx, csv) in new[] { ("", "XLSX（历年，含本年）", "CSV（历年对照表）"), ("en/", "XLSX (all years)", "CSV (all-years table)") })
            {
                var path = prefix + Routes.Report(report.Agency, report.Year);
                var document = parser.ParseDocument(SiteFixture.Files.Text(path));
                var links = document.QuerySelectorAll("main ul.actions a[href$='.csv'], main ul.actions a[href$='.json'], main ul.actions a[href$='.xlsx']")
                    .Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
                Assert.Equal(
                    [(xlsx, Routes.Relative(path, Routes.AgencyXlsx(report.Agency))), ("JSON", Routes.Relative(path, Routes.ReportFile(report.Agency, report.Year, "json"))), (csv, Routes.Relative(path, Routes.AgencyCsv(report.Agency)))],
                    links);

                // The dataset is described once, on the Chinese page (the English page is its alternate).
                var script = document.QuerySelector("script[type='application/ld+json']");
                if (prefix.Length > 0)
                {
                    Assert.Null(script);
                    continue;
                }

                var dataset = System.Text.Json.JsonDocument.Parse(script!.TextContent).RootElement;
                var distribution = dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()![SiteFixture.Model.Settings.BaseUrl.Length..]).ToList();
                Assert.Equal([Routes.ReportFile(report.Agency, report.Year, "json"), Routes.AgencyXlsx(report.Agency)], distribution);
                Assert.All(distribution, f => Assert.True(SiteFixture.Files.Contains(f), f));
            }
        }
    }

    [Fact]
    public void An_agencys_dataset_lists_its_csv_xlsx_and_json_of_every_year_which_its_page_links()
    {
        var parser = new HtmlParser();
        var site = SiteFixture.Model;
        foreach (var agency in site.Agencies)
        {
            foreach (var prefix in new[] { "", "en/" })
            {
                var path = prefix + Routes.Agency(agency.Id);
                var document = parser.ParseDocument(SiteFixture.Files.Text(path));
                string[] files = [Routes.AgencyCsv(agency.Id), Routes.AgencyXlsx(agency.Id), Routes.AgencyJson(agency.Id)];
                // The dataset is described once, on the Chinese page; the English page links the same files.
                var script = document.QuerySelector("script[type='application/ld+json']");
                if (prefix.Length > 0)
                {
                    Assert.Null(script);
                    var hrefs = document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
                    Assert.All(files, f => Assert.Contains(Routes.Relative(path, f), hrefs));
                    continue;
                }

                var dataset = System.Text.Json.JsonDocument.Parse(script!.TextContent).RootElement;

                Assert.Equal(files, dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()![site.Settings.BaseUrl.Length..]));
                Assert.Equal(["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"], dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("encodingFormat").GetString()));
                var links = document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToHashSet();
                Assert.All(files, f => Assert.Contains(Routes.Relative(path, f), links));
                Assert.All(files, f => Assert.True(SiteFixture.Files.Contains(f), f));
            }
        }
    }

    [Fact]
    public void Pages_make_no_external_requests()
    {
        var parser = new HtmlParser();
        foreach (var page in SiteFixture.Files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(SiteFixture.Files.Text(page));
            var sources = document.QuerySelectorAll("img[src], script[src], link[rel=stylesheet]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
            Assert.All(sources, s => Assert.DoesNotContain("://", s, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Blank_cells_render_as_a_dash_never_as_zero()
    {
        var parser = new HtmlParser();
        var report = SiteFixture.Model.Reports.Single(r => r.Agency == "shanghai-gov-office" && r.Year == 2019);
        var blanks = report.FormDefinition!.Indicators.Where(i => report.Number(i.Code) is null).Select(i => i.Code).ToList();
        var document = parser.ParseDocument(SiteFixture.Files.Text(Routes.Report(report.Agency, report.Year)));

        Assert.NotEmpty(blanks);
        Assert.All(blanks, code =>
        {
            var cell = document.GetElementById("cell-" + code);
            Assert.NotNull(cell);
            Assert.Equal("—", cell.QuerySelector("a:not(.flag)")!.TextContent);
            Assert.Contains("blank", cell.ClassList);
        });
    }

    [Fact]
    public void Findings_are_shown_beside_the_cells_they_concern()
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(SiteFixture.Files.Text(Routes.Report("pingtan", 2020)));

        var cell = document.GetElementById("cell-s3.done.tot");

        Assert.NotNull(cell);
        Assert.Equal("21", cell.QuerySelector("a:not(.flag)")!.TextContent);
        Assert.Contains(cell.QuerySelectorAll("a.flag"), a => a.TextContent.Contains("R-N2", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = SiteBuilder.Build(SiteFixture.CreateModel());
        var second = SiteBuilder.Build(SiteFixture.CreateModel());

        Assert.Equal(first.Paths, second.Paths);
        Assert.All(first.Paths, p => Assert.True(first.Get(p).AsSpan().SequenceEqual(second.Get(p)), $"{p} differs between builds"));
    }

    [Fact]
    public void Data_package_resources_exist_without_byte_order_mark_and_match_their_schema()
    {
        using var package = System.Text.Json.JsonDocument.Parse(SiteFixture.Files.Get(Routes.DataPackage));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().Where(r => r.TryGetProperty("schema", out _)).ToList();

        // The long-format table of every value, its codebook and its agencies, the table of every ranking, and one per
        // region (its own columns, RegionExport).
        Assert.Equal(4 + SiteFixture.Model.Regions.Count, resources.Count);
        foreach (var resource in resources)
        {
            var bytes = SiteFixture.Files.Get(resource.GetProperty("path").GetString()!);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
            var header = System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n")[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString());
            Assert.Equal(string.Join(',', fields), header);
        }
    }

    [Fact]
    public void The_base_url_appears_only_in_metadata_while_pages_link_relatively()
    {
        var files = SiteFixture.Files;

        Assert.Contains("<loc>https://test.example.org/sub/agencies/pingtan/2025/</loc>", files.Text(Routes.Sitemap), StringComparison.Ordinal);
        Assert.Contains("https://test.example.org/sub/sitemap.xml", files.Text(Routes.Robots), StringComparison.Ordinal);
        var parser = new HtmlParser();
        var hrefs = parser.ParseDocument(files.Text(Routes.Report("pingtan", 2025))).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);
        Assert.DoesNotContain(hrefs, h => h.Contains("test.example.org", StringComparison.Ordinal));
    }

    private static string Resolve(string from, string relative)
    {
        var parts = from.Split('/')[..^1].ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
