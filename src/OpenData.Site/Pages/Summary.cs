using System.Globalization;
using System.Text;

namespace OpenData.Site;

/// <summary>Writes the plain-language sentence under an indicator chart, e.g. 2025年本年新收申请154件，较上年增长…</summary>
internal static class Summary
{
    public static string Describe(IndicatorView view, Language language)
    {
        var points = view.Series;
        if (points.Count == 0)
        {
            return language.T("暂无数据。", "No data.");
        }

        var last = points[^1];
        var label = view.ShortLabel(language);
        var unit = view.UnitIn(language);
        var text = new StringBuilder();
        var year = Display.Year(last.Year);
        if (last.Value.Known is not { } value)
        {
            text.Append(language.T($"{year}年{label}未填报（空白）。", $"In {year}, {label} was not reported (blank)."));
            return text.ToString();
        }

        // A partial value (some of the cells it sums blank) is a lower bound, said as such: never a plain number.
        var isPartial = last.Value.IsPartial;
        text.Append(isPartial
            ? language.T($"{year}年{label}至少{Display.Number(value)}{unit}（{Display.PartialNote(last.Value, language)}）", $"In {year}, {label}: at least {Display.Number(value)} {unit} ({Display.PartialNote(last.Value, language)})")
            : language.T($"{year}年{label}{Display.Number(value)}{unit}", $"In {year}, {label}: {Display.Number(value)} {unit}"));

        // A value a finding is attached to is said as published, with the rules it breaks, wherever the sentence names it.
        text.Append(Display.AsPublished(view.FindingsIn(last.Year), language));
        var previous = points.Count > 1 ? points[^2] : null;
        if (previous is null || previous.Year != last.Year - 1)
        {
            text.Append(language.T("；无上年数据可比较。", "; no previous year to compare with."));
        }
        else if (previous.Value.IsBlank)
        {
            text.Append(language.T("；上年未填报，无法比较。", "; the previous year was not reported, so there is no comparison."));
        }
        else if (previous.Value.IsPartial)
        {
            var note = Display.PartialNote(previous.Value, language);
            text.Append(language.T($"；上年至少{Display.Number(previous.Value.Known)}{unit}（{note}）{Display.AsPublished(view.FindingsIn(previous.Year), language)}，无法比较。", $"; the previous year was at least {Display.Number(previous.Value.Known)} ({note}){Display.AsPublished(view.FindingsIn(previous.Year), language)}, so there is no comparison."));
        }
        else if (last.IsBreak && last.Comparability == Comparability.None)
        {
            text.Append(language.T("；本年表格版本变更，与上年不可比。", "; the form changed this year and the figures are not comparable."));
        }
        else
        {
            var before = previous.Value.Known!.Value;
            var delta = DerivedValue.Difference(last.Value, previous.Value).Known!.Value;
            var percent = DerivedValue.PercentChange(last.Value, previous.Value).Exact;
            var pct = percent is { } p ? Math.Abs(p).ToString("0.0", CultureInfo.InvariantCulture) + "%" : null;
            var abs = Display.Number(Math.Abs(delta));
            var flaggedBefore = Display.AsPublished(view.FindingsIn(previous.Year), language);
            text.Append((delta, isPartial) switch
            {
                // The blank cells can only add to a partial value: a rise is at least what the reported cells show, and
                // anything else cannot be told.
                ( > 0, true) => language.T($"，较上年（{Display.Number(before)}{unit}{flaggedBefore}）至少增长{abs}{unit}", $", up at least {abs} from {Display.Number(before)}{flaggedBefore} the year before"),
                (_, true) => language.T($"；因有未填报项，无法与上年（{Display.Number(before)}{unit}{flaggedBefore}）比较", $"; with parts not reported it cannot be compared with {Display.Number(before)}{flaggedBefore} the year before"),
                ( > 0, _) => language.T($"，较上年（{Display.Number(before)}{unit}{flaggedBefore}）增长{abs}{unit}{(pct is null ? "" : $"（{pct}）")}", $", up {abs} from {Display.Number(before)}{flaggedBefore} the year before{(pct is null ? "" : $" ({pct})")}"),
                ( < 0, _) => language.T($"，较上年（{Display.Number(before)}{unit}{flaggedBefore}）减少{abs}{unit}{(pct is null ? "" : $"（{pct}）")}", $", down {abs} from {Display.Number(before)}{flaggedBefore} the year before{(pct is null ? "" : $" ({pct})")}"),
                _ => language.T("，与上年持平", ", the same as the year before"),
            });
            if (last.IsBreak)
            {
                text.Append(language.T($"（表格版本变更，{Display.Comparability(last.Comparability, language)}）", $" (form change, {Display.Comparability(last.Comparability, language)})"));
            }

            text.Append(language.T("。", "."));
        }

        // The highest of the exact values; a partial year may hold more, so the sentence says it left those out.
        var reported = points.Where(p => p.Number is not null).ToList();
        if (reported.Count > 1)
        {
            var max = reported.MaxBy(p => p.Number)!;
            var partialYears = points.Count(p => p.Value.IsPartial);
            text.Append(language.T(
                $"{Display.Year(reported[0].Year)}—{year}年间最高为{Display.Year(max.Year)}年的{Display.Number(max.Number)}{unit}{Display.AsPublished(view.FindingsIn(max.Year), language)}{(partialYears > 0 ? $"（不含{partialYears}个有未填报项的年份）" : "")}。",
                $" Between {Display.Year(reported[0].Year)} and {year} the highest was {Display.Number(max.Number)}{Display.AsPublished(view.FindingsIn(max.Year), language)} in {Display.Year(max.Year)}{(partialYears > 0 ? $" (leaving out {partialYears} {(partialYears == 1 ? "year" : "years")} with parts not reported)" : "")}."));
        }

        return text.ToString();
    }
}
