using OpenData.Site.Import;
using OpenData.Site.Sample;
using OpenData.Site.Tests.Import;

namespace OpenData.Site.Tests.FormModel;

/// <summary>
/// Every form of <see cref="Forms.All"/> goes through the whole tool: sample data for a year of the form, validation,
/// the report page the site writes and the report imported back from it, and from a government site's HTML and
/// spreadsheet copies. A form
/// added to the registry is covered without a line here.
/// </summary>
public sealed class EveryFormTests
{
    public static TheoryData<string> FormIds() => [.. Forms.All.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(FormIds))]
    public void Sample_validate_render_and_import_back(string formId)
    {
        var form = Forms.Find(formId)!;
        var year = form.FirstYear;
        Assert.Same(form, form.IsNational ? Forms.ForYear(year) : form);

        // Sample: the generator fills every cell of the form prescribed for the year (a local form: of that form).
        var agency = SampleGenerator.CreateAgency(0);
        var report = Assert.Single(new SampleGenerator(19).CreateReports(0, year, year, form.IsNational ? null : form));
        Assert.Equal(form.Id, report.Form);
        Assert.All(form.Indicators, i => Assert.NotNull(report.Number(i.Code)));

        // Validate: no error or warning that the file does not acknowledge.
        var data = DataSet.FromReports([agency], [new SourcedReport(report, null)]);
        var findings = Validator.Validate(data).Findings;
        Assert.DoesNotContain(findings, f => f.Severity != Severity.Info && !f.IsAcknowledged);

        // Render: the report page the site writes, with every table of the form.
        var settings = SettingsLoader.Load(Build.SiteFixture.Input, null);
        var site = new SiteModel(settings, [], data, findings, charts: false);
        var page = RoutePlan.Create(site).Pages.Single(p => p.Language == Language.Chinese && p.Route == Routes.Report(agency.Id, year));
        var html = PageRenderer.Render(page);
        Assert.All(form.Tables, t => Assert.Contains(System.Net.WebUtility.HtmlEncode(t.Title), html, StringComparison.Ordinal));

        // Export and import back: the site's own page, a government site's HTML copy and a spreadsheet copy of the report.
        var options = new ImportOptions(agency.Id, Year: year);
        var imported = new[]
        {
            ("site.html", ReportImporter.Import("site.html", html, options)),
            ("published.html", ReportImporter.Import("published.html", PublishedHtml.Of(report, agency.Name), options)),
            ("published.xlsx", ReportImporter.Import(XlsxSourceReader.Read("published.xlsx", XlsxWriter.Write(ReportTables.Of(report, agency.Name))), options)),
        };
        foreach (var (name, result) in imported)
        {
            Assert.False(result.Failed, name + "\n" + string.Join("\n", result.Findings));
            Assert.Equal(form.Id, result.Report!.Form);
            Assert.Equal(year, result.Report.Year);
            Assert.All(form.Indicators, i => Assert.True(report.Number(i.Code) == result.Report.Number(i.Code), $"{name} {i.Code}: {report.Value(i.Code)} exported, {result.Report.Value(i.Code)} imported"));
        }
    }
}
