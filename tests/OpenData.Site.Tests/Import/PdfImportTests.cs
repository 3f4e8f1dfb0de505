using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>PDF reports with a text layer import like their text copies; tables are rebuilt from glyph positions whatever the layout.</summary>
public sealed class PdfImportTests
{
    public static TheoryData<string> SampleFiles => ["shanghai-gov-office-2019", "shanggao-county-2017", "pingtan-2020", "pingtan-2022"];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void A_published_pdf_imports_the_same_form_year_and_values_as_its_text_copy(string name)
    {
        var expected = Samples.ImportReport($"{name}.txt");
        var (id, agencyName) = Samples.Agencies[$"{name}.txt"];

        // 平潭 2022 states its period as 统计时限为2022年1月1日至…, which the year finder does not read; its text copy has a note.
        int? year = name == "pingtan-2022" ? 2022 : null;

        var result = ReportImporter.ImportFile(Path.Combine(RepoPaths.Samples, "files", $"{name}.pdf"), new ImportOptions(id, agencyName, year));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        AssertSameValues(expected, result.Report!);
        Assert.Equal(ProvenanceMethod.ImportedPdf, result.Report!.Provenance!.Method);
    }

    [Fact]
    public void A_published_pdf_keeps_the_narrative_sections_and_numbers_its_lines_through_the_document()
    {
        var path = Path.Combine(RepoPaths.Samples, "files", "shanghai-gov-office-2019.pdf");

        var source = PdfSourceReader.Read(path, File.ReadAllBytes(path));
        var report = ReportImporter.Import(source, new ImportOptions("shanghai-gov-office")).Report!;

        Assert.Equal(Enumerable.Range(1, source.Lines.Count), source.Lines.Select(l => l.Number));
        Assert.All(source.Lines, l => Assert.InRange(l.Page ?? 0, 1, 6));
        Assert.Equal("2019年上海市人民政府办公厅政府信息公开工作年度报告", report.Title);
        Assert.Contains(report.Narrative!, s => s.Title == "一、总体情况" && s.Sections!.Any(sub => sub.Title.StartsWith("（一）主动公开方面", StringComparison.Ordinal)));
        // A paragraph wrapped over seven printed lines is one paragraph again, without spaces where the lines broke.
        Assert.Contains(source.Lines, l => l.Text.StartsWith("本年度报告根据《中华人民共和国政府信息公开条例》", StringComparison.Ordinal) && l.Text.EndsWith("下载。", StringComparison.Ordinal) && l.Text.Contains("从2019年1月1日到12月31日止", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_table_with_or_without_ruling_lines_imports_cell_for_cell(bool ruled)
    {
        var report = Fixed(Forms.National2021Id, 2024);

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: ruled)));

        AssertSameValues(report, imported);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Section_four_printed_turned_in_a_pdf_imports_cell_for_cell(bool ruled)
    {
        // Its outcomes as rows under 行政复议 · 未经复议直接起诉 · 复议后起诉.
        var report = Fixed(Forms.National2021Id, 2024);

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: ruled, ReviewTurned: true)));

        AssertSameValues(report, imported);
        Assert.Null(imported.ImportFindings);
    }

    [Theory]
    [InlineData(true, "第{0}页 共{1}页")]
    [InlineData(false, "- {0} -")]
    [InlineData(true, "{0}")]
    public void A_table_continued_over_a_page_break_under_a_running_header_and_page_numbers_keeps_flowing(bool ruled, string pageNumber)
    {
        var report = Fixed(Forms.National2019Id, 2020);
        var pdf = new TestPdf { RunningHeader = "示例机关（示例数据）2020年政府信息公开工作年度报告", PageNumber = pageNumber };

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: ruled, Paragraphs: 9), pdf), out var source);

        Assert.True(pdf.Pages >= 3);
        Assert.True(source.Rows.Select(r => source.Lines.First(l => l.Row == r).Page).Distinct().Count() >= 2, "the tables do not cross a page break");
        Assert.DoesNotContain(source.Lines, l => l.Text.Contains('页', StringComparison.Ordinal) && l.Text.Length < 12 || l.Text.StartsWith("- ", StringComparison.Ordinal) || l.Text.All(char.IsAsciiDigit));
        Assert.Single(source.Lines, l => l.Text.StartsWith("示例机关（示例数据）2020年", StringComparison.Ordinal));
        AssertSameValues(report, imported);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_row_label_wrapped_over_several_lines_is_one_label(bool ruled)
    {
        var report = Fixed(Forms.National2014Id, 2017);

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: ruled, LabelWidth: 40)), out var source);

        Assert.Contains(source.Rows, r => r.Label == "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）");
        AssertSameValues(report, imported);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Numbers_written_column_by_column_land_in_their_rows(bool ruled)
    {
        var report = Fixed(Forms.National2021Id, 2022);
        var pdf = new TestPdf { ColumnOrder = true };

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: ruled), pdf));

        AssertSameValues(report, imported);
    }

    [Theory]
    [InlineData(178)]
    [InlineData(240)]
    public void A_row_of_numbers_only_whose_first_columns_are_blank_keeps_every_column(double labelWidth)
    {
        // 行政复议 结果维持 and 结果纠正 blank in the only row of section 四: their headers stand left of the first number, and
        // with no row label to the left they are columns, not a label (found by the random test: the 0 of 其他结果 was lost).
        var blank = new Dictionary<string, ReportValue> { ["s4.rev.upheld"] = ReportValue.Blank, ["s4.rev.corrected"] = ReportValue.Blank, ["s4.rev.other"] = ReportValue.Of(0) };
        var report = Fixed(Forms.National2021Id, 2025, blank);

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: false, labelWidth, Paragraphs: 1)));

        AssertSameValues(report, imported);
    }

    [Theory]
    [InlineData(true, 34)]
    [InlineData(true, 170)]
    [InlineData(false, 170)]
    public void A_row_alone_at_the_top_of_a_page_with_its_first_value_blank_keeps_every_column(bool ruled, double labelWidth)
    {
        // 四、结转下年度继续办理 goes on to a new page by itself: no header above it there and its 自然人 cell blank, so no printed
        // text on that page shows where its values start; the form's row does, with the ruled cells (found by the random test:
        // 6 cells for 7). Without rules, the row goes on from the table that ended the page before, under its columns.
        var form = Forms.Find(Forms.National2019Id)!;
        var last = form.Tables.Single(t => t.Section == "三").Rows[^1];
        var report = Fixed(form.Id, 2020, last.Cells.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i == 0 ? ReportValue.Blank : ReportValue.Of(9000 + p.i)));

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(ruled, labelWidth, Paragraphs: 1, NewPageBefore: last.Label)), out var source);

        var rows = source.Lines.Where(l => l.Row is not null).ToList();
        var alone = rows.Single(l => l.Row!.LastSegment == last.Label);
        Assert.True(rows[rows.IndexOf(alone) - 1].Page < alone.Page, "the row does not start a page");
        Assert.Equal(alone, rows.First(l => l.Page == alone.Page));
        AssertSameValues(report, imported);
    }

    [Fact]
    public void A_ruled_value_standing_over_two_columns_is_not_placed_by_guess()
    {
        List<(double Top, List<PdfCell> Cells)> rows =
        [
            (100, [new(0, 100, "项目"), new(100, 200, "申请人情况"), new(200, 250, "总计")]),
            (90, [new(0, 100, "（一）予以公开"), new(100, 150, "3"), new(150, 200, "4"), new(200, 250, "7")]),
            (80, [new(0, 100, "（二）部分公开"), new(100, 200, "12"), new(200, 250, "12")]),
            (70, [new(0, 100, "（三）不予公开"), new(100, 150, "1"), new(150, 200, ""), new(200, 250, "1")]),
        ];

        var read = PdfRuledRows.Read(rows);

        // The header spanning columns would repeat in each; a number does not: the row keeps its two cells for the mapper to refuse.
        Assert.Equal(["申请人情况", "申请人情况", "总计"], read[0].Cells);
        Assert.Equal(["12", "12"], read[2].Cells);
        Assert.Equal(["1", "", "1"], read[3].Cells);
    }

    [Fact]
    public void A_number_printed_with_its_unit_is_kept_as_printed()
    {
        var form = Forms.Find(Forms.National2019Id)!;
        var amount = form.Indicators.First(i => i.Kind == ValueKind.Amount && i.Unit is null);
        var report = Fixed(form.Id, 2020, new Dictionary<string, ReportValue> { [amount.Code] = new(984361, "元", "984361元") });

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout()));

        Assert.Equal(new ReportValue(984361, "元", "984361元"), imported.Value(amount.Code));
    }

    [Theory]
    [InlineData(Forms.National2014Id, 2017)]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2025)]
    [InlineData(Forms.Fujian2014Id, 2016)]
    public void Any_report_printed_as_a_pdf_imports_back_cell_for_cell(string formId, int year)
    {
        var form = Forms.Find(formId)!;

        // Without rules, labels are kept to two lines: wrapped over more, beside centred values, rows cannot always be told apart.
        Gen.Select(RandomReports.Of(form, year), Gen.Bool, Gen.Int[30, 200]).Sample((report, ruled, width) =>
        {
            var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(ruled, ruled ? width : Math.Max(160, width), Paragraphs: 1)));

            AssertSameValues(report, imported);
        }, iter: 8, threads: 1);
    }

    /// <summary>Digits drawn invisible after each figure (the page shows 12, its text layer holds 127) are not read.</summary>
    [Fact]
    public void Text_drawn_invisible_on_a_page_that_prints_text_is_not_read()
    {
        var report = Fixed(Forms.National2021Id, 2025);

        var imported = ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(), new TestPdf { HiddenDigits = true }), out var source);

        AssertSameValues(report, imported);
        Assert.DoesNotContain(source.Lines, l => l.Row is { } row && row.Cells.Any(c => c.EndsWith('7') && c.Length > 1 && !report.Values.Values.Any(v => v.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) == c)));
    }

    /// <summary>A scan whose only text is a recognition (OCR) layer drawn invisible over the page's image: read, with a
    /// warning that recognition may misread figures.</summary>
    [Fact]
    public void A_scan_with_a_recognised_text_layer_is_read_with_a_warning_to_check_its_figures()
    {
        var report = Fixed(Forms.National2021Id, 2025);
        var bytes = PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: false, LabelWidth: 200), new TestPdf { Scanned = true }).Build();

        var result = ReportImporter.Import(PdfSourceReader.Read("scan.pdf", bytes), new ImportOptions("generated"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        AssertSameValues(report, result.Report!);
        var warning = Assert.Single(result.Findings, f => f.Rule == "D-OCR");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("文字识别（OCR）", warning.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(ImportPdf(PublishedPdf.Of(report, new PublishedPdf.Layout(Ruled: false, LabelWidth: 200))).ImportFindings ?? [], f => f.Rule == "D-OCR");
    }

    [Theory]
    [InlineData("encrypted.pdf", "PDF 已加密")]
    [InlineData("no-text.pdf", "没有文字层")]
    [InlineData("damaged.pdf", "已损坏")]
    public void Import_refuses_a_pdf_it_cannot_read_naming_the_file_and_writes_nothing(string name, string reason)
    {
        var output = RepoPaths.NewTempFolder();
        var file = name == "encrypted.pdf" ? Path.Combine(RepoPaths.Root, "tests", "fixtures", "pdf", name) : Path.Combine(RepoPaths.NewTempFolder(), name);
        if (name == "no-text.pdf")
        {
            File.WriteAllBytes(file, TestPdf.WithoutText());
        }
        else if (name == "damaged.pdf")
        {
            File.WriteAllBytes(file, [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"u8.ToArray(), .. Enumerable.Range(0, 300).Select(i => (byte)(i * 37 % 251))]);
        }

        var outcome = CliRunner.Run("import", file, "--agency", "x", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:1: error D-FILETYPE:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("nothing written", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    private static Report ImportPdf(TestPdf pdf) => ImportPdf(pdf, out _);

    private static Report ImportPdf(TestPdf pdf, out ImportSource source)
    {
        var bytes = pdf.Build();
        source = PdfSourceReader.Read("generated.pdf", bytes);
        var result = ReportImporter.Import(source, new ImportOptions("generated"));
        Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + string.Join("\n", source.Lines.Select(l => $"{l.Number} p{l.Page}: {l.Text}")));
        return result.Report!;
    }

    private static void AssertSameValues(Report expected, Report actual)
    {
        Assert.Equal(expected.Form, actual.Form);
        Assert.Equal(expected.Year, actual.Year);
        foreach (var indicator in expected.FormDefinition!.Indicators)
        {
            var (want, got) = (expected.Value(indicator.Code), actual.Value(indicator.Code));
            Assert.True(want.Number == got.Number && want.Unit == got.Unit && want.Raw == got.Raw, $"{indicator.Code}: expected {want}, imported {got}");
        }
    }

    // Every cell a different number, so a value landing in the wrong cell cannot go unnoticed; every ninth cell blank.
    private static Report Fixed(string formId, int year, Dictionary<string, ReportValue>? overrides = null)
    {
        var form = Forms.Find(formId)!;
        return new Report("fixed", year, form.Id, form.Indicators.Select((i, n) => (i.Code, Value: overrides?.GetValueOrDefault(i.Code) ?? (n % 9 == 4 ? ReportValue.Blank : ReportValue.Of(n * 7 + 1))))
            .ToDictionary(p => p.Code, p => p.Value));
    }
}
