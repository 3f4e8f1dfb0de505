using System.Text.RegularExpressions;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>
/// Pages that hide stray characters inside their text and figures (a span a browser does not show), so that a copy differs
/// from the page: read as a browser shows them, with a note. Read with the hidden text, 12 would be 172.
/// </summary>
public sealed partial class HiddenTextTests
{
    public static TheoryData<string> Hiding => new()
    {
        "<span style=\"display:none\">7</span>",
        "<span style=\"DISPLAY: none;\">7</span>",
        "<font style=\"visibility:hidden\">7</font>",
        "<span style=\"font-size:0px\">7</span>",
        "<span hidden>7</span>",
        "<span class=\"x-3\">7</span>",
        "<i id=\"w9\">7</i>",
        "<script>document.write('')</script>",
    };

    [Theory]
    [MemberData(nameof(Hiding))]
    public void A_real_page_with_characters_hidden_inside_its_figures_and_labels_reads_as_the_page_shows(string hidden)
    {
        var page = File.ReadAllText(Samples.FixturePath("pingtan-2025.html"));
        var expected = ReportImporter.Import("page.html", page, new ImportOptions("fixture")).Report!;

        // The page's style sheet hides .x-3 and #w9 on screen; a print-only rule hides nothing on screen.
        var styled = page.Replace("</head>", "<style>/* site */ .x-3, .other { display: none } #w9{visibility:hidden} @media print { .shown { display:none } }</style></head>", StringComparison.Ordinal);
        var salted = Figures().Replace(styled, m => $"<td>{m.Groups[1].Value[..1]}{hidden}{m.Groups[1].Value[1..]}</td>");
        salted = salted.Replace("<td>行政许可</td>", $"<td>行政{hidden}许可 <span class=\"shown\">（示例）</span></td>", StringComparison.Ordinal);
        Assert.NotEqual(styled, salted);

        var result = ReportImporter.Import("page.html", salted, new ImportOptions("fixture"));

        Assert.False(result.Failed, string.Join("\n", result.Findings));
        Assert.Equal(expected.Values, result.Report!.Values);
        if (!hidden.StartsWith("<script", StringComparison.Ordinal))
        {
            var note = Assert.Single(result.Findings, f => f.Rule == "D-HIDDEN");
            Assert.Equal(Severity.Info, note.Severity);
            Assert.Contains("隐藏的文字", note.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_whose_article_a_script_shows_is_read_all_the_same()
    {
        // The article is hidden until a script shows it (展开全文), as some sites do; a browser shows it, so it is read.
        var page = File.ReadAllText(Samples.FixturePath("pingtan-2025.html"));
        var expected = ReportImporter.Import("page.html", page, new ImportOptions("fixture")).Report!;
        var folded = page.Replace("<body>", "<body><div id=\"article\" style=\"display:none\">", StringComparison.Ordinal)
            .Replace("</body>", "</div><script>document.getElementById('article').style.display='block'</script></body>", StringComparison.Ordinal);
        Assert.NotEqual(page, folded);

        var result = ReportImporter.Import("page.html", folded, new ImportOptions("fixture"));

        Assert.Equal(expected.Values, result.Report!.Values);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "D-HIDDEN");
    }

    // A cell holding a figure of two or more digits.
    [GeneratedRegex(@"<td>(\d{2,})</td>")]
    private static partial Regex Figures();
}
