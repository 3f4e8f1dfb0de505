using System.Globalization;

namespace OpenData.Site;

/// <summary>A report's trace of changes as pages and the feed tell it: when it was published, and each correction made to
/// its data file since (the cell by its printed label, the date, the reason, the value before and after).</summary>
internal static class ReportTrace
{
    /// <summary>A date as pages and the feed write it (ISO 8601, the same in both languages).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The corrections, oldest first (ties in the order of the file), so a page and the feed list them alike.</summary>
    public static IReadOnlyList<Correction> Corrections(Report report) => [.. report.Corrections.OrderBy(c => c.Date)];

    /// <summary>The date of the last correction, or <see langword="null"/> when the data file was never corrected.</summary>
    public static DateOnly? LastCorrected(Report report) => report.Corrections.Count == 0 ? null : report.Corrections.Max(c => c.Date);

    /// <summary>The cell a correction changed, by its label on the form in the page's language (the code when the form has
    /// no such cell), or <see langword="null"/> for a correction that is not about one value.</summary>
    public static string? CellLabel(Report report, Correction correction, Language language) =>
        correction.Code is not { } code ? null : report.FormDefinition?.Find(code) is { } cell ? FormText.Label(cell, language) : code;

    /// <summary>The language of a text the data holds as written (a correction's reason): <c>zh-CN</c> on an English page
    /// when it has Chinese characters, so it is read as Chinese; otherwise <see langword="null"/> (the page's language).</summary>
    public static string? LangOf(string text, Language page) =>
        page.IsEnglish && text.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? Language.Chinese.Code : null;

    /// <summary>A value before or after a correction: as written, “—” for a blank (not reported, never 0).</summary>
    public static string Value(string? value) => string.IsNullOrWhiteSpace(value) ? Display.Blank : value.Trim();

    /// <summary>What a correction changed, in a phrase: “{label}：3 → 5”, or the label alone when no value is recorded.</summary>
    public static string? Change(Report report, Correction correction, Language language)
    {
        var label = CellLabel(report, correction, language);
        if (correction.Before is null && correction.After is null)
        {
            return label;
        }

        var values = $"{Value(correction.Before)} → {Value(correction.After)}";
        return label is null ? values : language.T($"{label}：{values}", $"{label}: {values}");
    }

    /// <summary>The feed's word on a corrected report: how many corrections, and the last one (what, when, why).</summary>
    public static string FeedNote(Report report)
    {
        var all = Corrections(report);
        if (all.Count == 0)
        {
            return "";
        }

        var last = all[^1];
        var change = Change(report, last, Language.Chinese);
        return $"数据已更正 {all.Count} 处，最近一次 {Date(last.Date)}：{(change is null ? "" : change + "，")}{last.Description.Trim().TrimEnd('。', '.')}。";
    }
}
