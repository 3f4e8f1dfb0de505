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
        var lines = Unrun(source.Lines).Select(l => l.Row is { } row && IsTextRow(row) ? new SourceLine(l.Number, row.Label) { Page = l.Page } : l).ToList();
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

            if (IsSectionHeading(line.Text))
            {
                section = new Builder(line.Text);
                sections.Add(section);
                sub = null;
                continue;
            }

            // A scrap of a table's heading printed apart from its table (a PDF prints section 四's merged headings a few
            // characters a line: 行政诉讼) is not text: under the headings of the form's tables, text is a sentence.
            if (section is not null && TableSection().IsMatch(section.Title) && line.Text.Length < 20 && !SubHeading().IsMatch(line.Text) && line.Text.IndexOfAny(['。', '，', '；', '：', ',', ';', ':']) < 0)
            {
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

    // A crawl's copy runs the whole report together on one line: it is cut again before each section heading the forms
    // prescribe and before each （一） that follows a sentence; sections 二–四, which the 2019 and 2021 forms fill with
    // tables, are left out when their text is the tables' (their digits run together, read by FlatTables).
    private static List<SourceLine> Unrun(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Row is not null || line.Text.Length < 200 || RunHeading().Count(line.Text) < 2)
            {
                result.Add(line);
                continue;
            }

            var cuts = RunHeading().Matches(line.Text).SelectMany(m => new[] { m.Index, m.Index + m.Length })
                .Concat(RunSubHeading().Matches(line.Text).Select(m => m.Index + 1))
                .Where(c => c > 0 && c < line.Text.Length).Distinct().Order().ToList();
            var start = 0;
            var inTables = false;
            foreach (var end in cuts.Append(line.Text.Length))
            {
                var part = line.Text[start..end].Trim();
                start = end;
                if (RunHeading().Match(part) is { Success: true, Length: var length } heading && length == part.Length)
                {
                    inTables = TableSection().IsMatch(part);
                }
                else if (inTables && AsciiDigits().Count(part) >= 20)
                {
                    continue;
                }

                if (part.Length > 0 && !(inTables && RunHeading().IsMatch(part)))
                {
                    result.Add(line with { Text = part });
                }
            }
        }

        return result;
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

    private static bool IsSectionHeading(string text) =>
        text.Length <= 40 && !text.Contains('。', StringComparison.Ordinal) && SectionHeading().IsMatch(text);

    // A report laid out in a spreadsheet (saved as a page, pasted into Word) keeps its text in rows of the one table the
    // sheet makes: a section heading across the table's width, or a sentence with no value beside it, is narrative. Any
    // other text-only row (a sub-table's caption; 四、结转下年度继续办理 with its cells left blank) belongs to the table.
    private static bool IsTextRow(SourceRow row) =>
        row.Cells.Count == 0 && IsSectionHeading(row.Label)
        || row.Cells.All(c => c.Length == 0) && row.Label.Contains('。', StringComparison.Ordinal);

    // 第二十条第（一）项 titles and bracketed notes printed against a table belong to the table, not the text.
    private static bool IsCaption(List<SourceLine> lines, int i)
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

    [GeneratedRegex(@"[一二三四五六七]、(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|因政府信息公开申请行政复议、提起行政诉讼的情况|政府信息公开工作存在的主要问题及改进情况|存在的主要问题及改进情况|其他需要报告的事项)", RegexOptions.CultureInvariant)]
    private static partial Regex RunHeading();

    [GeneratedRegex(@"[。；：][（(][一二三四五六七八九十]{1,2}[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex RunSubHeading();

    [GeneratedRegex(@"^[二三四]、(?:主动公开|收到和处理|政府信息公开行政复议|因政府信息公开申请)", RegexOptions.CultureInvariant)]
    private static partial Regex TableSection();

    [GeneratedRegex(@"[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiDigits();

    // 附件 alone, or the caption of an attached table: 附表：2016年政府信息公开工作情况统计表, 附件1：政府信息公开情况统计表.
    [GeneratedRegex(@"^附[件表]\s*[0-9１-９一二三]?\s*(?:[:：]\s*)?(?:\S{0,40}(?:统计表|情况表))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();

    [GeneratedRegex(@"^(发布日期|发布时间|来源|时间|标题|文号|发布机构|栏目|原文链接|本地目录|页面链接)[:：\s]|^=+\s*正文\s*=+$|^页面链接与图片详见", RegexOptions.CultureInvariant)]
    private static partial Regex Metadata();
}
