using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace OpenData.Site.Tests;

/// <summary>Names, narrative, notes and reasons that try to inject HTML, script or spreadsheet formulas are shown as text everywhere.</summary>
public sealed class HostileContentTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private static readonly Lazy<SiteModel> Model = new(CreateModel);
    private static readonly Lazy<SiteFiles> Site = new(() => SiteBuilder.Build(Model.Value));


    [Fact]
    public void The_hostile_data_is_really_on_the_site()
    {
        var home = Text("agencies/evil/index.html");

        Assert.Contains("&lt;script&gt;alert", home, StringComparison.Ordinal);
        Assert.Contains("onerror=alert(1)", home, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", Text("agencies/evil/2020/index.html")[Text("agencies/evil/2020/index.html").IndexOf("id=\"corrections\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_carries_the_injected_markup_or_a_javascript_link()
    {
        foreach (var (path, bytes) in Site.Value.All().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>bold", html, StringComparison.OrdinalIgnoreCase);
            foreach (var jsonLd in html.Split("<script type=\"application/ld+json\">").Skip(1).Select(s => s[..s.IndexOf("</script>", StringComparison.Ordinal)]))
            {
                Assert.DoesNotContain("<", jsonLd, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("sitemap.xml")]
    public void Feeds_and_sitemaps_stay_well_formed_xml_with_the_text_escaped(string path)
    {
        var xml = Text(path);

        var document = XDocument.Parse(xml);

        Assert.NotNull(document.Root);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Formula)]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Csv_text_cells_that_could_run_as_formulas_are_neutralised(string text)
    {
        var csv = Encoding.UTF8.GetString(CsvExport.Write(["label", "value"], [[text, -15m]]));

        var cell = csv.Split("\r\n")[1];
        Assert.False(cell.StartsWith(text, StringComparison.Ordinal) || cell.StartsWith("\"" + text, StringComparison.Ordinal), cell);
        Assert.EndsWith(",-15", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_exports_keep_negative_numbers_as_numbers()
    {
        var csv = Text("agencies/evil/evil.csv");

        // 2019 blank, 2020 −15: the number as it is, never escaped as text.
        var row = csv.Split("\r\n").Single(l => l.StartsWith("national-2019,s2v19.fees.delta,", StringComparison.Ordinal));
        Assert.EndsWith(",,-15", row, StringComparison.Ordinal);
        Assert.DoesNotContain("'-15", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agency_csv_escapes_a_value_published_as_text_that_could_run_as_a_formula()
    {
        var rows = Text("agencies/evil/evil.csv").Split("\r\n").Where(l => l.StartsWith("national-2019,s2v19.procure.amount,", StringComparison.Ordinal)).ToList();

        var row = Assert.Single(rows);
        Assert.Contains(",\"'=HYPERLINK(", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK(", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK(", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_keeps_hostile_text_as_text_never_as_a_formula()
    {
        using var zip = new ZipArchive(new MemoryStream(Site.Value.All().Single(f => f.Key == "agencies/evil/evil.xlsx").Value));

        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain("<x:f>", reader.ReadToEnd().Replace("<f>", "<x:f>", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static string Text(string path) => Encoding.UTF8.GetString(Site.Value.All().Single(f => f.Key == path).Value);

    [Fact]
    public void Pages_with_hostile_text_are_the_pages_Blazor_renders()
    {
        foreach (var page in RoutePlan.Create(Model.Value).Pages)
        {
            Assert.Equal(PageRenderer.RenderWithBlazor(page, asWritten: true), PageRenderer.Render(page, asWritten: true));
            Assert.Equal(PageRenderer.RenderWithBlazor(page), Encoding.UTF8.GetString(PageRenderer.RenderUtf8(page)));
        }
    }

    private static SiteModel CreateModel()
    {
        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(data, "evil"));
        DataFiles.Write(new Agency("evil", $"{Formula}{Script}{Image}", Region: "[x](javascript:alert(1)) **<b>bold</b>**", Website: "javascript:alert(1)"), Path.Combine(data, "evil", "agency.json"));
        foreach (var year in new[] { 2019, 2020 })
        {
            var report = DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "pingtan", $"{year}.json")).Value!;
            DataFiles.Write(report with
            {
                Agency = "evil",
                Title = $"{Script} title",
                Provenance = report.Provenance! with { SourceUrl = "javascript:alert(document.cookie)", Notes = [$"note {Image}", "[link](javascript:alert(1))"] },
                Narrative = [new NarrativeSection($"一、{Script}", [$"{Image} {Formula}", "<iframe src=\"https://evil.example\"></iframe>"])],
                Anomalies = [new Anomaly(Script, Image, Formula)],
                Acknowledged = [.. report.Acknowledged.Select(a => a with { Reason = $"{a.Reason} {Script}" })],
                Corrections = [new Correction(new DateOnly(year + 1, 6, 1), $"{Script} {Image}", "s3.new.nat", Script, Formula), new Correction(new DateOnly(year + 1, 7, 1), Image, $"{Script}.code")],

                // A number published with a unit of its own is its text as published in the agency's all-years CSV.
                Values = new Dictionary<string, ReportValue>(report.Values) { ["s2v19.procure.amount"] = new ReportValue(1, "元", Formula) },
            }, Path.Combine(data, "evil", $"{year}.json"));
        }

        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.Copy(Path.Combine(RepoPaths.Input, "site.json"), Path.Combine(input, "site.json"));
        File.WriteAllText(Path.Combine(input, "pages", "about.md"), $"# 关于\n\n{Script}\n\n[click](javascript:alert(1)) <b>bold</b>\n");
        var settings = SettingsLoader.Load(input, null);
        var dataSet = DataSet.Load(data);
        return new SiteModel(settings, SettingsLoader.LoadPages(input), dataSet, BuildPipeline.Validate(dataSet, data));
    }
}
