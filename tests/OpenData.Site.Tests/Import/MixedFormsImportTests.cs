using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>A 2021-form report that prints section 二 in the 2019 form's columns (an office that kept last year's section 二
/// and took the new section 三): read in the 2021 form, where its applications are, and the 2019-style section 二 never read
/// into the 2021 form's columns, which mean other things.</summary>
public sealed class MixedFormsImportTests
{
    private const string Agency = "示例县人民政府";

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    public void A_report_with_the_2019_forms_section_two_and_the_2021_forms_section_three_is_read_in_the_2021_form_without_section_two(string format)
    {
        var form2019 = Forms.Find(Forms.National2019Id)!;
        var form2021 = Forms.Find(Forms.National2021Id)!;
        Gen.Select(RandomReports.Of(form2019, 2021), RandomReports.Of(form2021, 2021)).Sample((old, report) =>
        {
            var blocks = Mixed(ReportTables.Of(report, Agency), ReportTables.Of(old, Agency));

            var result = Import(blocks, format);

            Assert.False(result.Failed, string.Join("\n", result.Findings));
            var read = result.Report!;
            Assert.Equal(Forms.National2021Id, read.Form);
            var unsure = (read.ImportFindings ?? []).SelectMany(f => f.Codes).ToHashSet(StringComparer.Ordinal);
            foreach (var indicator in form2021.Indicators)
            {
                if (indicator.Section == "二")
                {
                    // Nothing of the 2021 form's section 二 is printed: each cell blank, with a finding.
                    Assert.True(read.Value(indicator.Code).IsBlank && unsure.Contains(indicator.Code), $"{indicator.Code}: read {read.Value(indicator.Code)}");
                }
                else
                {
                    Assert.True(read.Value(indicator.Code) == report.Value(indicator.Code), $"{indicator.Code}: printed {report.Value(indicator.Code)}, read {read.Value(indicator.Code)}");
                }
            }

            Assert.Contains(read.ImportFindings!, f => f.Rule == "D-COLUMNS" && f.Codes.Contains("s2.rules.issued"));
        }, iter: 10);
    }

    // The 2021 report's blocks with its section 二 (from its heading to section 三's title) taken from the 2019 report.
    private static List<PrintedBlock> Mixed(List<PrintedBlock> report, List<PrintedBlock> old)
    {
        static (int Start, int End) SectionTwo(List<PrintedBlock> blocks) =>
            (blocks.FindIndex(b => b.Text == "二、主动公开政府信息情况"), blocks.FindIndex(b => b.Text?.StartsWith("三、", StringComparison.Ordinal) == true));

        var (start, end) = SectionTwo(report);
        var (oldStart, oldEnd) = SectionTwo(old);
        return [.. report[..start], .. old[oldStart..oldEnd], .. report[end..]];
    }

    private static ImportResult Import(List<PrintedBlock> blocks, string format) => format == "html"
        ? ReportImporter.Import("mixed.html", HtmlWriter.Write(blocks), new ImportOptions("mixed"))
        : ReportImporter.ImportFile(DocxWriter.WriteFile(RepoPaths.NewTempFolder(), "mixed.docx", blocks), new ImportOptions("mixed"));
}
