using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Section 四 printed turned, its fifteen columns down the side (too wide for a portrait page): five outcome rows
/// under 行政复议 · 未经复议直接起诉 · 复议后起诉, or fifteen rows of one figure under their groups' merged cells; as a web
/// page, a Word file, a workbook, and as a browser and Word copy them as text.</summary>
public sealed class TurnedTableImportTests
{
    private static readonly string[] Outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private static readonly string[] Groups = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public enum Shape
    {
        /// <summary>项目 | 行政复议 | 未经复议直接起诉 | 复议后起诉, then a row per outcome.</summary>
        Across,

        /// <summary>The same under a two-row header: 行政复议 | 行政诉讼 over 未经复议直接起诉 | 复议后起诉.</summary>
        AcrossUnderSuits,

        /// <summary>Fifteen rows: the group's merged cell (行政诉讼 over the two kinds of suit), the outcome, the figure.</summary>
        Down,
    }

    public enum Copy
    {
        Html,
        Word,
        Workbook,
        BrowserText,
        WordText,
    }

    [Theory]
    [InlineData(Forms.National2021Id, 2025, Shape.Across, Copy.Html)]
    [InlineData(Forms.National2021Id, 2024, Shape.AcrossUnderSuits, Copy.Word)]
    [InlineData(Forms.National2021Id, 2023, Shape.Down, Copy.Html)]
    [InlineData(Forms.National2021Id, 2022, Shape.Down, Copy.Word)]
    [InlineData(Forms.National2021Id, 2021, Shape.Down, Copy.Workbook)]
    [InlineData(Forms.National2021Id, 2025, Shape.Across, Copy.BrowserText)]
    [InlineData(Forms.National2021Id, 2025, Shape.AcrossUnderSuits, Copy.Html)]
    [InlineData(Forms.National2021Id, 2024, Shape.Down, Copy.BrowserText)]
    [InlineData(Forms.National2021Id, 2024, Shape.Down, Copy.WordText)]
    [InlineData(Forms.National2019Id, 2020, Shape.Across, Copy.WordText)]
    [InlineData(Forms.National2019Id, 2019, Shape.Down, Copy.Html)]
    public void Any_report_with_section_four_printed_turned_imports_back_cell_for_cell(string formId, int year, Shape shape, Copy copy)
    {
        var form = Forms.Find(formId)!;

        RandomReports.Of(form, year).Sample(report =>
        {
            var blocks = Turned(report, shape);

            var (result, context) = Import(blocks, copy);

            Assert.False(result.Failed, string.Join("\n", result.Findings) + "\n" + context);
            Assert.True(result.Report!.ImportFindings is null, string.Join("\n", result.Report.ImportFindings ?? []) + "\n" + context);
            RandomReports.AssertSameCells(report, result.Report, context);
        }, iter: 10);
    }

    [Theory]
    [InlineData(Copy.Html)]
    [InlineData(Copy.BrowserText)]
    public void Outcomes_down_the_side_under_headers_that_name_no_group_are_not_read(Copy copy)
    {
        // 数据1 · 数据2 · 数据3 across: which group each figure belongs to is not printed.
        var form = Forms.National2021;
        var report = RandomReports.Fixed(form, 2025);
        var blocks = Turned(report, Shape.Across).Select(b => b.Rows is [[{ Text: "项目" }, { Text: "行政复议" }, ..], ..] rows
            ? new PrintedBlock(null, [[new GridCell("项目"), new GridCell("数据1"), new GridCell("数据2"), new GridCell("数据3")], .. rows.Skip(1)])
            : b).ToList();

        var (result, context) = Import(blocks, copy);

        AssertSectionFourBlank(report, result, context);
    }

    [Fact]
    public void Outcomes_under_a_two_row_header_a_browser_copied_as_text_are_not_read()
    {
        // 项目 ⇥ 行政复议 ⇥ 行政诉讼 over 未经复议直接起诉 ⇥ 复议后起诉: which column each header cell stood over is lost.
        var report = RandomReports.Fixed(Forms.National2021, 2025);

        var (result, context) = Import(Turned(report, Shape.AcrossUnderSuits), Copy.BrowserText);

        AssertSectionFourBlank(report, result, context);
    }

    // Section 四 blank and named in the findings; every other cell as printed.
    private static void AssertSectionFourBlank(Report report, ImportResult result, string context)
    {
        var section4 = report.FormDefinition!.Indicators.Select(i => i.Code).Where(c => c.StartsWith("s4.", StringComparison.Ordinal)).ToList();
        Assert.All(section4, c => Assert.True(result.Report!.Value(c).IsBlank, c + "\n" + context));
        Assert.Contains(result.Report!.ImportFindings!, f => f.Codes.Any(section4.Contains));
        RandomReports.AssertSameCells(report with { Values = report.Values.Where(v => !section4.Contains(v.Key)).ToDictionary() }, result.Report, context);
    }

    // The report as an office prints it, section 四 turned.
    private static List<PrintedBlock> Turned(Report report, Shape shape)
    {
        var blocks = ReportTables.Of(report, "示例机关（示例数据）");
        var four = blocks.FindIndex(b => b.Rows is [[{ Text: "行政复议 结果维持" }, ..], ..]);
        var figures = blocks[four].Rows![1].Select(c => c.Text).ToList();
        string Figure(int group, int outcome) => figures[(group * Outcomes.Length) + outcome];
        List<IReadOnlyList<GridCell>> rows = shape switch
        {
            Shape.Across =>
            [
                [new GridCell("项目"), .. Groups.Select(g => new GridCell(g))],
                .. Outcomes.Select((o, k) => (IReadOnlyList<GridCell>)[new GridCell(o), .. Groups.Select((_, g) => new GridCell(Figure(g, k)))]),
            ],
            Shape.AcrossUnderSuits =>
            [
                [new GridCell("项目", 2), new GridCell("行政复议", 2), new GridCell("行政诉讼", 1, 2)],
                [new GridCell("未经复议直接起诉"), new GridCell("复议后起诉")],
                .. Outcomes.Select((o, k) => (IReadOnlyList<GridCell>)[new GridCell(o), .. Groups.Select((_, g) => new GridCell(Figure(g, k)))]),
            ],
            _ =>
            [
                [new GridCell("项目", 1, 3), new GridCell("数量")],
                .. Groups.SelectMany((group, g) => Outcomes.Select((o, k) => (IReadOnlyList<GridCell>)[
                    .. k > 0 ? [] : g == 0 ? new[] { new GridCell(group, Outcomes.Length, 2) } : [.. g == 1 ? new[] { new GridCell("行政诉讼", 2 * Outcomes.Length) } : [], new GridCell(group, Outcomes.Length)],
                    new GridCell(o), new GridCell(Figure(g, k))])),
            ],
        };
        blocks[four] = new PrintedBlock(null, rows);
        return blocks;
    }

    private static (ImportResult Result, string Context) Import(List<PrintedBlock> blocks, Copy copy)
    {
        var options = new ImportOptions("prop");
        switch (copy)
        {
            case Copy.Html:
                var html = HtmlWriter.Write(blocks);
                return (ReportImporter.Import("turned.html", html, options), html);
            case Copy.Word:
                return (ReportImporter.Import(DocxSourceReader.Read("turned.docx", DocxWriter.Write(blocks)), options), "turned.docx");
            case Copy.Workbook:
                return (ReportImporter.Import(XlsxSourceReader.Read("turned.xlsx", XlsxWriter.Write(blocks)), options), "turned.xlsx");
            default:
                var text = string.Join('\n', blocks.SelectMany(b => b.Rows is null ? [b.Text!] : AsText(b.Rows, copy == Copy.WordText)));
                return (ReportImporter.Import("turned.txt", text, options), text);
        }
    }

    // A table copied as text, a row a line, cells apart by tabs: a browser leaves out a cell merged from above, Word leaves
    // it blank; a cell merged across is one cell either way.
    private static IEnumerable<string> AsText(IReadOnlyList<IReadOnlyList<GridCell>> rows, bool blankUnderMerged)
    {
        var (placed, width) = PrintedBlock.Place(rows);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<string>();
            for (var column = 0; column < width;)
            {
                var (start, _, cell) = placed.FirstOrDefault(p => p.Column <= column && column < p.Column + p.Cell.ColumnSpan && p.Row <= r && r < p.Row + p.Cell.RowSpan);
                if (cell is null)
                {
                    column++;
                    continue;
                }

                if (start == r || blankUnderMerged)
                {
                    cells.Add(start == r ? cell.Text : "");
                }

                column += cell.ColumnSpan;
            }

            yield return string.Join('\t', cells);
        }
    }
}
