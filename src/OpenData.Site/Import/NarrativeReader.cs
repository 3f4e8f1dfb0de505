using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Builds the report's narrative from its text lines: sections 一、… with their paragraphs and （一）… sub-sections.</summary>
/// <remarks>
/// Text is kept as published: a sub-section whose heading runs into its first paragraph is split at the first 。, so heading and
/// paragraph together give back the line. Table titles and captions, the report title and everything after 附件 are not narrative.
/// </remarks>
internal static partial class NarrativeReader
{
    public static IReadOnlyList<NarrativeSection> Read(ImportSource source, string? title)
    {
        var sections = new List<Builder>();
        Builder? section = null;
        Builder? sub = null;
        var lines = source.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Row is not null || IsCaption(lines, i) || line.Text == title || Metadata().IsMatch(line.Text) || Labels.Normalize(line.Text).Length == 0)
            {
                continue;
            }

            if (Attachment().IsMatch(line.Text))
            {
                break;
            }

            if (line.Text.Length <= 40 && !line.Text.Contains('。', StringComparison.Ordinal) && SectionHeading().IsMatch(line.Text))
            {
                section = new Builder(line.Text);
                sections.Add(section);
                sub = null;
                continue;
            }

            if (SubHeading().Match(line.Text) is { Success: true } marker)
            {
                var (heading, rest) = SplitHeading(line.Text, marker.Value);
                sub = new Builder(heading);
                if (rest.Length > 0)
                {
                    sub.Paragraphs.Add(rest);
                }

                if (section is null)
                {
                    section = new Builder("");
                    sections.Add(section);
                }

                section.Sections.Add(sub);
                continue;
            }

            if (section is null)
            {
                section = new Builder("");
                sections.Add(section);
            }

            (sub ?? section).Paragraphs.Add(line.Text);
        }

        return [.. sections.Where(s => !s.IsEmpty).Select(s => s.Build())];
    }

    // A heading runs until 方面, a full stop or a colon (whichever comes first within 40 characters), with the punctuation
    // and spaces that follow it; otherwise only the marker （一） is the heading.
    private static (string Heading, string Remainder) SplitHeading(string text, string marker)
    {
        if (text.Length <= 30 && !text.Contains('。', StringComparison.Ordinal))
        {
            return (text, "");
        }

        var ends = new[] { ("方面", 2), ("。", 1), ("：", 1), (":", 1) }
            .Select(d => (Index: text.IndexOf(d.Item1, marker.Length, StringComparison.Ordinal), Length: d.Item2))
            .Where(d => d.Index > 0 && d.Index < 40)
            .Select(d => d.Index + d.Length)
            .DefaultIfEmpty(marker.Length)
            .Min();
        while (ends < text.Length && text[ends] is '。' or '：' or ':' or ' ' or '\u3000')
        {
            ends++;
        }

        return (text[..ends].TrimEnd(), text[ends..]);
    }

    // 第二十条第（一）项 titles and bracketed notes printed against a table belong to the table, not the text.
    private static bool IsCaption(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = lines[i].Text;
        if (text.StartsWith("第二十条第", StringComparison.Ordinal))
        {
            return true;
        }

        var bracketed = (text.StartsWith('（') || text.StartsWith('(')) && (text.EndsWith('）') || text.EndsWith(')'));
        return bracketed && (i > 0 && lines[i - 1].Row is not null || i + 1 < lines.Count && lines[i + 1].Row is not null);
    }

    private sealed class Builder(string title)
    {
        public string Title { get; } = title;

        public List<string> Paragraphs { get; } = [];

        public List<Builder> Sections { get; } = [];

        public bool IsEmpty => Paragraphs.Count == 0 && Sections.Count == 0;

        public NarrativeSection Build() => new(Title, Paragraphs, Sections.Count == 0 ? null : [.. Sections.Select(s => s.Build())]);
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}[、.．]", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^附件[:：]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();

    [GeneratedRegex(@"^(发布日期|发布时间|来源|时间)[:：\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Metadata();
}
