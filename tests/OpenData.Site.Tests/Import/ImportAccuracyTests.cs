using System.Globalization;
using OpenData.Site.Import;
using Xunit.Abstractions;

namespace OpenData.Site.Tests.Import;

/// <summary>
/// Every real sample in every format it is kept in (text, crawled text without cell separators, Word, PDF) against the cells
/// of its clean text copy: how many printed cells are read right, how many are left blank as unsure, and how many are wrong.
/// A wrong cell is a number other than the printed one, or a number where the report printed none; there must be none.
/// </summary>
public sealed class ImportAccuracyTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Copies()
    {
        var copies = new TheoryData<string, string>();
        foreach (var name in Samples.Agencies.Keys)
        {
            var stem = Path.GetFileNameWithoutExtension(name);
            foreach (var copy in new[] { $"raw/{name}", $"files/{stem}.docx", $"files/{stem}.pdf" })
            {
                if (File.Exists(Samples.PathOf(copy)))
                {
                    copies.Add(name, copy);
                }
            }
        }

        return copies;
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public void Each_copy_of_a_real_report_reads_its_printed_cells_right_or_leaves_them_blank_and_never_wrong(string clean, string copy)
    {
        var expected = Samples.ImportReport(clean);
        var (id, agencyName) = Samples.Agencies[clean];

        var result = ReportImporter.ImportFile(Samples.PathOf(copy), new ImportOptions(id, agencyName));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        var score = Score(expected, result.Report!);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{copy}: {score.Printed} printed cells, {score.Right} right ({100.0 * score.Right / score.Printed:0.0} %), {score.Unsure} blank as unsure, {score.Wrong.Count} wrong"));
        Assert.True(score.Wrong.Count == 0, "wrong cells: " + string.Join(", ", score.Wrong));
        Assert.True(score.Right >= 0.95 * score.Printed, $"{score.Right} of {score.Printed} printed cells read right");
    }

    private static (int Printed, int Right, int Unsure, List<string> Wrong) Score(Report expected, Report actual)
    {
        var unsure = (actual.ImportFindings ?? []).SelectMany(f => f.Codes.Count > 0 ? f.Codes : f.Code is null ? [] : [f.Code]).ToHashSet(StringComparer.Ordinal);
        var printed = 0;
        var right = 0;
        var blank = 0;
        var wrong = new List<string>();
        foreach (var (code, value) in expected.Values)
        {
            var read = actual.Value(code);
            printed += value.IsBlank ? 0 : 1;
            if (read.Number == value.Number)
            {
                right += value.IsBlank ? 0 : 1;
            }
            else if (read.IsBlank && unsure.Contains(code))
            {
                blank++;
            }
            else
            {
                wrong.Add($"{code}: printed {value}, read {read}");
            }
        }

        return (printed, right, blank, wrong);
    }
}
