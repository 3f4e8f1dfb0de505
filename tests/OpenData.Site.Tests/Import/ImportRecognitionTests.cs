using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Layouts that real copies of a report print and the samples do not: each is the 平潭 2025 sample rewritten that way, and must read to the same cells (or leave blank, with a finding, what it cannot settle).</summary>
public sealed class ImportRecognitionTests
{
    private static readonly Report Expected = Samples.ImportReport("pingtan-2025.txt");

    private static string Sample => File.ReadAllText(Samples.PathOf("pingtan-2025.txt"));

    private static ImportResult ImportText(string text) => ReportImporter.Import("rewritten-pingtan-2025.txt", text, new ImportOptions("pingtan"));

    private static void AssertSameCells(ImportResult result, params string[] except)
    {
        Assert.False(result.Failed, string.Join("\n", result.Findings));
        foreach (var (code, value) in Expected.Values.Where(p => !except.Contains(p.Key)))
        {
            Assert.True(value.Number == result.Report!.Value(code).Number, $"{code}: expected {value}, read {result.Report.Value(code)}");
        }
    }

    [Theory]
    [InlineData("| 1.属于国家秘密", "| ①属于国家秘密")]
    [InlineData("| 2.其他法律行政法规禁止公开", "| (2)其他法律行政法规禁止公开")]
    [InlineData("| 3.危及\"三安全一稳定\"", "| 3、危及“三安全一稳定”")]
    [InlineData("| 4.保护第三方合法权益", "| ４．保护第三方 合法权益")]
    [InlineData("| （一）予以公开", "| (一) 予以公开")]
    [InlineData("| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "| 1.申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请")]
    [InlineData("| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "| 2．申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请")]
    public void Row_labels_are_matched_whatever_their_numbering_style_punctuation_width_and_spaces(string printed, string rewritten)
    {
        Assert.Contains(printed, Sample, StringComparison.Ordinal);

        var result = ImportText(Sample.Replace(printed, rewritten, StringComparison.Ordinal));

        AssertSameCells(result);
        Assert.Null(result.Report!.ImportFindings);
    }

    [Theory]
    [InlineData("| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 8 |", "| 1.申请人无正当理由逾期不补正、行政机关不再 |  |  |  |  |  |  |  |\n| 处理其政府信息公开申请 | 8 |")]
    [InlineData("| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 2 |", "| 2.申请人逾期未按收费通知要求缴纳费用、 | 2 |")]
    [InlineData("| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 38 |", "| （二）部分公开（区分处理的， |\n| 只计这一情形， |\n| 不计其他情形） | 38 |")]
    public void A_label_wrapped_over_several_rows_is_joined(string printed, string wrapped)
    {
        var text = Sample.Replace(printed, wrapped, StringComparison.Ordinal);
        if (!wrapped.Contains('\n', StringComparison.Ordinal))
        {
            // The rest of the label on the row below, with no values.
            var end = text.IndexOf('\n', text.IndexOf(wrapped, StringComparison.Ordinal));
            text = text.Insert(end + 1, "| 行政机关不再处理其政府信息公开申请 |  |  |  |  |  |  |  |\n");
        }

        var result = ImportText(text);

        AssertSameCells(result);
        Assert.Null(result.Report!.ImportFindings);
    }

    [Fact]
    public void Rows_whose_cells_are_separated_by_single_spaces_are_read()
    {
        var lines = Sample.Split('\n').Select(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.Contains("|  |", StringComparison.Ordinal) && !l.StartsWith("| 行政复议 ", StringComparison.Ordinal)
            ? string.Join(" ", l.Trim().Trim('|').Split('|').Select(c => c.Trim()))
            : l);

        var result = ImportText(string.Join('\n', lines));

        AssertSameCells(result, "s2.normdoc.issued", "s2.normdoc.repealed", "s2.normdoc.in_force");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Labels_printed_apart_from_their_numbers_are_paired_again_row_by_row_or_column_by_column(bool byColumn)
    {
        var lines = Sample.Split('\n').ToList();
        var first = lines.FindIndex(l => l.StartsWith("| 一、本年新收", StringComparison.Ordinal));
        var last = lines.FindIndex(l => l.StartsWith("| 四、结转下年度", StringComparison.Ordinal));
        var block = lines.GetRange(first, last - first + 1);
        var cells = block.Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var data = cells.Where(c => c.Length > 1).ToList();
        var numbers = byColumn
            ? Enumerable.Range(1, 7).Select(col => string.Join(" ", data.Select(r => r[col]))).ToList()
            : data.Select(r => string.Join(" ", r.Skip(1))).ToList();
        lines.RemoveRange(first, block.Count);
        lines.InsertRange(first, [.. cells.Select(c => c[0]), .. numbers]);

        var result = ImportText(string.Join('\n', lines));

        AssertSameCells(result);
        Assert.Null(result.Report!.ImportFindings);
    }

    [Fact]
    public void Tables_printed_one_cell_a_line_with_group_labels_one_character_a_line_are_read()
    {
        // As text taken from a PDF cell by cell: every cell on a line of its own, a merged group label one character a line.
        var lines = Sample.Split('\n').SelectMany(l =>
        {
            if (!l.StartsWith("| ", StringComparison.Ordinal))
            {
                return [l];
            }

            var cells = l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            return cells.Count == 1 && !cells[0].StartsWith('（')
                ? cells[0].Select(c => c.ToString())
                : cells.Where(c => c.Length > 0);
        });

        var result = ImportText(string.Join('\n', lines));

        AssertSameCells(result, "s2.normdoc.issued", "s2.normdoc.repealed", "s2.normdoc.in_force");
        Assert.Equal(36m, result.Report!.Number("s4.rev.total"));
    }

    [Theory]
    [InlineData("平潭综合实验区2023年政府信息公开工作年度报告")]
    [InlineData("2023年平潭综合实验区政府信息公开工作年度报告")]
    [InlineData("平潭综合实验区关于2023年政府信息公开工作的年度报告")]
    [InlineData("平潭综合实验区二〇二三年政府信息公开工作年度报告")]
    [InlineData("平潭综合实验区二零二三年度政府信息公开工作年度报告")]
    [InlineData("平潭综合实验区政府信息公开工作2023年度报告")]
    [InlineData("平潭综合实验区2023年政务公开工作年度报告")]
    [InlineData("平潭综合实验区2023年政府信息公开工作报告")]
    public void The_agency_and_year_are_read_from_the_title_however_it_words_them(string title)
    {
        // The sample without its notes and its statistics period: only the title names agency and year.
        var lines = Sample.Split('\n').Where(l => !l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l.Replace("统计期限", "统计范围", StringComparison.Ordinal));

        var result = ReportImporter.Import("titled.txt", string.Join('\n', lines.Prepend(title)), new ImportOptions("pingtan"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal("平潭综合实验区", result.AgencyName);
        Assert.Equal(2023, result.Report!.Year);
    }

    [Fact]
    public void Generic_column_headers_are_read_in_the_form_s_column_order()
    {
        var text = Sample.Replace("| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
            "| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |", StringComparison.Ordinal);

        var result = ImportText(text);

        AssertSameCells(result);
        Assert.Contains(result.Findings, f => f.Rule == "D-COLPOS");
    }

    [Theory]
    [InlineData("| 行政许可 | 2418 |", "| 行政许可 | 2418件 |", "s2.license.decisions", "2418")]
    [InlineData("| 行政处罚 | 644 |", "| 行政处罚 | 644 笔 |", "s2.penalty.decisions", "644")]
    [InlineData("| 行政事业性收费 | 4166.241619 |", "| 行政事业性收费 | 4166.241619万元 |", "s2.fees.amount_wan", "4166.241619")]
    public void Numbers_printed_with_their_unit_keep_the_number_and_the_text(string printed, string rewritten, string code, string number)
    {
        var result = ImportText(Sample.Replace(printed, rewritten, StringComparison.Ordinal));

        AssertSameCells(result);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), result.Report!.Number(code));
        Assert.NotNull(result.Report.Value(code).Raw);
    }

    private const string Outcomes = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |";

    [Fact]
    public void Section_four_printed_as_three_small_tables_under_their_headings_reads_to_the_same_cells()
    {
        var result = ImportText(SectionFourAs((_, cells) =>
            ["行政复议", Outcomes, Row(cells.Take(5)), "行政诉讼：未经复议直接起诉", Outcomes, Row(cells.Skip(5).Take(5)), "行政诉讼：复议后起诉", Outcomes, Row(cells.Skip(10))]));

        AssertSectionFourRead(result);
    }

    [Fact]
    public void Section_four_printed_as_two_tables_reads_the_second_by_its_headers()
    {
        // 行政复议's five columns in one table, then 行政诉讼's ten in another, each header naming its kind of suit.
        var result = ImportText(SectionFourAs((headers, cells) =>
            ["行政复议", Outcomes, Row(cells.Take(5)), "行政诉讼", Row(headers.Skip(5)), Row(cells.Skip(5))]));

        AssertSectionFourRead(result);
    }

    [Fact]
    public void Ten_figures_under_a_header_naming_no_columns_of_one_table_are_not_read()
    {
        // The same ten figures under outcomes alone: which kind of suit each belongs to is not printed.
        var result = ImportText(SectionFourAs((_, cells) => ["行政诉讼", Outcomes + Outcomes[1..], Row(cells.Skip(5))]));

        Assert.All(Expected.Values.Keys.Where(k => k.StartsWith("s4.", StringComparison.Ordinal)), c => Assert.True(result.Report!.Value(c).IsBlank, c));
        Assert.Contains(result.Report!.ImportFindings!, f => f.Rule == "D-ROW");
    }

    // The sample with section 四's header and row (15 cells each) printed as the lines given.
    private static string SectionFourAs(Func<string[], string[], IEnumerable<string>> lines)
    {
        var all = Sample.Split('\n').ToList();
        var header = all.FindIndex(l => l.StartsWith("| 行政复议 结果维持", StringComparison.Ordinal));
        string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
        var printed = lines(Cells(all[header]), Cells(all[header + 1])).ToList();
        all.RemoveRange(header, 2);
        all.InsertRange(header, printed);
        return string.Join('\n', all);
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static void AssertSectionFourRead(ImportResult result)
    {
        AssertSameCells(result);
        Assert.Equal(36m, result.Report!.Number("s4.rev.total"));
        Assert.Equal(6m, result.Report.Number("s4.lit_direct.total"));
        Assert.Equal(3m, result.Report.Number("s4.lit_after.total"));
    }

    [Fact]
    public void Numbers_under_a_header_line_ending_in_a_total_are_not_taken_for_the_total_row()
    {
        // Section 四 as converted text with blank cells dropped: its header's last word is 总计, a row label of section 三,
        // whose own row (printed with blanks dropped too) cannot be read. The 7 numbers are section 四's, never （七）总计's.
        var lines = Sample.Split('\n').ToList();
        var total = lines.FindIndex(l => l.StartsWith("| （七）总计", StringComparison.Ordinal));
        lines[total] = "（七）总计 147 1 148";
        var header = lines.FindIndex(l => l.StartsWith("| 行政复议 结果维持", StringComparison.Ordinal));
        lines[header] = string.Join(" ", Enumerable.Repeat("结果维持 结果纠正 其他结果 尚未审结 总计", 3));
        lines[header + 1] = "25 3 8 36 3 3 6";

        var result = ImportText(string.Join('\n', lines));

        string[] totals = [.. new[] { "nat", "org.biz", "org.sci", "org.npo", "org.law", "org.oth", "tot" }.Select(c => $"s3.done.{c}")];
        AssertSameCells(result, [.. totals, .. Expected.Values.Keys.Where(k => k.StartsWith("s4.", StringComparison.Ordinal))]);
        Assert.All(totals, c => Assert.True(result.Report!.Value(c).IsBlank, c));
        Assert.Contains(result.Report!.ImportFindings!, f => f.Rule == "D-CELLS" && f.Codes.Contains("s3.done.nat"));
    }

    [Fact]
    public void A_2021_report_printing_other_handling_as_one_2019_style_row_leaves_its_three_sub_rows_blank_with_a_finding()
    {
        var start = Sample.IndexOf("| （六）其他处理 |", StringComparison.Ordinal);
        var end = Sample.IndexOf("| （七）总计", StringComparison.Ordinal);
        var text = string.Concat(Sample.AsSpan(0, start), "| （六）其他处理 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |\n", Sample.AsSpan(end));
        string[] subRows = [.. new[] { "s3.other.no_fix", "s3.other.no_fee", "s3.other.misc" }.SelectMany(r => new[] { "nat", "org.biz", "org.sci", "org.npo", "org.law", "org.oth", "tot" }.Select(c => $"{r}.{c}"))];

        var result = ImportText(text);

        AssertSameCells(result, subRows);
        Assert.All(subRows, c => Assert.True(result.Report!.Value(c).IsBlank, c));
        var finding = Assert.Single(result.Report!.ImportFindings!);
        Assert.Equal("D-LAYOUT", finding.Rule);
        Assert.Equal(subRows.Order(StringComparer.Ordinal), finding.Codes.Order(StringComparer.Ordinal));
        Assert.Contains("11", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains(result.Report.Anomalies, a => a.Location.Contains("其他处理", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_blank_with_the_text_read_and_the_rest_is_imported()
    {
        var result = ImportText(Sample.Replace("| 行政处罚 | 644 |", "| 行政处罚 | 约600 |", StringComparison.Ordinal));

        AssertSameCells(result, "s2.penalty.decisions");
        Assert.True(result.Report!.Value("s2.penalty.decisions").IsBlank);
        var finding = Assert.Single(result.Report.ImportFindings!);
        Assert.Equal(("D-VALUE", "s2.penalty.decisions", "约600"), (finding.Rule, finding.Code, finding.Evidence));
    }

    [Fact]
    public void Stored_import_findings_are_warnings_of_validation_on_their_cells()
    {
        var result = ImportText(Sample.Replace("| 行政处罚 | 644 |", "| 行政处罚 | 约600 |", StringComparison.Ordinal));

        var findings = Validator.Validate(result.Report!).Findings;

        var finding = Assert.Single(findings, f => f.Rule == "D-VALUE");
        Assert.Equal((Severity.Warning, "s2.penalty.decisions", "$.importFindings[0]"), (finding.Severity, finding.Code, finding.Path));
        Assert.Contains("约600", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_left_blank_by_the_import_is_marked_on_the_report_page_with_its_finding_and_the_text_read()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "pingtan-2025.txt");
        File.WriteAllText(file, Sample.Replace("| 行政处罚 | 644 |", "| 行政处罚 | 约600 |", StringComparison.Ordinal));
        Assert.Equal(3, CliRunner.Run("import", file, "--agency", "pingtan", "--out", Path.Combine(folder, "data")).ExitCode);
        CliRunner.Run("new", Path.Combine(folder, "skeleton"), "--agency-id", "x", "--agency-name", "示例（示例数据）");

        var built = CliRunner.Run("build", "--data", Path.Combine(folder, "data"), "--input", Path.Combine(folder, "skeleton", "input"), "--output", Path.Combine(folder, "output"));

        Assert.True(built.ExitCode == 0, built.Error);
        var page = File.ReadAllText(Path.Combine(folder, "output", "agencies", "pingtan", "2025", "index.html"));
        Assert.Contains("⚠ D-VALUE", page, StringComparison.Ordinal);
        Assert.Contains("约600", page, StringComparison.Ordinal);
    }
}
