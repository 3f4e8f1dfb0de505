using System.Text.RegularExpressions;

namespace OpenData.Site;

/// <summary>The words of a form on a page, in the page's language: the printed Chinese label, or the English label the Core
/// model gives every row, column, table and unit (<see cref="Indicator.LabelEn"/>).</summary>
/// <remarks>Data files keep the Chinese labels: they are part of what was published.</remarks>
internal static partial class FormText
{
    /// <summary>The indicator's whole label: row, and for a matrix cell " / " and column.</summary>
    public static string Label(Indicator indicator, Language language) => language.T(indicator.Label, indicator.LabelEn);

    /// <summary>The indicator's unit (件, applications…), or "" when the unit is part of the published value.</summary>
    public static string Unit(Indicator indicator, Language language) => (language.IsEnglish ? indicator.UnitEn : indicator.Unit) ?? "";

    /// <summary>The concept's unit: 件, or what it counts in English (applications, cases…).</summary>
    public static string Unit(Concept concept, Language language) => language.T(concept.Unit, concept.UnitEn);

    /// <summary>The unit of a ranked measure in the page's language: its concept's, or % for a rate.</summary>
    public static string Unit(RankedMeasure measure, Language language) =>
        measure is { Denominator: null, Numerator: [var concept] } ? Unit(concept, language) : measure.Unit;

    /// <summary>A label that reads well inside a sentence: the row without its printed numbering (一、 （二） 3. / I. (2) 3.),
    /// with the column unless it is the total column.</summary>
    public static string ShortLabel(Indicator indicator, Language language)
    {
        if (language.IsEnglish)
        {
            var rowEn = NumberingEn().Replace(indicator.RowLabelEn, "");
            return indicator.ColumnLabelEn is null || indicator.ColumnLabel == "总计" ? rowEn : $"{rowEn} ({indicator.ColumnLabelEn})";
        }

        var row = Numbering().Replace(indicator.RowLabel, "");
        return indicator.ColumnLabel is null or "总计" ? row : $"{row}（{indicator.ColumnLabel}）";
    }

    public static string Title(FormTable table, Language language) => language.T(table.Title, table.TitleEn);

    public static string SectionTitle(Form form, string section, Language language) =>
        language.IsEnglish ? form.SectionTitleEn(section) : form.SectionTitle(section);

    public static string Label(FormRow row, Language language) => language.T(row.Label, row.LabelEn);

    public static string Unit(FormRow row, Language language) => (language.IsEnglish ? row.UnitEn : row.Unit) ?? "";

    /// <summary>The header of the label column: the form's own (项目 / Item), else 统计指标 / Indicator.</summary>
    public static string RowHeader(FormTable table, Language language) =>
        (language.IsEnglish ? table.RowHeaderLabelEn : table.RowHeaderLabel) ?? language.T("统计指标", "Indicator");

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^([IVX]+\. |\(\d+\) |\d+\. )")]
    private static partial Regex NumberingEn();
}
