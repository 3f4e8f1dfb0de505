namespace OpenData;

/// <summary>One printed table of a form, laid out as the national form prints it, for rendering and import.</summary>
/// <param name="Section">The section number (一 … 九) the table belongs to.</param>
/// <param name="Title">The table's title as printed, e.g. 第二十条第（一）项 or 三、收到和处理政府信息公开申请情况.</param>
/// <param name="Columns">The value columns, left to right (the label column is not listed).</param>
/// <param name="Rows">The rows, top to bottom, header rows included.</param>
public sealed record FormTable(string Section, string Title, IReadOnlyList<FormColumn> Columns, IReadOnlyList<FormRow> Rows)
{
    /// <summary>The header of the label column as the form prints it (项目), or <see langword="null"/> for the generic 统计指标 / Indicator.</summary>
    public string? RowHeaderLabel { get; init; }

    /// <summary>The table's title in English (Article 20(1), III. Applications received and handled…).</summary>
    public string TitleEn { get; init; } = "";

    /// <summary><see cref="RowHeaderLabel"/> in English, or <see langword="null"/> when that is.</summary>
    public string? RowHeaderLabelEn { get; init; }

    /// <summary>
    /// Whether the table prints a 单位 column before its one value column (the old form: 统计指标 | 单位 | 统计数), so a row reads
    /// as a unit and a value rather than as cells mapped by column header.
    /// </summary>
    public bool HasUnitColumn { get; init; }

    /// <summary>
    /// Another shape published copies print the same cells in: one row per column group, the group's columns side by side
    /// (section 四 of the new forms, one row of 15 cells, printed as three rows of five); <see langword="null"/> if none.
    /// </summary>
    /// <remarks>Its rows name the same indicator codes as this table; its columns are the columns of one group.</remarks>
    public FormTable? GroupedLayout { get; init; }
}

/// <summary>A value column of a <see cref="FormTable"/>.</summary>
/// <param name="Code">The column code (<c>nat</c>, <c>tot</c>, <c>made</c>…); for one-value tables <c>value</c>.</param>
/// <param name="Label">The column header as printed.</param>
/// <param name="Group">The spanning header above it (法人或其他组织, 行政诉讼 / 未经复议直接起诉), or <see langword="null"/>.</param>
public sealed record FormColumn(string Code, string Label, string? Group)
{
    /// <summary>The column header in English.</summary>
    public string LabelEn { get; init; } = "";

    /// <summary><see cref="Group"/> in English, its levels also joined by " / ", or <see langword="null"/> when that is.</summary>
    public string? GroupEn { get; init; }
}

/// <summary>A row of a <see cref="FormTable"/>: a header row (no cells) or a row of indicator cells.</summary>
/// <param name="Label">The row label as printed.</param>
/// <param name="Depth">Indentation level: 0 for 一/二 rows, 1 for （一）, 2 for 1. and 其中 rows.</param>
/// <param name="Cells">The indicator code of each column, in column order; empty for a header row.</param>
/// <param name="Unit">The unit printed in the row (old form), or <see langword="null"/>.</param>
public sealed record FormRow(string Label, int Depth, IReadOnlyList<string> Cells, string? Unit)
{
    /// <summary>Whether the row is a heading that carries no values.</summary>
    public bool IsHeader => Cells.Count == 0;

    /// <summary>The row label in English.</summary>
    public string LabelEn { get; init; } = "";

    /// <summary><see cref="Unit"/> in English, or <see langword="null"/> when that is.</summary>
    public string? UnitEn { get; init; }
}
