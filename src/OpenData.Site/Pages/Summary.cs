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
        var unit = view.Unit;
        var text = new StringBuilder();
        var year = Display.Year(last.Year);
        if (last.Number is not { } value)
        {
            text.Append(language.T($"{year}年{label}未填报（空白）。", $"In {year}, {label} was not reported (blank)."));
            return text.ToString();
        }

        text.Append(language.T($"{year}年{label}{Display.Number(value)}{unit}", $"In {year}, {label}: {Display.Number(value)} {unit}"));
        var previous = points.Count > 1 ? points[^2] : null;
        if (previous is null || previous.Year != last.Year - 1)
        {
            text.Append(language.T("；无上年数据可比较。", "; no previous year to compare with."));
        }
        else if (previous.Number is not { } before)
        {
            text.Append(language.T("；上年未填报，无法比较。", "; the previous year was not reported, so there is no comparison."));
        }
        else if (last.IsBreak && last.Comparability == Comparability.None)
        {
            text.Append(language.T("；本年表格版本变更，与上年不可比。", "; the form changed this year and the figures are not comparable."));
        }
        else
        {
            var delta = value - before;
            decimal? percent = before == 0 ? null : Math.Round(delta / before * 100, 1, MidpointRounding.AwayFromZero);
            var pct = percent is { } p ? Math.Abs(p).ToString("0.0", CultureInfo.InvariantCulture) + "%" : null;
            var abs = Display.Number(Math.Abs(delta));
            text.Append(delta switch
            {
                > 0 => language.T($"，较上年（{Display.Number(before)}{unit}）增长{abs}{unit}{(pct is null ? "" : $"（{pct}）")}", $", up {abs} from {Display.Number(before)} the year before{(pct is null ? "" : $" ({pct})")}"),
                < 0 => language.T($"，较上年（{Display.Number(before)}{unit}）减少{abs}{unit}{(pct is null ? "" : $"（{pct}）")}", $", down {abs} from {Display.Number(before)} the year before{(pct is null ? "" : $" ({pct})")}"),
                _ => language.T("，与上年持平", ", the same as the year before"),
            });
            if (last.IsBreak)
            {
                text.Append(language.T($"（表格版本变更，{Display.Comparability(last.Comparability, language)}）", $" (form change, {Display.Comparability(last.Comparability, language)})"));
            }

            text.Append(language.T("。", "."));
        }

        var reported = points.Where(p => p.Number is not null).ToList();
        if (reported.Count > 1)
        {
            var max = reported.MaxBy(p => p.Number)!;
            text.Append(language.T(
                $"{Display.Year(reported[0].Year)}—{year}年间最高为{Display.Year(max.Year)}年的{Display.Number(max.Number)}{unit}。",
                $" Between {Display.Year(reported[0].Year)} and {year} the highest was {Display.Number(max.Number)} in {Display.Year(max.Year)}."));
        }

        return text.ToString();
    }
}
