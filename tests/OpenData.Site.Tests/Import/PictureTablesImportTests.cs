using System.Text.RegularExpressions;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A report whose tables are pictures (a table pasted as a screenshot, common on government pages): no figure can
/// be read from a picture, and the import says so, naming the pictures, instead of only finding no table.</summary>
public sealed partial class PictureTablesImportTests
{
    private const string Agency = "平潭综合实验区";

    private static readonly Report Pingtan = Samples.ImportReport("pingtan-2025.txt");

    private static readonly List<PrintedBlock> Blocks = ReportTables.Of(Pingtan, Agency);

    // The page with the tables chosen by index (0 the first) as pictures, each `img` on a line of its own.
    private static string PageWithPictures(Func<int, bool> asPicture, string picture = "<img src=\"table.png\" width=\"640\">")
    {
        var table = 0;
        var blocks = Blocks.Select(b => b.Rows is not null && asPicture(table++) ? PrintedBlock.Paragraph("PICTURE") : b);
        return HtmlWriter.Write(blocks).Replace("<p>PICTURE</p>", $"<p>\n{picture}\n</p>", StringComparison.Ordinal);
    }

    private static ImportResult ImportPage(string html) => ReportImporter.Import("pictures.html", html, new ImportOptions("pingtan"));

    [Fact]
    public void A_page_whose_tables_are_all_pictures_fails_naming_the_pictures()
    {
        var html = PageWithPictures(_ => true);

        var result = ImportPage(html);

        Assert.True(result.Failed);
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        var lines = html.Split('\n').Select((l, i) => (l, i + 1)).Where(p => p.l.StartsWith("<img", StringComparison.Ordinal)).Select(p => p.Item2).ToList();
        Assert.Equal(("D-FORMAT", lines[0]), (error.Rule, error.Line));
        Assert.StartsWith($"没有找到统计表格：文件中有 {lines.Count} 张图片（第 {string.Join("、", lines.Take(5))} … 行），统计表可能印成了图片", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"icon.png\" width=\"16\" height=\"16\">")]
    [InlineData("<img src=\"logo.png\" style=\"width: 120px\">")]
    [InlineData("<img src=\"banner.png\" style=\"height:40px;width:900px\">")]
    public void Icons_and_logos_are_not_taken_for_tables(string picture)
    {
        var result = ImportPage(PageWithPictures(_ => true, picture));

        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal("没有找到统计表格：无法识别表格版本", error.MessageZh);
    }

    [Fact]
    public void Pictures_in_the_pages_header_and_footer_are_not_taken_for_tables()
    {
        var html = PageWithPictures(_ => false).Replace("<body>", "<body><header><img src=\"banner.png\"></header>", StringComparison.Ordinal);

        var source = HtmlSourceReader.Read("page.html", html.Replace("</body>", "<footer><img src=\"qr.png\"></footer></body>", StringComparison.Ordinal));

        Assert.Empty(source.Pictures);
    }

    [Fact]
    public void A_table_printed_as_a_picture_is_named_and_the_other_tables_are_read()
    {
        // Section 三 (the applications' table, the fourth table of the 2021 form as printed) is the picture.
        var section = Pingtan.FormDefinition!.Tables.First(t => t.Section == "三");
        var index = Blocks.Where(b => b.Rows is not null).ToList().FindIndex(b => b.Rows!.Any(r => r.Any(c => c.Text.Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal))));
        Assert.True(index >= 0);

        var result = ImportPage(PageWithPictures(i => i == index));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        var warning = Assert.Single(result.Findings, f => f.Rule == "D-PICTURE");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal($"没有找到“{section.Title}”的表格；", PictureNote().Match(warning.MessageZh).Value);
        var unread = section.Rows.SelectMany(r => r.Cells).ToHashSet(StringComparer.Ordinal);
        Assert.All(unread, code => Assert.True(result.Report!.Value(code).IsBlank, code));
        Assert.All(Pingtan.Values.Where(p => !unread.Contains(p.Key)), p => Assert.Equal(p.Value.Number, result.Report!.Value(p.Key).Number));
    }

    [Fact]
    public void A_Word_file_whose_tables_are_pictures_fails_naming_the_pictures()
    {
        var source = DocxSourceReader.Read("pictures.docx", DocxWriter.WriteWithPictures(Blocks));

        var result = ReportImporter.Import(source, new ImportOptions("pingtan"));

        Assert.Equal(Blocks.Count(b => b.Rows is not null), source.Pictures.Count);
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(source.Pictures[0].Line, error.Line);
        Assert.StartsWith($"没有找到统计表格：文件中有 {source.Pictures.Count} 张图片（第 {string.Join("、", source.Pictures.Take(5).Select(p => p.Line))} … 行）", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Word_97_file_whose_tables_are_pictures_fails_naming_the_pictures()
    {
        var source = DocSourceReader.Read("pictures.doc", File.ReadAllBytes(Samples.FixturePath("doc/pingtan-2025-pictures.doc")));

        var result = ReportImporter.Import(source, new ImportOptions("pingtan"));

        Assert.Equal(Blocks.Count(b => b.Rows is not null), source.Pictures.Count);
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.StartsWith($"没有找到统计表格：文件中有 {source.Pictures.Count} 张图片（第 {string.Join("、", source.Pictures.Take(5).Select(p => p.Line))} … 行）", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_objects_picture_is_not_a_picture_of_its_own()
    {
        var source = DocSourceReader.Read("object.doc", File.ReadAllBytes(Samples.FixturePath("doc/pingtan-2025-sheet-object.doc")));

        Assert.Empty(source.Pictures);
    }

    // A notice page whose report is an attachment (附件), as many sites publish it.
    [Fact]
    public void A_page_that_links_its_report_as_an_attachment_fails_naming_the_attachment()
    {
        const string Html = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>平潭综合实验区2025年政府信息公开工作年度报告</title></head>
            <body>
            <nav><a href="/guide.doc">政府信息公开指南</a></nav>
            <h1>平潭综合实验区2025年政府信息公开工作年度报告</h1>
            <p>现将本机关2025年政府信息公开工作年度报告予以公布。</p>
            <p>附件：<a href="/files/2026/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf?v=2">平潭综合实验区2025年政府信息公开工作年度报告.pdf</a></p>
            <p><a href="/files/2026/%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx"></a></p>
            </body></html>
            """;

        var result = ImportPage(Html);

        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("D-FORMAT", 7), (error.Rule, error.Line));
        Assert.Equal("没有找到统计表格：页面链接了 2 个附件（“平潭综合实验区2025年政府信息公开工作年度报告.pdf”（第 7 行）、“统计表.xlsx”（第 8 行）），报告可能发布在附件中：请下载附件后导入附件", error.MessageZh);
    }

    [Theory]
    [InlineData("<iframe src=\"/pdfjs/web/viewer.html?file=%2Ffiles%2F2025%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf\" width=\"100%\"></iframe>")]
    [InlineData("<embed src=\"/files/2025年度报告.pdf\" type=\"application/pdf\">")]
    [InlineData("<object data=\"/files/2025年度报告.pdf#page=1\" type=\"application/pdf\"></object>")]
    public void A_page_that_shows_its_report_in_a_pdf_viewer_fails_naming_the_file(string viewer)
    {
        var html = $"<!DOCTYPE html>\n<html><body>\n<h1>平潭综合实验区2025年政府信息公开工作年度报告</h1>\n{viewer}\n</body></html>";

        var error = Assert.Single(ImportPage(html).Findings, f => f.Severity == Severity.Error);

        Assert.Equal("没有找到统计表格：页面链接了 1 个附件（“2025年度报告.pdf”（第 4 行）），报告可能发布在附件中：请下载附件后导入附件", error.MessageZh);
    }

    [Fact]
    public void A_page_with_pictures_and_an_attachment_names_both()
    {
        var html = PageWithPictures(_ => true).Replace("</body>", "<p>附件：<a href=\"report.docx\">年度报告</a></p>\n</body>", StringComparison.Ordinal);

        var error = Assert.Single(ImportPage(html).Findings, f => f.Severity == Severity.Error);

        Assert.Matches("^没有找到统计表格：文件中有 \\d+ 张图片（.*）.*；页面链接了 1 个附件（“年度报告”（第 \\d+ 行）），报告可能发布在附件中", error.MessageZh);
    }

    [Fact]
    public void A_pdf_whose_applications_table_is_a_picture_names_its_page_and_reads_the_rest()
    {
        // A fictional report (示例数据) printed with section 三's table as a picture under its heading.
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2024);
        var section = report.FormDefinition!.Tables.First(t => t.Section == "三");
        var pdf = PublishedPdf.Of(report, new PublishedPdf.Layout(PictureSections: "三"));

        var source = PdfSourceReader.Read("pictures.pdf", pdf.Build());
        var result = ReportImporter.Import(source, new ImportOptions("fixed"));

        var page = Assert.Single(source.Pictures).Page!.Value;
        Assert.False(result.Failed, string.Join("\n", result.Findings));
        var warning = Assert.Single(result.Findings, f => f.Rule == "D-PICTURE");
        Assert.Contains($"文件中有图片（第 {page} 页）", warning.MessageZh, StringComparison.Ordinal);
        Assert.Equal($"没有找到“{section.Title}”的表格；", PictureNote().Match(warning.MessageZh).Value);
        var unread = section.Rows.SelectMany(r => r.Cells).ToHashSet(StringComparer.Ordinal);
        Assert.All(report.Values.Where(p => !unread.Contains(p.Key)), p => Assert.Equal(p.Value.Number, result.Report!.Value(p.Key).Number));
    }

    [Fact]
    public void A_pdf_whose_tables_are_all_pictures_fails_naming_their_pages()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2019Id)!, 2020);
        var pdf = PublishedPdf.Of(report, new PublishedPdf.Layout(PictureSections: "二三四"));

        var source = PdfSourceReader.Read("pictures.pdf", pdf.Build());
        var result = ReportImporter.Import(source, new ImportOptions("fixed"));

        var pages = source.Pictures.Select(p => p.Page!.Value).Distinct().ToList();
        Assert.True(pages.Count >= 2, "the pictures are on one page");
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.StartsWith($"没有找到统计表格：文件中有 {source.Pictures.Count} 张图片（第 {string.Join("、", pages)} 页）", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_page_scanned_with_recognised_text_over_it_is_no_picture()
    {
        var report = RandomReports.Fixed(Forms.Find(Forms.National2021Id)!, 2024);
        var pdf = PublishedPdf.Of(report, new PublishedPdf.Layout(), new TestPdf { Scanned = true });

        var source = PdfSourceReader.Read("scanned.pdf", pdf.Build());

        Assert.Empty(source.Pictures);
    }

    [GeneratedRegex("^没有找到.*?的表格；")]
    private static partial Regex PictureNote();
}
