using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Where agency and year come from when the title does not give them: the 编制 sentence and the file name.</summary>
internal static partial class SourceHints
{
    /// <summary>The agency named in a sentence such as “本报告由上高县人民政府办公室编制”, or <see langword="null"/>.</summary>
    public static string? CompiledBy(ImportSource source) =>
        source.Lines.Where(l => l.Row is null).Select(l => CompiledBySentence().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["agency"].Value;

    /// <summary>The report year a file name gives (<c>2021年报.pdf</c>, <c>pingtan-2022.docx</c>), when it names exactly one year.</summary>
    public static int? YearOf(string file)
    {
        var years = FileYear().Matches(Path.GetFileNameWithoutExtension(file)).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    [GeneratedRegex(@"本(?:年度)?报告由(?<agency>[\p{IsCJKUnifiedIdeographs}（）()]{2,40}?)(?:负责)?编制", RegexOptions.CultureInvariant)]
    private static partial Regex CompiledBySentence();

    [GeneratedRegex(@"(?<!\d)20[0-4]\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FileYear();
}
