using System.Globalization;
using System.Text;
using OpenData.Site.Import;
using OpenData.Site.Sample;
using Xunit.Abstractions;

namespace OpenData.Site.Tests.Import;

/// <summary>
/// 福建省's own table (2014–2018 reports of 福建 agencies: 指标名称 | 计量单位 | 2016年度 | 历年累计) is found by its rows and
/// read with its unit column; the old era's tables with a unit column are read when a crawl runs their cells together.
/// Every format's round trip of the form is in the format's own tests.
/// </summary>
public sealed class LocalFormImportTests(ITestOutputHelper output)
{
    [Fact]
    public void A_report_with_fujians_table_is_read_as_that_form_each_row_with_its_year_figure_and_running_total()
    {
        var result = ReportImporter.ImportFile(Samples.FixturePath("fujian/fujian-2016-tabs.txt"), new ImportOptions("sample"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        var report = result.Report!;
        Assert.Equal(Forms.Fujian2014Id, report.Form);
        Assert.Equal(2016, report.Year);
        Assert.Equal("示例县人民政府（示例数据）", report.Title![..13]);
        Assert.Equal(32, report.Values.Count(v => !v.Value.IsBlank));
        Assert.Equal(3458, report.Number("fj.active.website.year"));
        Assert.Equal(85310, report.Number("fj.active.website.cum"));
        Assert.Equal(149, report.Number("fj.reply.total.cum"));
        Assert.Equal(1, report.Number("fj.review.cum"));
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);
        Assert.Empty(report.ImportFindings ?? []);

        // The text before the attached table is the narrative; the table's caption (附表：…统计表) is not.
        Assert.Equal(["", "一、概述", "二、主动公开政府信息的情况", "三、政府信息依申请公开办理情况"], report.Narrative.Select(s => s.Title));
        Assert.Equal("全年受理依申请公开12件，均已答复。", Assert.Single(report.Narrative[^1].Paragraphs));
    }

    [Fact]
    public void A_row_printing_one_figure_beside_its_unit_under_two_columns_is_left_blank_with_a_finding()
    {
        // In a copy whose cells are set apart by spaces a blank prints as nothing: 条 20974 may be either column's.
        var text = File.ReadAllText(Samples.FixturePath("fujian/fujian-2016-tabs.txt")).Replace('\t', ' ')
            .Replace("受理依申请公开信息总数 条 12 150", "受理依申请公开信息总数 条 150", StringComparison.Ordinal);

        var result = ReportImporter.Import("spaced.txt", text, new ImportOptions("sample"));

        var report = result.Report!;
        Assert.True(report.Value("fj.apply.total.year").IsBlank);
        Assert.True(report.Value("fj.apply.total.cum").IsBlank);
        var finding = Assert.Single(report.ImportFindings!);
        Assert.Equal("D-CELLS", finding.Rule);
        Assert.Equal(["fj.apply.total.year", "fj.apply.total.cum"], finding.Codes);
        Assert.Equal(40, report.Number("fj.apply.in_person.cum"));
    }

    [Fact]
    public void The_old_national_table_run_together_with_its_unit_column_reads_as_its_clean_copy()
    {
        // The real 上高县 2017 report with its table's cells run together, as a crawl prints it (label, unit and figure).
        var expected = Samples.ImportReport("shanggao-county-2017.txt");

        var result = ReportImporter.ImportFile(Samples.FixturePath("flat/shanggao-2017-crawl.txt"), new ImportOptions("shanggao-county", "上高县人民政府"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(Forms.National2014Id, result.Report!.Form);
        Assert.Contains(result.Findings, f => f.Rule == "D-FLAT");
        Assert.All(expected.Values, p => Assert.True(p.Value.Number == result.Report.Value(p.Key).Number, $"{p.Key}: {p.Value} in the clean copy, {result.Report.Value(p.Key)} read"));
    }

    [Fact]
    public void Fujians_table_run_together_is_read_where_its_identities_settle_it_and_left_blank_with_a_finding_elsewhere()
    {
        // Fictional five-year series (示例数据) whose sums and running totals hold, printed as a crawl prints them: label, unit,
        // then the year's figure and the running total with nothing between (主动公开文件数条346085376).
        var form = Forms.Fujian2014;
        int read = 0, printed = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            foreach (var report in new SampleGenerator(seed).CreateReports(seed, 2014, 2018, form))
            {
                var text = RunTogether(report);
                var result = ReportImporter.Import("crawl.txt", text, new ImportOptions("prop"));

                Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + text);
                Assert.Equal(form.Id, result.Report!.Form);
                var unsure = (result.Report.ImportFindings ?? []).SelectMany(f => f.Codes).ToHashSet(StringComparer.Ordinal);
                foreach (var indicator in form.Indicators)
                {
                    var (want, got) = (report.Number(indicator.Code), result.Report.Number(indicator.Code));
                    Assert.True(got == want || got is null && unsure.Contains(indicator.Code), $"{indicator.Code}: printed {want}, read {got}\n{text}");
                    read += got == want ? 1 : 0;
                    printed++;
                }
            }
        }

        // The rows the sums join (受理, 答复) settle most often; a lone row of two figures only when one cut is possible.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{read} of {printed} cells read ({100.0 * read / printed:0.0} %), the rest blank with a finding"));
        Assert.True(read > printed / 4, $"only {read} of {printed} cells read");
    }

    private static string RunTogether(Report report)
    {
        var table = Forms.Fujian2014.Tables[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"标题: 示例机关（示例数据）{report.Year}年政府信息公开工作年度报告\n");
        text.Append("一、概述本年度示例机关（示例数据）继续推进政务公开。");
        text.Append(CultureInfo.InvariantCulture, $"附表：{table.Title}指标名称计量单位{report.Year}年度历年累计");
        foreach (var row in table.Rows)
        {
            text.Append(row.Label).Append(row.Unit).AppendJoin("", row.Cells.Select(c => report.Number(c)!.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return text.Append('\n').ToString();
    }
}
