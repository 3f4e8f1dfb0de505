using System.Text;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A web page saved as one file (MHTML), by Word or a browser, or published as a ".doc", reads as the page.</summary>
/// <remarks>Fixtures/mhtml wraps the real pages of Fixtures/ as those programs write them (see its README).</remarks>
public sealed class MhtmlImportTests
{
    [Theory]
    [InlineData("shanghai-2019-word.mht", "shanghai-2019.html", "shanghai-gov-office-2019.txt")]
    [InlineData("shanggao-2017-word.doc", "shanggao-2017.html", "shanggao-county-2017.txt")]
    [InlineData("pingtan-2025-browser.mhtml", "pingtan-2025.html", "pingtan-2025.txt")]
    public void A_saved_page_reads_as_the_page_itself(string saved, string page, string sample)
    {
        var (id, agencyName) = Samples.Agencies[sample];
        var options = new ImportOptions(id, agencyName);
        var file = Samples.FixturePath(Path.Combine("mhtml", saved));

        var fromPage = ReportImporter.ImportFile(Samples.FixturePath(page), options);
        var fromSaved = ReportImporter.ImportFile(file, options);

        Assert.Equal(SourceFormat.Mhtml, SourceFormats.Detect(File.ReadAllBytes(file)));
        Assert.False(fromSaved.Failed, string.Join("\n", fromSaved.Findings));
        Assert.Equal(ProvenanceMethod.ImportedHtml, fromSaved.Report!.Provenance!.Method);
        RandomReports.AssertSameCells(fromPage.Report!, fromSaved.Report, saved);
        Assert.Equal(fromPage.Report!.Title, fromSaved.Report.Title);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(fromPage.Report.Narrative), System.Text.Json.JsonSerializer.Serialize(fromSaved.Report.Narrative));
    }

    [Fact]
    public void A_mime_message_without_a_page_is_a_read_error_naming_the_file()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "report-2020.mht");
        File.WriteAllText(file, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n");

        var outcome = CliRunner.Run("import", file, "--agency", "x", "--out", Path.Combine(folder, "data"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:1: error D-READ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("text/html", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    // A report's text that quotes mail headers, or names a MIME type, is still text.
    [InlineData("平潭综合实验区2021年政府信息公开工作年度报告\nMIME-Version: 1.0\nContent-Type: text/html\n")]
    [InlineData("MIME-Version: 1.0\nContent-Type: text/plain\n\n报告")]
    public void Text_that_only_mentions_mime_headers_is_read_as_text(string text)
    {
        Assert.Equal(SourceFormat.Text, SourceFormats.Detect(Encoding.UTF8.GetBytes(text)));
    }
}
