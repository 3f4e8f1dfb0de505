using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>What a source says about itself: title, agency name, report year, source address, publication date and notes.</summary>
/// <remarks>Notes of a text copy (<c># agency:</c>, <c># report year:</c>, <c># 原文链接:</c>) win over what the text implies.</remarks>
internal sealed partial record ReportFacts(string? Title, string? AgencyName, int? Year, string? SourceUrl, DateOnly? PublishedOn, IReadOnlyList<string> Notes)
{
    private static readonly string[] KeyedNotes = ["agency:", "report year:", "原文链接:", "原文链接："];

    public static ReportFacts From(ImportSource source)
    {
        string? Note(string key) => source.Notes.Select(n => n.Text).FirstOrDefault(n => n.StartsWith(key, StringComparison.Ordinal))?[key.Length..].Trim();

        // A PDF's text puts spaces between Chinese and numbers (2019 年…报告, 统计时限为 2022 年 1 月 1 日). A row of one
        // text in a table counts (a report laid out in a sheet has its title in the table's first row).
        // A year may be printed in Chinese numerals (二〇二三年, 二零二三年).
        var texts = source.Lines.Where(l => l.Row is null || l.Row.Cells.Count == 0).Select(l => ChineseYear().Replace(Labels.Unspaced(l.Text), Digits)).ToList();
        // A crawl's copy starts with its page's fields (标题: …, 发布时间: …, 原文链接: …).
        var title = texts.TakeWhile(t => !FirstSection().IsMatch(t))
            .Select(t => CrawlField().Match(t) is { Success: true } field && field.Groups["name"].Value == "标题" ? field.Groups["value"].Value.Trim() : t)
            .FirstOrDefault(t => t.Length <= 80 && (t.Contains("年度报告", StringComparison.Ordinal) || t.Contains("工作报告", StringComparison.Ordinal)) && !t.Contains('。', StringComparison.Ordinal));

        var agency = Note("agency:");
        int? year = int.TryParse(Note("report year:"), NumberStyles.None, CultureInfo.InvariantCulture, out var noted) ? noted : null;
        // 福州市财政局2023年政府信息公开工作年度报告, 2023年福州市财政局…, 福州市财政局关于2023年…的年度报告, 福州市财政局政府
        // 信息公开工作2023年度报告; 政务公开 for 政府信息公开.
        var parts = title is null ? null : new[] { TitleParts(), YearAfterTitle() }.Select(r => r.Match(title)).FirstOrDefault(m => m.Success);
        if (parts is not null)
        {
            var before = AboutSuffix().Replace(parts.Groups["before"].Value, "");
            agency ??= before.Length > 0 ? before : parts.Groups["after"].Value;
            year ??= int.Parse(parts.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        year ??= texts.Select(t => Period().Match(t)).FirstOrDefault(m => m.Success) is { } period
            ? int.Parse(period.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;

        var url = Note("原文链接:") ?? Note("原文链接：")
            ?? texts.TakeWhile(t => !FirstSection().IsMatch(t)).Select(t => CrawlField().Match(t)).FirstOrDefault(m => m.Success && m.Groups["name"].Value == "原文链接")?.Groups["value"].Value.Trim();
        var published = source.Notes.Select(n => n.Text).Concat(texts).Select(t => Published().Match(t)).FirstOrDefault(m => m.Success) is { } date
            && DateOnly.TryParseExact(date.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
            ? on
            : (DateOnly?)null;
        var notes = source.Notes.Select(n => n.Text).Where(n => n.Length > 0 && !KeyedNotes.Any(k => n.StartsWith(k, StringComparison.Ordinal))).ToList();
        return new ReportFacts(title, string.IsNullOrWhiteSpace(agency) ? null : agency, year, url, published, notes);
    }

    [GeneratedRegex(@"^(?<name>标题|原文链接|发布时间|发布机构)[:：]\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CrawlField();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}[、.．]", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSection();

    [GeneratedRegex(@"^(?<before>.*?)(?<!\d)(?<year>20\d\d)年度?(?<after>[^\d]*?)(?:政府信息公开|政务公开)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleParts();

    [GeneratedRegex(@"^(?<before>.*?)(?:政府信息公开|政务公开)(?:工作)?(?<year>20\d\d)年度?(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfterTitle();

    // 关于 after the agency's name (福州市财政局关于2023年…的年度报告), with what a copy left around it.
    [GeneratedRegex(@"[\s　]*关于[\s　]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutSuffix();

    [GeneratedRegex(@"二[〇零○][一二三四五六七八九〇零○]{2}(?=年)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseYear();

    private static string Digits(Match year) => string.Concat(year.Value.Select(c => c switch
    {
        '〇' or '零' or '○' => '0',
        _ => (char)('0' + "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal)),
    }));

    [GeneratedRegex(@"(?:统计期限|统计时限|统计期)[^0-9]{0,6}(?<year>20\d\d)年1月1日|(?<year>20\d\d)年1月1日起", RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    [GeneratedRegex(@"(?:发布日期|发布时间|时间)[:：\s]*(?<date>\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Published();
}
