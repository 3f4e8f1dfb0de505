using System.Text.RegularExpressions;

namespace OpenData.Site.Tests.FormModel;

/// <summary>
/// What differs between forms is in the form model (<see cref="Form"/>, <see cref="FormTable"/>, <see cref="Indicator"/>):
/// the pages, the importer and the exports name no form and test no section number, so a new form needs no change there.
/// </summary>
public sealed partial class FormsAsDataTests
{
    private static readonly string[] Folders = ["Pages", "Import", "Exports"];

    public static TheoryData<string> Files() => [.. SourceFiles()];

    private static List<string> SourceFiles() =>
        [.. Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "OpenData.Site", f), "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_scan_sees_the_folders()
    {
        Assert.True(SourceFiles().Count > 20);
        Assert.Contains(SourceFiles(), f => f.EndsWith("Pages/ReportPage.razor", StringComparison.Ordinal));
        Assert.Contains(SourceFiles(), f => f.EndsWith("Import/TableMapper.cs", StringComparison.Ordinal));
        Assert.Contains(SourceFiles(), f => f.EndsWith("Exports/XlsxExport.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_form_id_or_section_test_in(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));

        Assert.DoesNotMatch(FormId(), text);
        Assert.DoesNotMatch(SectionTest(), text);
    }

    [Theory]
    [InlineData("if (form.Id == Forms.National2014Id)")]
    [InlineData("var old = form.Id == \"national-2014\";")]
    [InlineData("table.Section == \"三\" ? \"项目\" : \"统计指标\"")]
    [InlineData("if (indicator.Section != \"三\")")]
    [InlineData("\"四\" == t.Section")]
    [InlineData("section switch { \"二\" => \"二、主动公开政府信息情况\", _ => section }")]
    [InlineData("part.Key is \"二\"")]
    public void The_scan_finds_what_it_forbids(string line) =>
        Assert.True(FormId().IsMatch(line) || SectionTest().IsMatch(line), line);

    // A form id constant or literal.
    [GeneratedRegex(@"National20\d\dId|""national-20\d\d""")]
    private static partial Regex FormId();

    // A section (一 … 九) compared to a literal: Section == "三", "四" == x.Section, a switch on "二", part.Key is "二".
    [GeneratedRegex(@"Section\s*[!=]=\s*""[一二三四五六七八九]""|""[一二三四五六七八九]""\s*[!=]=|""[一二三四五六七八九]""\s*=>|\bis\s+""[一二三四五六七八九]""")]
    private static partial Regex SectionTest();
}
