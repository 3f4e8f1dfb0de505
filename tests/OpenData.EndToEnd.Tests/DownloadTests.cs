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

        // Downloads: the site's files and 3 agencies × 3 formats; 平潭: its 3 files of every year and 7 reports × 2 (XLSX, JSON).
        Assert.True(counts[0] >= 15, $"only {counts[0]} download links on the downloads page");
        Assert.True(counts[1] >= 3 + (7 * 2), $"only {counts[1]} download links on the agency page");
        Assert.True(parsed[".csv"] > 1000, "CSV rows");
        Assert.True(parsed[".xlsx"] > 1000, "XLSX rows");
        Assert.True(parsed[".json"] > 0);
    }

    [Fact]
    public async Task The_csv_a_report_page_links_holds_every_year_and_its_rows_of_that_year_equal_the_data_file()
    {
        var report = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "pingtan", "2025.json")).Value!;
        var (page, _) = await site.OpenAsync("agencies/pingtan/2025/");
        var link = page.Locator("main a[href$='.csv']");
        Assert.Equal("CSV（历年，含本年）", await link.TextContentAsync());
        await link.EvaluateAsync("a => a.setAttribute('download', '')");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var file = Path.Combine(RepoPaths.NewTempFolder(), download.SuggestedFilename);
        await download.SaveAsAsync(file);

        using var reader = CsvReader.Create(await File.ReadAllBytesAsync(file));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var years = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            years.Add(reader.GetString("year"));
            if (reader.GetString("year") == "2025")
            {
                values[reader.GetString("code")] = reader.GetString("value");
            }
        }

        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024", "2025"], years.Order(StringComparer.Ordinal));
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
