using System.Globalization;
using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Reports as PDF files print the national forms' tables and as PDF-to-text converters keep their layout
/// (<see cref="LayoutCopy"/>, <c>pdftotext -layout</c>): wrapped labels with their numbers on any of their lines, merged
/// headings broken into pieces beside their rows, wrapped column headers. Each must read to the cells printed, and a cell
/// that is not read is blank with a finding, never another number.</summary>
public sealed class LayoutCopyImportTests
{
    private static readonly LayoutStyle[] Styles =
    [
        .. from labelWidth in new[] { 0, 9, 14, 22 }
           from headingWidth in new[] { 1, 4, 7, 40 }
           from numbers in Enum.GetValues<NumbersLine>()
           from headingGap in new[] { " ", "     " }
           from cellGap in new[] { "    ", " " }
           select new LayoutStyle(labelWidth, headingWidth, numbers, headingGap, cellGap),
    ];

    public static TheoryData<string> SampleNames => Samples.Names;

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_published_report_copied_in_any_layout_reads_to_its_cells(string name)
    {
        var published = Samples.ImportReport(name);
        var failures = Styles.Select(style => Check(published, style)).OfType<string>().ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} of {Styles.Length} layouts:\n{string.Join("\n", failures.Take(8))}");
    }

    [Theory]
    [InlineData(Forms.National2014Id, 2016)]
    [InlineData(Forms.National2019Id, 2019)]
    [InlineData(Forms.National2021Id, 2023)]
    [InlineData(Forms.Fujian2014Id, 2016)]
    public void Any_report_copied_in_any_layout_reads_to_its_cells_or_leaves_them_blank_with_a_finding(string formId, int year)
    {
        var form = Forms.Find(formId)!;

        Gen.Select(RandomReports.Of(form, year), Gen.Int[0, Styles.Length - 1]).Sample((report, style) =>
        {
            var failure = Check(report, Styles[style]);

            Assert.True(failure is null, failure);
        }, iter: 300);
    }

    [Theory]
    [InlineData("pingtan-2020", true)]
    [InlineData("pingtan-2022", true)]
    [InlineData("shanggao-county-2017", true)]
    // 上海 prints blank cells as nothing and some rows' zeros run together (000): rows whose cells cannot be placed stay blank.
    [InlineData("shanghai-gov-office-2019", false)]
    public void A_published_pdf_converted_by_pdftotext_keeping_the_layout_reads_to_its_cells(string name, bool whole)
    {
        // Fixtures/pdftotext/<name>-layout.txt is `pdftotext -layout` (poppler 22.12) of the shared samples' files/<name>.pdf.
        var published = Samples.ImportReport($"{name}.txt");
        var (id, agencyName) = Samples.Agencies[$"{name}.txt"];

        var result = ReportImporter.ImportFile(Samples.FixturePath(Path.Combine("pdftotext", $"{name}-layout.txt")), new ImportOptions(id, agencyName, published.Year));

        var failure = Check(published, result, name, whole);
        Assert.True(failure is null, failure);
    }

    [Theory]
    [InlineData("pingtan-2022-ruled-10", true, true)]
    [InlineData("pingtan-2022-unruled-16", true, true)]
    [InlineData("pingtan-2020-unruled-10", true, true)]
    // The merged headings' text set vertically in Word (text direction tbRlV), the Word file edited: no web page.
    [InlineData("pingtan-2022-ruled-16-vertical", true, true, false)]
    // Section 三 broken over two pages, its header repeated, a row's label ending on the next page.
    [InlineData("pingtan-2022-unruled-10-pagebreak", true, true)]
    [InlineData("shanggao-county-2017-unruled-10", true, true)]
    // Blank cells printed as nothing: a converted text has no ruling lines to place the numbers left by them. The unruled
    // PDF's headers end a page and its rows stand far apart: the rows are read under the header's columns.
    [InlineData("shanghai-gov-office-2019-ruled-16", true, false)]
    [InlineData("shanghai-gov-office-2019-unruled-16", true, false)]
    public void Real_figures_in_the_forms_merged_cell_layout_read_to_their_cells_from_the_page_the_word_file_the_pdf_and_its_converted_text(string name, bool pdfWhole, bool textWhole, bool hasPage = true)
    {
        // Fixtures/relayout: the samples' figures laid out as the national forms print them (see its README).
        var sample = SampleOf(name);
        var published = Samples.ImportReport(sample);
        var (id, agencyName) = Samples.Agencies[sample];

        // The web page and the Word file it was laid out from hold the merged cells as spans: every cell is read.
        // -layout keeps where the text stands, -raw the order the PDF wrote it in (as text copied from a PDF viewer).
        (string File, bool Whole)[] copies = [($"{name}.docx", true), ($"{name}.pdf", pdfWhole), ($"{name}-layout.txt", textWhole), ($"{name}-raw.txt", textWhole)];
        foreach (var (file, whole) in hasPage ? [($"{name}.html", true), .. copies] : copies)
        {
            var result = ReportImporter.ImportFile(Samples.FixturePath(Path.Combine("relayout", file)), new ImportOptions(id, agencyName, published.Year));

            var failure = Check(published, result, file, whole);
            Assert.True(failure is null, failure);
        }
    }

    [Theory]
    // The table's pages printed sideways (turned a quarter round clockwise), the first page upright: pages of a report
    // read one way and another.
    [InlineData("pingtan-2022-ruled-10", "sideways")]
    // Every page's text running up the page, no ruling lines.
    [InlineData("pingtan-2022-unruled-16", "sideways")]
    [InlineData("shanggao-county-2017-unruled-10", "upside-down")]
    // Drawn sideways and turned upright again by the page's /Rotate entry, as a viewer shows it.
    [InlineData("shanghai-gov-office-2019-ruled-16", "turned")]
    public void A_pdf_whose_text_is_printed_sideways_or_upside_down_reads_as_the_upright_pdf(string name, string turn)
    {
        var (published, upright, turned) = ImportRelayoutPdfs(name, turn);

        var failure = Check(published, turned, $"{name}-{turn}.pdf", whole: true);
        Assert.True(failure is null, failure);
        Assert.Equal(upright.Report!.Values, turned.Report!.Values);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(upright.Report.Narrative), System.Text.Json.JsonSerializer.Serialize(turned.Report.Narrative));
        Assert.Equal(upright.Findings.Select(f => f.MessageEn), turned.Findings.Select(f => f.MessageEn));
    }

    [Theory]
    // Labels and headers in distributed alignment (分散对齐), no ruling lines: each character of 行政处罚 a cell's width apart.
    [InlineData("pingtan-2022-unruled-16")]
    [InlineData("pingtan-2020-unruled-10")]
    public void A_pdf_whose_table_text_is_spread_across_its_cells_reads_as_the_pdf_set_plainly(string name)
    {
        var (_, plain, spread) = ImportRelayoutPdfs(name, "distributed");

        Assert.False(spread.Failed, string.Join("\n", spread.Findings));
        Assert.Equal(plain.Report!.Values, spread.Report!.Values);
        Assert.Equal(plain.Report.ImportFindings?.Select(f => f.Rule), spread.Report.ImportFindings?.Select(f => f.Rule));
    }

    // The sample a relayout prints (as published), and the relayout's plain PDF and its variant imported with the sample's agency and year.
    private static (Report Published, ImportResult Plain, ImportResult Variant) ImportRelayoutPdfs(string name, string variant)
    {
        var sample = SampleOf(name);
        var published = Samples.ImportReport(sample);
        var (id, agencyName) = Samples.Agencies[sample];
        var options = new ImportOptions(id, agencyName, published.Year);
        return (published,
            ReportImporter.ImportFile(Samples.FixturePath(Path.Combine("relayout", $"{name}.pdf")), options),
            ReportImporter.ImportFile(Samples.FixturePath(Path.Combine("relayout", $"{name}-{variant}.pdf")), options));
    }

    [Fact]
    public void A_label_the_old_form_repeats_is_matched_in_order_when_the_first_is_printed_blank_with_its_unit_alone()
    {
        // 四 and 五 both print （二）被依法纠错数 and （三）其他情形数; 四's are blank, and so are 五's first two rows: a copy prints
        // “（三）其他情形数 件” for each, and 五's figures must not go to 四's rows.
        var form = Forms.Find(Forms.National2014Id)!;
        var values = RandomReports.Fixed(form, 2016).Values.ToDictionary(p => p.Key, p => p.Value);
        foreach (var blank in new[] { "old.review.corrected", "old.review.other", "old.lit.total", "old.lit.upheld" })
        {
            values[blank] = ReportValue.Blank;
        }

        (values["old.lit.corrected"], values["old.lit.other"]) = (ReportValue.Of(41), ReportValue.Of(42));
        var report = new Report("fixed", 2016, form.Id, values);

        var result = ReportImporter.Import("old.txt", LayoutCopy.Of(report, new LayoutStyle(0, 40, NumbersLine.First, " ", " ")), new ImportOptions("fixed", Year: 2016));

        Assert.Equal((41m, 42m), (result.Report!.Number("old.lit.corrected"), result.Report.Number("old.lit.other")));
        Assert.True(result.Report.Value("old.review.corrected").IsBlank && result.Report.Value("old.review.other").IsBlank);
    }

    [Fact]
    public void A_converted_pdf_s_title_year_and_agency_are_read_whatever_spaces_the_converter_set_around_numbers()
    {
        // pdftotext prints the title as "2019 年上海市人民政府办公厅政府信息公开工作年度报告".
        var result = ReportImporter.ImportFile(Samples.FixturePath(Path.Combine("pdftotext", "shanghai-gov-office-2019-layout.txt")), new ImportOptions("shanghai-gov-office"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal((2019, "上海市人民政府办公厅"), (result.Report!.Year, result.AgencyName));
        Assert.Equal("2019年上海市人民政府办公厅政府信息公开工作年度报告", result.Report.Title);
    }

    // The sample a relayout fixture prints the figures of: its name up to "-ruled" or "-unruled".
    private static string SampleOf(string relayout) =>
        $"{relayout[..relayout.LastIndexOf(relayout.Contains("-unruled", StringComparison.Ordinal) ? "-unruled" : "-ruled", StringComparison.Ordinal)]}.txt";

    // What went wrong with one copy, or null: a number read differently, a cell left blank without a finding, or a cell of a
    // row printed whole (every cell a number) not read.
    private static string? Check(Report published, LayoutStyle style) =>
        Check(published, ReportImporter.Import("layout-copy.txt", LayoutCopy.Of(published, style), new ImportOptions("layout", Year: published.Year)), style.ToString(), whole: true);

    // whole: a row printed with every cell a number must be read.
    private static string? Check(Report published, ImportResult result, string copy, bool whole)
    {
        if (result.Failed)
        {
            return $"{copy}: failed: {string.Join("; ", result.Findings)}";
        }

        var report = result.Report!;
        var explained = (report.ImportFindings ?? []).SelectMany(f => f.Codes).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var table in published.FormDefinition!.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.IsHeader))
            {
                var printedWhole = whole && row.Cells.All(c => !published.Value(c).IsBlank);
                foreach (var code in row.Cells)
                {
                    var (expected, read) = (published.Value(code).Number, report.Value(code).Number);
                    if (read is not null && read != expected)
                    {
                        problems.Add($"{code} read {read}, printed {expected}");
                    }
                    else if (read is null && expected is not null && (printedWhole || !explained.Contains(code)))
                    {
                        problems.Add($"{code} blank{(explained.Contains(code) ? "" : " without a finding")}, printed {expected}");
                    }
                }
            }
        }

        return problems.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture,
            $"{copy}: {problems.Count} cells: {string.Join("; ", problems.Take(4))}; findings: {string.Join(" | ", (report.ImportFindings ?? []).Take(3).Select(f => f.MessageEn))}");
    }
}
