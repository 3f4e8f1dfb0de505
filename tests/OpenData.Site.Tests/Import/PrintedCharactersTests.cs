using System.Text;
using System.Text.Json;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>PDFs whose fonts give Kangxi radicals or other stand-ins for ordinary characters (⼯作 for 工作), text copied from
/// them, and pages with invisible characters inside words and numbers: read as the characters printed, with a note, whatever
/// the format.</summary>
public sealed class PrintedCharactersTests
{
    // Every character with a Kangxi radical that NFKC reads as it, and a few of the radicals supplement, as such a font maps them.
    private static readonly Dictionary<char, char> StandIns = BuildStandIns();

    public static TheoryData<string> SampleNames => Samples.Names;

    [Fact]
    public void A_pdf_whose_fonts_map_characters_to_radicals_reads_as_the_pdf_that_maps_them_to_the_characters()
    {
        var options = new ImportOptions("pingtan");

        var plain = ReportImporter.ImportFile(Samples.FixturePath("relayout/pingtan-2022-ruled-10.pdf"), options);
        var radicals = ReportImporter.ImportFile(Samples.FixturePath("relayout/pingtan-2022-ruled-10-radicals.pdf"), options);

        Assert.False(radicals.Failed, string.Join("\n", radicals.Findings));
        Assert.Equal(plain.Report!.Values, radicals.Report!.Values);
        Assert.Equal((plain.Report.Year, plain.Report.Title), (radicals.Report.Year, radicals.Report.Title));
        Assert.Equal("平潭综合实验区2022年政府信息公开工作年度报告", radicals.Report.Title);
        Assert.Equal(plain.AgencyName, radicals.AgencyName);
        Assert.Equal(JsonSerializer.Serialize(plain.Report.Narrative), JsonSerializer.Serialize(radicals.Report.Narrative));
        var note = Assert.Single(radicals.Findings, f => f.Rule == "D-CHARS");
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("⼯→工", note.MessageZh, StringComparison.Ordinal);
        Assert.Contains("⻅→见", note.MessageZh, StringComparison.Ordinal);
        Assert.Equal(plain.Findings.Select(f => f.MessageEn), radicals.Findings.Where(f => f.Rule != "D-CHARS").Select(f => f.MessageEn));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_report_copied_from_such_a_pdf_reads_as_the_report(string name)
    {
        var (id, agencyName) = Samples.Agencies[name];
        var options = new ImportOptions(id, agencyName);
        var text = File.ReadAllText(Samples.PathOf(name));
        var copied = new string([.. text.Select(c => StandIns.GetValueOrDefault(c, c))]);
        Assert.NotEqual(text, copied);

        var published = ReportImporter.Import(name, text, options);
        var read = ReportImporter.Import(name, copied, options);

        Assert.False(read.Failed, string.Join("\n", read.Findings));
        Assert.Equal(published.Report!.Values, read.Report!.Values);
        Assert.Equal((published.Report.Year, published.Report.Title, published.AgencyName), (read.Report.Year, read.Report.Title, read.AgencyName));
        Assert.Equal(JsonSerializer.Serialize(published.Report.Provenance), JsonSerializer.Serialize(read.Report.Provenance));
        Assert.Equal(JsonSerializer.Serialize(published.Report.Narrative), JsonSerializer.Serialize(read.Report.Narrative));
        Assert.Equal(JsonSerializer.Serialize(published.Report.ImportFindings), JsonSerializer.Serialize(read.Report.ImportFindings));
        Assert.Contains(read.Findings, f => f.Rule == "D-CHARS");
    }

    [Fact]
    public void A_page_with_invisible_characters_inside_its_labels_and_numbers_reads_as_the_page()
    {
        var page = File.ReadAllText(Samples.FixturePath("shanghai-2019.html"));
        var marked = page.Replace("一、本年新收政府信息公开申请数量", "一、本年新收\u200B政府信息公开申请数量\uFEFF", StringComparison.Ordinal)
            .Replace(">821<", ">&#8203;821\u200B<", StringComparison.Ordinal);
        Assert.NotEqual(page, marked);
        var options = new ImportOptions("shanghai-gov-office");

        var published = ReportImporter.Import("shanghai-2019.html", page, options);
        var read = ReportImporter.Import("shanghai-2019.html", marked, options);

        Assert.Equal(821m, read.Report!.Number("s3.new.nat"));
        Assert.Equal(published.Report!.Values, read.Report.Values);
        Assert.Null(read.Report.ImportFindings);
        var note = Assert.Single(read.Findings, f => f.Rule == "D-CHARS");
        Assert.Equal("the text holds invisible format characters (U+200B, U+FEFF); they were dropped", note.MessageEn);
    }

    [Fact]
    public void Only_stand_ins_and_invisible_characters_are_read_otherwise_and_punctuation_digits_and_letters_stay_as_printed()
    {
        var printed = new PrintedCharacters();

        // ⾏ a Kangxi radical, ⻓ from the radicals supplement, U+F967 a compatibility ideograph (不), U+2FA1D a supplementary
        // one, U+00AD a soft hyphen.
        var text = printed.Read("⾏政（⻓期）：１２，ＡＢ\uF967\U0002FA1D。1\u00AD2");

        Assert.Equal("行政（长期）：１２，ＡＢ不\U0002A600。12", text);
        Assert.Equal(["⻓→长", "⾏→行", "\U0002FA1D→\U0002A600", "\uF967→不"], printed.Replaced);
        Assert.Equal(["U+00AD"], printed.Dropped);
        Assert.Same("已按所印汉字读取", printed.Read("已按所印汉字读取"));
    }

    private static Dictionary<char, char> BuildStandIns()
    {
        var standIns = new Dictionary<char, char>();
        for (var radical = '\u2F00'; radical <= '\u2FD5'; radical++)
        {
            var character = radical.ToString().Normalize(NormalizationForm.FormKC);
            if (character.Length == 1)
            {
                standIns.TryAdd(character[0], radical);
            }
        }

        foreach (var (character, radical) in new[] { ('长', '⻓'), ('门', '⻔'), ('见', '⻅'), ('页', '⻚'), ('车', '⻋'), ('马', '⻢') })
        {
            standIns[character] = radical;
        }

        return standIns;
    }
}
