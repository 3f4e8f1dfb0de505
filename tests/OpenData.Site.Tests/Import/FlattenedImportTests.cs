using System.Globalization;
using System.Text;
using CsCheck;
using OpenData.Site.Import;
using Xunit.Abstractions;

namespace OpenData.Site.Tests.Import;

/// <summary>Tables whose cells lost their separators (crawled text): recovered exactly by the form's identities, or left blank with a finding; never wrong.</summary>
public sealed class FlattenedImportTests(ITestOutputHelper output)
{
    // Random reports a test; more with OPENDATA_FLAT_ITERATIONS (a search for a rare wrong reading).
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("OPENDATA_FLAT_ITERATIONS"), out var n) ? n : 30;

    public static TheoryData<int> Years => [2019, 2020, 2021, 2022, 2023, 2024, 2025];

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_raw_crawl_of_a_real_report_imports_to_the_cells_of_its_clean_copy(int year)
    {
        var expected = Samples.ImportReport($"pingtan-{year}.txt");

        var result = ReportImporter.ImportFile(Samples.PathOf($"raw/pingtan-{year}.txt"), new ImportOptions("pingtan"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(expected.Form, result.Report!.Form);
        Assert.All(expected.Values, p => Assert.True(p.Value.Number == result.Report.Value(p.Key).Number, $"{p.Key}: {p.Value} in the clean copy, {result.Report.Value(p.Key)} read"));
        Assert.Equal(expected.Provenance!.SourceUrl, result.Report.Provenance!.SourceUrl);
        Assert.NotNull(result.Report.Provenance.PublishedOn);
    }

    [Theory]
    [InlineData(2021, "s2.normdoc.issued", "693665")]
    [InlineData(2025, "s2.normdoc.issued", "5845546")]
    public void A_row_of_the_clean_copy_left_blank_as_ambiguous_is_blank_with_its_readings_named(int year, string code, string digits)
    {
        var result = ReportImporter.ImportFile(Samples.PathOf($"raw/pingtan-{year}.txt"), new ImportOptions("pingtan"));

        var finding = Assert.Single(result.Report!.ImportFindings!, f => f.Codes.Contains(code));
        Assert.Equal("D-UNSURE", finding.Rule);
        Assert.Contains(digits, finding.Evidence, StringComparison.Ordinal);
        Assert.True(finding.Candidates.Count >= 2);
        Assert.All(finding.Codes, c => Assert.True(result.Report.Value(c).IsBlank));
    }

    [Theory]
    [InlineData("row-totals-broken-new-2024.txt", "s3.new", "s3.carry_in", true)]
    [InlineData("row-totals-broken-carry-in-2024.txt", "s3.carry_in", "s3.new", false)]
    public void A_row_is_not_read_from_its_own_total_when_the_rows_joined_to_it_cannot_be_read(string fixture, string row, string partner, bool outcomesRead)
    {
        var result = ReportImporter.ImportFile(Samples.FixturePath($"flat/{fixture}"), new ImportOptions("prop"));

        var findings = result.Report!.ImportFindings!;
        var finding = Assert.Single(findings, f => f.Codes.Contains($"{row}.nat"));
        Assert.Equal("D-UNSURE", finding.Rule);
        Assert.Contains("仅凭本行合计不能确定", finding.Message, StringComparison.Ordinal);
        Assert.Contains("没有一种切分符合本行的合计", Assert.Single(findings, f => f.Codes.Contains($"{partner}.nat")).Message, StringComparison.Ordinal);
        Assert.All(finding.Codes.Concat([$"{partner}.nat", $"{partner}.tot"]), c => Assert.True(result.Report.Value(c).IsBlank, c));
        // The outcome rows and (七)总计 confirm one another by the column sums and are read, unless the column sums had to
        // choose among a row's readings: the report misprints (新收 or 上年结转), and a second slip could hide behind that
        // choice. 结转下年度, joined to the rest only through 新收 and 上年结转, is not read.
        Assert.Equal(outcomesRead, result.Report.Number("s3.done.tot") is not null);
        Assert.Equal(outcomesRead, result.Report.Number("s3.granted.tot") is not null);
        Assert.True(outcomesRead || findings.Single(f => f.Codes.Contains("s3.done.tot")).MessageEn.Contains("a slip could hide behind that choice", StringComparison.Ordinal));
        Assert.True(result.Report.Value("s3.carry_out.tot").IsBlank);
    }

    [Fact]
    public void A_slip_absorbed_by_recutting_two_rows_is_not_read_when_the_report_shows_it_misprints()
    {
        // 8.属于行政查询事项 printed 0|31|9|17|10|0|49 (31 a slip for 13: its total no longer fits); its one cut that fits,
        // 0|3|19|…, keeps every column sum only with 4.保护第三方合法权益 recut as 7|11|0 for 7|1|10. 新收 has no cut that fits.
        var result = ReportImporter.ImportFile(Samples.FixturePath("flat/absorbed-slip-2020.txt"), new ImportOptions("prop", Year: 2020));

        var report = result.Report!;
        Assert.All(new[] { "nat", "org.biz", "org.sci", "tot" }, c => Assert.True(report.Value($"s3.refused.query.{c}").IsBlank, c));
        Assert.Contains(report.ImportFindings!, f => f.Codes.Contains("s3.refused.query.org.biz") && f.MessageEn.Contains("a slip could hide", StringComparison.Ordinal));
        Assert.Contains(report.ImportFindings!, f => f.Codes.Contains("s3.new.nat") && f.MessageEn.Contains("fits the row's own total", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_four_read_by_its_own_totals_alone_is_read_with_a_note_saying_so()
    {
        // 平潭 2024 prints section 四 as 21317000001324019: 47 cuts into its 15 cells, one fitting its three totals.
        var result = ReportImporter.ImportFile(Samples.PathOf("raw/pingtan-2024.txt"), new ImportOptions("pingtan"));

        var note = Assert.Single(result.Findings, f => f.Rule == "D-CUT");
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal("s4.rev.upheld", note.Code);
        Assert.Contains("21317000001324019", note.MessageEn, StringComparison.Ordinal);
        Assert.Equal(19m, result.Report!.Number("s4.lit_after.total"));
    }

    [Fact]
    public void A_title_printed_with_a_slip_still_finds_its_table()
    {
        // 平潭 2022 prints section 四's title as 四、政府信息公开行政法复议、行政诉讼情况.
        var result = ReportImporter.ImportFile(Samples.PathOf("raw/pingtan-2022.txt"), new ImportOptions("pingtan"));

        Assert.Equal(2m, result.Report!.Number("s4.rev.total"));
        Assert.Equal(1m, result.Report.Number("s4.lit_direct.total"));
    }

    [Fact]
    public void The_narrative_of_a_crawl_is_cut_into_its_sections_without_the_page_fields_or_the_tables_digits()
    {
        var result = ReportImporter.ImportFile(Samples.PathOf("raw/pingtan-2020.txt"), new ImportOptions("pingtan"));

        var narrative = result.Report!.Narrative;
        Assert.Equal(["", "一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"], narrative.Select(s => s.Title));
        Assert.Equal(["（一）", "（二）"], narrative[1].Sections!.Select(s => s.Title).Take(2));
        var all = string.Join("\n", narrative.SelectMany(s => s.Paragraphs.Concat((s.Sections ?? []).SelectMany(x => x.Paragraphs))));
        Assert.DoesNotContain("原文链接", all, StringComparison.Ordinal);
        Assert.DoesNotContain("本年新收政府信息公开申请数量", all, StringComparison.Ordinal);
        Assert.Contains("无其他需要报告的事项", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("713000074", 7, "71|3|0|0|0|0|74")]
    [InlineData("0000000", 7, "0|0|0|0|0|0|0")]
    [InlineData("200 000121", 7, null)]
    public void The_cuts_of_a_run_of_digits_that_fit_a_row_total_are_found(string digits, int cells, string? only)
    {
        var kinds = Enumerable.Repeat(ValueKind.Count, cells).ToList();
        var readings = CellSplits.Of(digits, kinds)!.Where(r => r[..^1].Sum() == r[^1]).ToList();

        if (only is null)
        {
            Assert.True(readings.Count >= 1);
            Assert.All(readings, r => Assert.StartsWith("2", string.Join("|", r), StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal([only], readings.Select(r => string.Join("|", r.Select(v => v.ToString(CultureInfo.InvariantCulture)))));
        }
    }

    [Fact]
    public void A_minus_sign_and_a_space_are_certain_boundaries()
    {
        ValueKind[] kinds = [ValueKind.Count, ValueKind.SignedChange, ValueKind.Count];

        Assert.Equal(["35|-15"], CellSplits.Of("35-15", [ValueKind.Count, ValueKind.SignedChange])!.Select(r => string.Join("|", r)));
        Assert.All(CellSplits.Of("2648-18538", kinds)!, r => Assert.Equal(2648m, r[0]));
        Assert.Equal(["12|3|4"], CellSplits.Of("12 3 4", kinds)!.Select(r => string.Join("|", r)));
    }

    /// <summary>Random reports that keep every identity of their form, printed with sections 二, 三 and 四 run together as a crawl prints them.</summary>
    [Theory]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2024)]
    public void Any_report_printed_without_cell_separators_is_recovered_exactly_or_left_blank_with_a_finding_never_wrong(string formId, int year)
    {
        var form = Forms.Find(formId)!;
        var right = 0;
        Gen.Int[0, 60].Array[form.Indicators.Count].Sample(random => Interlocked.Add(ref right, ReadAsPrintedOrBlank(Consistent(form, year, random))), iter: Iterations);
        Assert.True(right > Recovered(form, right) / 2, $"only {right} cells recovered");
    }

    /// <summary>
    /// Random reports as above, then one to three cells printed otherwise (a slip in a published table, so identities break):
    /// what the import reads is what was printed, or blank with a finding; a cut that fits the identity the slip broke is never
    /// taken. Section 四 is joined to no other row: a slip in it that leaves one other cut fitting its totals cannot be seen,
    /// and the row read by its totals alone carries a D-CUT note saying so (about one report in 500 here).
    /// </summary>
    [Theory]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2024)]
    public void A_report_that_breaks_its_identities_printed_without_cell_separators_is_read_as_printed_or_left_blank_never_wrong(string formId, int year)
    {
        var form = Forms.Find(formId)!;
        var cells = TableCells(form);
        var right = 0;
        Gen.Select(Gen.Int[0, 60].Array[form.Indicators.Count], Gen.Int[0, cells.Count - 1].Array[1, 3], Gen.Int[1, 30]).Sample((random, slips, by) =>
        {
            var values = new Dictionary<string, ReportValue>(Consistent(form, year, random).Values, StringComparer.Ordinal);
            foreach (var slip in slips)
            {
                values[cells[slip].Code] = ReportValue.Of(values[cells[slip].Code].Number!.Value + by);
            }

            Interlocked.Add(ref right, ReadAsPrintedOrBlank(new Report("prop", year, form.Id, values), misprinted: true));
        }, iter: Iterations);

        // Rows joined to a slip are left blank (which of them slipped cannot be told): about 30 % of the cells are read, from
        // 26 % to 34 % over 30 reports (eight runs of each form), so the floor that tells a regression is a fifth.
        Assert.True(right > Recovered(form, right) / 5, $"only {right} cells recovered");
    }

    private static List<Indicator> TableCells(Form form) => [.. form.Indicators.Where(i => i.Section is "三" or "四")];

    // Prints the report as a crawl does and imports it: every cell of 三 and 四 read as printed, or blank with a finding. How many were read.
    // In a misprinted report, a row read by its own totals alone may be wrong where the note that says so (D-CUT) names it.
    private static int ReadAsPrintedOrBlank(Report report, bool misprinted = false)
    {
        var text = Flattened(report);

        var result = ReportImporter.Import("crawl.txt", text, new ImportOptions("prop"));

        Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + text);
        var unsure = (result.Report!.ImportFindings ?? []).SelectMany(f => f.Codes).ToHashSet(StringComparer.Ordinal);
        var form = report.FormDefinition!;
        var noted = result.Findings.Where(f => misprinted && f.Rule == "D-CUT")
            .SelectMany(f => form.Tables.SelectMany(t => t.Rows).First(r => r.Cells is [var first, ..] && first == f.Code).Cells).ToHashSet(StringComparer.Ordinal);
        var right = 0;
        foreach (var indicator in TableCells(form))
        {
            var expected = report.Number(indicator.Code);
            var read = result.Report.Number(indicator.Code);
            Assert.True(read == expected || read is null && unsure.Contains(indicator.Code) || noted.Contains(indicator.Code), $"{indicator.Code}: printed {expected}, read {read}\n{text}");
            right += read == expected ? 1 : 0;
        }

        return right;
    }

    // The cells of 三 and 四 printed over all iterations; writes how many of them were read.
    private int Recovered(Form form, int right)
    {
        var printed = TableCells(form).Count * Iterations;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{form.Id}: {right} of {printed} cells of 三 and 四 recovered ({100.0 * right / printed:0.0} %), the rest blank with a finding"));
        return printed;
    }

    // Small counts, mostly zeros as in real reports; totals made from their parts so every identity holds.
    private static Report Consistent(Form form, int year, int[] random)
    {
        var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
        var n = 0;
        decimal Next() => random[n++ % random.Length] is var r && r < 40 ? 0 : r - 39;
        foreach (var indicator in form.Indicators)
        {
            values[indicator.Code] = ReportValue.Of(indicator.Kind == ValueKind.Count ? Next() : 0);
        }

        var three = form.Tables.Single(t => t.Section == "三");
        var dataRows = three.Rows.Where(r => !r.IsHeader).ToList();
        foreach (var row in dataRows)
        {
            values[row.Cells[^1]] = ReportValue.Of(row.Cells.SkipLast(1).Sum(c => values[c].Number!.Value));
        }

        // (七)总计 is the sum of the outcome rows; 新收 is what makes 新收 + 上年结转 = 总计 + 结转下年度.
        var outcomes = dataRows.Where(r => !r.Cells[0].StartsWith("s3.new", StringComparison.Ordinal) && !r.Cells[0].StartsWith("s3.carry", StringComparison.Ordinal) && !r.Cells[0].StartsWith("s3.done", StringComparison.Ordinal)).ToList();
        // Column by column, then the totals of 新收 and 上年结转 from their columns: a 上年结转 cut down so 新收 is not negative
        // must not leave the row totals as they were.
        string Column(int c) => dataRows[0].Cells[c][(dataRows[0].Cells[c].IndexOf('.', 3) + 1)..];
        for (var c = 0; c < 7; c++)
        {
            var done = outcomes.Sum(r => values[r.Cells[c]].Number!.Value);
            values[$"s3.done.{Column(c)}"] = ReportValue.Of(done);
            var carryIn = values[$"s3.carry_in.{Column(c)}"].Number!.Value;
            var carryOut = values[$"s3.carry_out.{Column(c)}"].Number!.Value;
            values[$"s3.new.{Column(c)}"] = ReportValue.Of(Math.Max(0, done + carryOut - carryIn));
            values[$"s3.carry_in.{Column(c)}"] = ReportValue.Of(done + carryOut - values[$"s3.new.{Column(c)}"].Number!.Value);
        }

        foreach (var row in new[] { "s3.new", "s3.carry_in" })
        {
            values[$"{row}.{Column(6)}"] = ReportValue.Of(Enumerable.Range(0, 6).Sum(c => values[$"{row}.{Column(c)}"].Number!.Value));
        }

        foreach (var group in new[] { "s4.rev", "s4.lit_direct", "s4.lit_after" })
        {
            values[$"{group}.total"] = ReportValue.Of(new[] { "upheld", "corrected", "other", "pending" }.Sum(o => values[$"{group}.{o}"].Number!.Value));
        }

        return new Report("prop", year, form.Id, values);
    }

    private static string Flattened(Report report)
    {
        var form = report.FormDefinition!;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"标题: 示例机关（示例数据）{report.Year}年政府信息公开工作年度报告\n==================== 正文 ====================\n");
        text.Append("一、总体情况本年度示例机关（示例数据）继续推进政务公开。");
        foreach (var table in form.Tables)
        {
            text.Append(table.Title).Append(string.Concat(table.Columns.Select(c => c.Label)));
            foreach (var row in table.Rows)
            {
                text.Append(row.Label == table.Title ? "" : row.Label);
                text.Append(string.Concat(row.Cells.Select(c => report.Number(c)!.Value.ToString(CultureInfo.InvariantCulture))));
            }
        }

        return text.Append("五、存在的主要问题及改进情况无。六、其他需要报告的事项无。\n").ToString();
    }
}
