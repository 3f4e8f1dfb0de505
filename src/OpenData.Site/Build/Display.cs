using System.Globalization;

namespace OpenData.Site;

/// <summary>How numbers are shown on pages: as published, blanks as “—” (never 0), changes with a sign.</summary>
internal static class Display
{
    public const string Blank = "—";

    public static string Number(decimal? number) => number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Blank;

    public static string Value(ReportValue value) => value.Number is null ? Blank : value.Raw ?? Number(value.Number);

    public static string Delta(decimal? delta) => delta switch
    {
        null => "",
        > 0 => "+" + delta.Value.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-delta.Value).ToString(CultureInfo.InvariantCulture),
        _ => "±0",
    };

    public static string Percent(decimal? percent) => percent switch
    {
        null => "",
        > 0 => "+" + percent.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%",
        < 0 => "−" + (-percent.Value).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        _ => "0.0%",
    };

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string Comparability(Comparability comparability, Language language) => comparability switch
    {
        OpenData.Comparability.Same => language.T("同一指标", "same indicator"),
        OpenData.Comparability.Good => language.T("可比性好", "good comparability"),
        OpenData.Comparability.Fair => language.T("大致可比", "fair comparability"),
        OpenData.Comparability.Poor => language.T("可比性差", "poor comparability"),
        _ => language.T("不可比", "not comparable"),
    };

    public static string Severity(Severity severity, Language language) => severity switch
    {
        OpenData.Severity.Error => language.T("错误", "error"),
        OpenData.Severity.Warning => language.T("警告", "warning"),
        _ => language.T("提示", "note"),
    };
}
