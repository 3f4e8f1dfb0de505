using System.Globalization;

namespace OpenData.Site;

/// <summary>How numbers are shown on pages: as published, blanks as “—” (never 0), changes with a sign.</summary>
internal static class Display
{
    public const string Blank = "—";

    // The texts of the whole numbers most cells hold, and of the years reports are of, made once: a page shows hundreds.
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    private static readonly string[] Years = [.. Enumerable.Range(2000, 100).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public static string Number(decimal? number) => number is not { } n ? Blank
        // Scale 0 and no sign: written as the integer is (a published 5.0 keeps its “.0”, a −0 its sign).
        : n.Scale == 0 && !decimal.IsNegative(n) && n < SmallNumbers.Length ? SmallNumbers[(int)n]
        : n.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>A value worked out from cells (a concept's sum, a rate): exact as a number, blank as “—”, and partial — some
    /// of its cells blank — never as a plain number: “≥ 8（1 项未填报）”, or “—（1 项未填报）” when no lower bound follows.</summary>
    public static string Number(DerivedValue value, Language language) => Marked(value, Number(value.Known), language);

    /// <summary>A rate in percent (see <see cref="Number(DerivedValue, Language)"/>): “35.0%”, “≥ 35.0%（1 项未填报）”, “—”.</summary>
    public static string Rate(DerivedValue rate, Language language) =>
        Marked(rate, rate.Known is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : Blank, language);

    /// <summary>A change worked out from derived values: as <see cref="Delta(decimal?)"/>, “≥ +6” when it is a lower bound,
    /// “—” when a partial value leaves no number (the values beside it carry the note).</summary>
    public static string Delta(DerivedValue delta) => Bounded(delta, Delta(delta.Known));

    /// <summary>A change in percent worked out from derived values (see <see cref="Delta(DerivedValue)"/>).</summary>
    public static string Percent(DerivedValue percent) => Bounded(percent, Percent(percent.Known));

    /// <summary>How many cells of a partial value were not reported, in the page's language.</summary>
    public static string PartialNote(DerivedValue value, Language language) => value.BlankParts == 1
        ? language.T("1 项未填报", "1 part not reported")
        : language.T($"{value.BlankParts} 项未填报", $"{value.BlankParts} parts not reported");

    private static string Marked(DerivedValue value, string number, Language language)
    {
        if (!value.IsPartial)
        {
            return value.Known is null ? Blank : number;
        }

        var note = PartialNote(value, language);
        var shown = value.Known is null ? Blank : "≥ " + number;
        return language.T($"{shown}（{note}）", $"{shown} ({note})");
    }

    private static string Bounded(DerivedValue value, string number) =>
        !value.IsPartial ? number : value.Known is null ? Blank : "≥ " + number;

    /// <summary>The rule ids of findings, each once, in order, separated by a space: <c>R-N2</c>, <c>R-N2 X-S2c</c>; empty
    /// when there are none (the <c>flag</c> column of downloads, and the marks of pages).</summary>
    public static string Rules(IEnumerable<Finding> findings) => string.Join(' ', findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal));

    /// <summary>What a sentence adds after a value with findings: that it is as published and breaks the rules
    /// (“（按原报告照录；不符合 R-N2）”, “ (as published; breaks R-N2)”); empty when it has none.</summary>
    public static string AsPublished(IReadOnlyList<Finding> findings, Language language) => findings.Count == 0
        ? ""
        : language.T($"（按原报告照录；不符合 {Rules(findings)}）", $" (as published; breaks {Rules(findings)})");

    public static string Year(int year) => year is >= 2000 and < 2100 ? Years[year - 2000] : year.ToString(CultureInfo.InvariantCulture);

    public static string Comparability(Comparability comparability, Language language) => comparability switch
    {
        OpenData.Comparability.Same => language.T("同一指标", "same indicator"),
        OpenData.Comparability.Good => language.T("可比性好", "good comparability"),
        OpenData.Comparability.Fair => language.T("大致可比", "fair comparability"),
        OpenData.Comparability.Poor => language.T("可比性差", "poor comparability"),
        _ => language.T("不可比", "not comparable"),
    };

    /// <summary>How a report's figures reached its data file, in words of the page's language.</summary>
    public static string Method(ProvenanceMethod method, Language language) => method switch
    {
        ProvenanceMethod.ImportedText => language.T("从报告文本导入", "imported from the report's text"),
        ProvenanceMethod.ImportedHtml => language.T("从报告网页导入", "imported from the report's web page"),
        ProvenanceMethod.ImportedPdf => language.T("从报告 PDF 文件导入", "imported from the report's PDF file"),
        ProvenanceMethod.ImportedDocx => language.T("从报告 Word 文件导入", "imported from the report's Word file"),
        ProvenanceMethod.ImportedDoc => language.T("从报告 Word 97–2003 文件（.doc）导入", "imported from the report's Word 97–2003 file (.doc)"),
        ProvenanceMethod.ImportedRtf => language.T("从报告 RTF 文件导入", "imported from the report's RTF file"),
        ProvenanceMethod.ImportedXlsx => language.T("从报告 Excel 表格导入", "imported from the report's Excel workbook"),
        ProvenanceMethod.ImportedXls => language.T("从报告 Excel 97–2003 表格（.xls）导入", "imported from the report's Excel 97–2003 workbook (.xls)"),
        ProvenanceMethod.Transcribed => language.T("人工录入", "typed in from the published report"),
        ProvenanceMethod.Entered => language.T("由编制机关填报", "entered by the agency that compiled the report"),
        ProvenanceMethod.Generated => language.T("生成的示例数据", "generated sample data"),
        _ => method.ToString(),
    };

    public static string Severity(Severity severity, Language language) => severity switch
    {
        OpenData.Severity.Error => language.T("错误", "error"),
        OpenData.Severity.Warning => language.T("警告", "warning"),
        _ => language.T("提示", "note"),
    };

    /// <summary>What became of a report that was due, in the page's language.</summary>
    public static string Status(ReportStatus status, Language language) => status switch
    {
        ReportStatus.OnTime => language.T("按期发布", "on time"),
        ReportStatus.Late => language.T("逾期发布", "late"),
        ReportStatus.DateUnknown => language.T("已发布，日期未记录", "published, date not recorded"),
        _ => language.T("缺失", "missing"),
    };

    /// <summary>A share of a whole (0.875) as a percentage without a sign: 87.5%.</summary>
    public static string Share(decimal share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A date as ISO 8601 (2022-02-08), which both languages read.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An agency's level in the page's language: the data files' Chinese names; plain English on English pages.</summary>
    public static string Level(AgencyLevel level, Language language) => level switch
    {
        AgencyLevel.StateCouncilDepartment => language.T("国务院部门", "State Council department"),
        AgencyLevel.Province => language.T("省级", "province level"),
        AgencyLevel.City => language.T("市级", "city level"),
        AgencyLevel.County => language.T("县级", "county level"),
        AgencyLevel.Township => language.T("乡镇", "township"),
        _ => language.T("部门", "department"),
    };
}
