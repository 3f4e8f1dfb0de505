using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>import(export(report)) = report: any report of any form, printed as a published text table, imports back cell for cell.</summary>
public sealed class ExportImportRoundTripTests
{
    [Theory]
    [InlineData(Forms.National2014Id, 2017)]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2025)]
    [InlineData(Forms.Fujian2014Id, 2016)]
    public void Any_report_printed_as_text_tables_imports_back_cell_for_cell(string formId, int year)
    {
        var form = Forms.Find(formId)!;

        RandomReports.Of(form, year).Sample(report =>
        {
            var text = PublishedText.Of(report, "示例机关（示例数据）");

            var result = ReportImporter.Import("roundtrip.txt", text, new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + text);
            RandomReports.AssertSameCells(report, result.Report!, text);
        }, iter: 40);
    }

    [Theory]
    [InlineData(Forms.National2014Id, 2016)]
    [InlineData(Forms.National2019Id, 2019)]
    [InlineData(Forms.National2021Id, 2023)]
    [InlineData(Forms.Fujian2014Id, 2016)]
    public void Any_report_printed_as_a_government_site_s_html_tables_imports_back_cell_for_cell(string formId, int year)
    {
        var form = Forms.Find(formId)!;

        RandomReports.Of(form, year).Sample(report =>
        {
            var html = PublishedHtml.Of(report, "示例机关（示例数据）");

            var result = ReportImporter.Import("roundtrip.html", html, new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + html);
            Assert.Null(result.Report!.ImportFindings);
            RandomReports.AssertSameCells(report, result.Report, html);
        }, iter: 25);
    }

    /// <summary>A column of sequence numbers before the labels (序号 | 统计指标 | 单位 | 统计数, as 安徽's tables print it), or list
    /// markers in cells of their own (1. | 当面申请数): left out, every cell read.</summary>
    [Theory]
    [InlineData(Forms.National2014Id, 2017, "{0}")]
    [InlineData(Forms.National2019Id, 2020, "{0}")]
    [InlineData(Forms.National2021Id, 2025, "（{0}）")]
    [InlineData(Forms.Fujian2014Id, 2016, "{0}.")]
    public void Any_report_printed_with_a_sequence_number_column_imports_back_cell_for_cell(string formId, int year, string marker)
    {
        var form = Forms.Find(formId)!;

        RandomReports.Of(form, year).Sample(report =>
        {
            var number = 0;
            var lines = PublishedText.Of(report, "示例机关（示例数据）").Split('\n').Select(line =>
            {
                // Rows with a label column get the number; section 四's rows (no label column) stay as they are.
                var first = line.StartsWith('|') ? line.Split('|')[1].Trim() : "";
                return TableMapper.HeaderWords.Contains(Labels.Normalize(first)) ? "| 序号 " + line
                    : ImportLayout.IsKnownRowLabel(first) ? $"| {string.Format(CultureInfo.InvariantCulture, marker, ++number)} " + line
                    : line;
            });
            var text = string.Join('\n', lines);

            var result = ReportImporter.Import("numbered.txt", text, new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + text);
            Assert.True(number > 10, text);
            RandomReports.AssertSameCells(report, result.Report!, text);
            Assert.Contains(result.Findings, f => f.Rule == "D-SEQ");
        }, iter: 20);
    }

    /// <summary>How a copy as text prints a merged cell of a table's label columns or header.</summary>
    public enum MergedCopy
    {
        /// <summary>On the first row it covers only, as a browser copies a table.</summary>
        FirstRow,

        /// <summary>On the first row, blank cells below it, as Word copies a table.</summary>
        BlankBelow,

        /// <summary>In every cell it covers, as a sheet whose merged cells were split and filled.</summary>
        Filled,
    }

    /// <summary>Tables with merged cells copied as text: a heading's cell on the first row of its group (<c>（三）不予公开 ⇥
    /// 1.属于国家秘密 ⇥ 0</c>, as a browser copies a table), and nothing, a blank cell (as Word copies one) or the heading again
    /// on the rows under it; section 四's header as its three printed rows (行政复议 ⇥ 行政诉讼 over the outcomes and the two
    /// kinds of suit).</summary>
    [Theory]
    [InlineData(Forms.National2019Id, 2020, MergedCopy.FirstRow)]
    [InlineData(Forms.National2019Id, 2019, MergedCopy.BlankBelow)]
    [InlineData(Forms.National2019Id, 2020, MergedCopy.Filled)]
    [InlineData(Forms.National2021Id, 2025, MergedCopy.FirstRow)]
    [InlineData(Forms.National2021Id, 2023, MergedCopy.BlankBelow)]
    [InlineData(Forms.National2021Id, 2024, MergedCopy.Filled)]
    public void Any_report_copied_with_merged_label_cells_imports_back_cell_for_cell(string formId, int year, MergedCopy copy)
    {
        var form = Forms.Find(formId)!;
        var headings = form.Tables.SelectMany(t => t.Rows).Where(r => r.IsHeader).Select(r => r.Label).ToHashSet(StringComparer.Ordinal);

        RandomReports.Of(form, year).Sample(report =>
        {
            var lines = new List<string>();
            string? heading = null;
            var underHeading = false;
            var merged = 0;
            foreach (var line in PublishedText.Of(report, "示例机关（示例数据）").Split('\n'))
            {
                List<string>? cells = line.StartsWith('|') ? [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())] : null;
                if (cells is [var only] && headings.Contains(only))
                {
                    heading = only;
                    underHeading = true;
                    continue;
                }

                if (cells is [.., var last] && last == "复议后起诉 总计")
                {
                    string[] outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
                    IEnumerable<string> Five(string text) => Enumerable.Repeat(text, outcomes.Length);
                    lines.AddRange(copy == MergedCopy.Filled
                        ? [string.Join('\t', [.. Five("行政复议"), .. Five("行政诉讼"), .. Five("行政诉讼")]), string.Join('\t', [.. outcomes, .. Five("未经复议直接起诉"), .. Five("复议后起诉")]), string.Join('\t', [.. outcomes, .. outcomes, .. outcomes])]
                        : ["行政复议\t行政诉讼", string.Join('\t', [.. outcomes, "未经复议直接起诉", "复议后起诉"]), string.Join('\t', [.. copy == MergedCopy.BlankBelow ? Five("") : [], .. outcomes, .. outcomes])]);
                    continue;
                }

                if (cells is null)
                {
                    underHeading = false;
                    lines.Add(line);
                    continue;
                }

                if (underHeading && copy == MergedCopy.Filled)
                {
                    // The heading on every row of its group, the row's own label over two columns.
                    cells.InsertRange(0, [heading!, cells[0]]);
                    merged++;
                }
                else if (underHeading && (heading is not null || copy == MergedCopy.BlankBelow))
                {
                    cells.Insert(0, heading ?? "");
                    merged += heading is null ? 0 : 1;
                    heading = null;
                }

                lines.Add(string.Join('\t', cells));
            }

            var text = string.Join('\n', lines);

            var result = ReportImporter.Import("copied.txt", text, new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + text);
            Assert.True(merged >= 4, text);
            Assert.Null(result.Report!.ImportFindings);
            Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);
            RandomReports.AssertSameCells(report, result.Report, text);
        }, iter: 20);
    }

    /// <summary>A row label printed with a slip, a character more or fewer (本机关不掌握相关的政府信息), where the form's row
    /// stands: read as that row, with a D-LABEL note.</summary>
    [Theory]
    [InlineData(Forms.National2014Id, 2017)]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2025)]
    public void Any_row_label_printed_with_a_slip_is_read_by_its_place_and_wording(string formId, int year)
    {
        var form = Forms.Find(formId)!;
        // Rows printed once under a label of their own (not a table's title) whose words, without list marker and bracketed
        // note, are ten characters or more; the slip is at an ideograph in the middle of the words.
        var rows = form.Tables.SelectMany(t => t.Rows.Where(r => !r.IsHeader && r.Label != t.Title)).GroupBy(r => r.Label).Where(g => g.Count() == 1)
            .Select(g => (Row: g.Single(), Words: Regex.Replace(Regex.Replace(g.Key, @"^(（[^）]*）|[一二三四五六七八九十]+、|\d+[.．])", ""), @"（[^）]*）$", "")))
            .Where(l => Labels.Normalize(l.Words).Length >= 10).ToList();

        Gen.Select(RandomReports.Of(form, year), Gen.Int[0, rows.Count - 1], Gen.Bool).Sample((generated, pick, insert) =>
        {
            var (row, words) = rows[pick];
            var label = row.Label;
            var at = label.IndexOf(words, StringComparison.Ordinal) + (words.Length / 2);
            while (label[at] is < '\u4E00' or > '\u9FFF')
            {
                at++;
            }

            // The row prints a figure: a row of blanks under a label no form has is a label's piece, never read.
            var values = generated.Values.ToDictionary();
            values[row.Cells[0]] = ReportValue.Of(7);
            var report = generated with { Values = values };
            var slipped = insert ? label.Insert(at, "的") : label.Remove(at, 1);
            var text = PublishedText.Of(report, "示例机关（示例数据）").Replace($"| {label} |", $"| {slipped} |", StringComparison.Ordinal);

            var result = ReportImporter.Import("slipped.txt", text, new ImportOptions("prop"));

            Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + text);
            Assert.True(text.Contains(slipped, StringComparison.Ordinal), slipped + "\n" + text);
            Assert.True(result.Report!.ImportFindings is null, string.Join("\n", result.Report.ImportFindings ?? []) + "\n" + text);
            RandomReports.AssertSameCells(report, result.Report, text);
            Assert.Contains(result.Findings, f => f.Rule == "D-LABEL" && f.MessageZh.Contains(slipped, StringComparison.Ordinal));
        }, iter: 40);
    }

    [Theory]
    [InlineData(Forms.National2019Id, 2020)]
    [InlineData(Forms.National2021Id, 2024)]
    public void A_report_of_zeros_printed_as_html_imports_as_zeros_not_as_captions(string formId, int year)
    {
        var form = Forms.Find(formId)!;
        var report = new Report("zeros", year, form.Id, form.Indicators.ToDictionary(i => i.Code, _ => ReportValue.Of(0)));

        var result = ReportImporter.Import("zeros.html", PublishedHtml.Of(report, "示例机关（示例数据）"), new ImportOptions("zeros"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Null(result.Report!.ImportFindings);
        Assert.All(form.Indicators, i => Assert.Equal(0m, result.Report.Number(i.Code)));
    }

    /// <summary>Prints a report the way the samples print the national forms: a title, then each table as pipe rows.</summary>
    private static class PublishedText
    {
        private static readonly Dictionary<string, string> ReviewGroups = new(StringComparer.Ordinal)
        {
            ["行政复议"] = "行政复议",
            ["行政诉讼 / 未经复议直接起诉"] = "未经复议直接起诉",
            ["行政诉讼 / 复议后起诉"] = "复议后起诉",
        };

        public static string Of(Report report, string agency)
        {
            var form = report.FormDefinition!;
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{agency}{report.Year}年政府信息公开工作年度报告\n");
            if (UnitTables.Of(form) is { } unitTable)
            {
                text.Append(unitTable.Title).Append('\n');
                foreach (var cells in unitTable.Rows.Select(r => UnitTables.Row(unitTable, r, c => Cell(report, c))).Prepend(UnitTables.Header(unitTable, report.Year)))
                {
                    text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
                }

                return text.ToString();
            }

            string? section = null;
            foreach (var table in form.Tables)
            {
                if (table.Section != section)
                {
                    section = table.Section;
                    text.Append(section switch
                    {
                        "二" => "二、主动公开政府信息情况\n",
                        "三" => "",
                        _ => "",
                    });
                }

                if (table.Section == "二")
                {
                    text.Append(table.Title).Append('\n');
                    text.Append("| 信息内容 | ").Append(string.Join(" | ", table.Columns.Select(c => c.Label))).Append(" |\n");
                }
                else if (table.Section == "三")
                {
                    text.Append(table.Title).Append('\n');
                    text.Append("| 项目 | ").Append(string.Join(" | ", table.Columns.Select(c => c.Label))).Append(" |\n");
                }
                else
                {
                    text.Append(table.Title).Append('\n');
                    text.Append("| ").Append(string.Join(" | ", table.Columns.Select(c => $"{ReviewGroups[c.Group!]} {c.Label}"))).Append(" |\n");
                    text.Append("| ").Append(string.Join(" | ", table.Rows[0].Cells.Select(c => Cell(report, c)))).Append(" |\n");
                    continue;
                }

                foreach (var row in table.Rows)
                {
                    text.Append(row.IsHeader ? $"| {row.Label} |\n" : $"| {row.Label} | {string.Join(" | ", row.Cells.Select(c => Cell(report, c)))} |\n");
                }
            }

            return text.ToString();
        }

        private static string Cell(Report report, string code)
        {
            var value = report.Value(code);
            return value.Raw ?? value.Number?.ToString(CultureInfo.InvariantCulture) ?? "";
        }
    }
}
