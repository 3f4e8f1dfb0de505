using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using MiniExcelLibs;

namespace OpenData.EndToEnd.Tests;

[Collection(DemoSiteGroup.Name)]
public sealed class DownloadTests(DemoSite site)
{
    [Fact]
    public async Task Every_download_link_delivers_a_file_that_its_library_parses()
    {
        // The downloads page (the whole site's files and each agency's) and an agency page (each report's files).
        const string Selector = "main a[href$='.csv'], main a[href$='.json'], main a[href$='.xlsx'], main a[href$='.jsonld'], main a[href$='.xml']";
        var folder = RepoPaths.NewTempFolder();
        var parsed = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        foreach (var path in new[] { "downloads/", "agencies/pingtan/" })
        {
            var (page, problems) = await site.OpenAsync(path);
            var count = await page.Locator(Selector).CountAsync();
            counts.Add(count);

            // A fresh tab per link: Chromium holds back a tab's further downloads as "multiple automatic downloads".
            for (var i = 0; i < count; i++)
            {
                var tab = await page.Context.NewPageAsync();
                await tab.GotoAsync(page.Url);
                var link = tab.Locator(Selector).Nth(i);
                var href = (await link.GetAttributeAsync("href"))!;
                await link.EvaluateAsync("a => a.setAttribute('download', '')");
                var download = await tab.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                var file = Path.Combine(folder, $"{counts.Count}-{i}-{download.SuggestedFilename}");
                await download.SaveAsAsync(file);
                var extension = Path.GetExtension(href);
                parsed[extension] = parsed.GetValueOrDefault(extension) + Parse(file, extension, href);
                await tab.CloseAsync();
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
            await page.Context.CloseAsync();
        }

        // Downloads: the site's files and 3 agencies × 3 formats; 平潭: its 3 files of every year and 7 reports' JSON.
        Assert.True(counts[0] >= 15, $"only {counts[0]} download links on the downloads page");
        Assert.True(counts[1] >= 3 + 7, $"only {counts[1]} download links on the agency page");
        Assert.True(parsed[".csv"] > 1000, "CSV rows");
        Assert.True(parsed[".xlsx"] > 1000, "XLSX rows");
        Assert.True(parsed[".json"] > 0);
    }

    [Fact]
    public async Task The_csv_a_report_page_links_is_the_all_years_table_whose_column_of_its_year_equals_the_data_file()
    {
        var report = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "pingtan", "2025.json")).Value!;
        var (page, _) = await site.OpenAsync("agencies/pingtan/2025/");
        var link = page.Locator("main a[href$='.csv']");
        Assert.Equal("CSV（历年对照表）", await link.TextContentAsync());
        await link.EvaluateAsync("a => a.setAttribute('download', '')");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var file = Path.Combine(RepoPaths.NewTempFolder(), download.SuggestedFilename);
        await download.SaveAsAsync(file);

        using var reader = CsvReader.Create(await File.ReadAllBytesAsync(file));
        var header = reader.Headers.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.GetString("form") == report.Form)
            {
                values[reader.GetString("code")] = reader.GetString("2025");
            }
            else
            {
                Assert.Equal("", reader.GetString("2025"));
            }
        }

        Assert.Equal(["form", "code", "label", "label_en", "unit", "2019", "2020", "2021", "2022", "2023", "2024", "2025"], header);
        Assert.Equal(report.Values.Count, values.Count);
        Assert.All(report.Values, p => Assert.Equal(p.Value.Number?.ToString(CultureInfo.InvariantCulture) ?? "", values[p.Key]));
        await page.Context.CloseAsync();
    }

    private static int Parse(string file, string extension, string href)
    {
        switch (extension)
        {
            case ".csv":
                {
                    using var reader = CsvReader.Create(File.ReadAllBytes(file));
                    var rows = 0;
                    while (reader.Read())
                    {
                        rows++;
                    }

                    Assert.True(rows > 0, $"{href}: no CSV rows");
                    return rows;
                }

            case ".xlsx":
                {
                    var rows = MiniExcel.Query(file, useHeaderRow: true).Count();
                    Assert.True(rows > 0, $"{href}: no XLSX rows");
                    return rows;
                }

            case ".json" or ".jsonld":
                using (JsonDocument.Parse(File.ReadAllBytes(file)))
                {
                    return 1;
                }

            default:
                Assert.NotNull(XDocument.Load(file).Root);
                return 1;
        }
    }
}
