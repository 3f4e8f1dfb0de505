using System.Globalization;

namespace OpenData.Testing;

/// <summary>
/// The old era's one table, printed with its unit column as offices print it: the national 统计指标 | 单位 | 统计数, or 福建's
/// 指标名称 | 计量单位 | 2016年度 | 历年累计 with the year column headed by the report's year.
/// </summary>
public static class UnitTables
{
    /// <summary>The form's table if it is one table with a unit column, else <see langword="null"/>.</summary>
    public static FormTable? Of(Form form) => form.Tables is [{ HasUnitColumn: true } table] ? table : null;

    /// <summary>The header row as printed.</summary>
    public static string[] Header(FormTable table, int year) => table.RowHeaderLabel is null
        ? ["统计指标", "单位", "统计数"]
        : [table.RowHeaderLabel, "计量单位", .. table.Columns.Select(c => c.Code == "year" ? string.Create(CultureInfo.InvariantCulture, $"{year}年度") : c.Label)];

    /// <summary>A row as printed: label, unit and each cell's text (a heading row: its label and empty cells).</summary>
    public static string[] Row(FormTable table, FormRow row, Func<string, string> cell) => row.IsHeader
        ? [row.Label, "", .. table.Columns.Select(_ => "")]
        : [row.Label, row.Unit ?? "", .. row.Cells.Select(cell)];
}
