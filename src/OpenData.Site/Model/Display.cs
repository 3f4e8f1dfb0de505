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

    /// <summary>How a report's figures reached its data file, in words of the page's language.</summary>
    public static string Method(ProvenanceMethod method, Language language) => method switch
    {
        ProvenanceMethod.ImportedText => language.T("从报告文本导入", "imported from the report's text"),
        ProvenanceMethod.ImportedHtml => language.T("从报告网页导入", "imported from the report's web page"),
        ProvenanceMethod.ImportedPdf => language.T("从报告 PDF 文件导入", "imported from the report's PDF file"),
        ProvenanceMethod.ImportedDocx => language.T("从报告 Word 文件导入", "imported from the report's Word file"),
        ProvenanceMethod.ImportedXlsx => language.T("从报告 Excel 表格导入", "imported from the report's Excel workbook"),
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
}
