namespace OpenData;

/// <summary>One cell of a national form: a stable code, the label as printed on the form, its unit and place.</summary>
/// <remarks>
/// Codes are ASCII and form the public contract of the data files: they are never renamed or reused for another
/// concept. Matrix cells (section 三 of the 2019 and 2021 forms) are addressed as <c>&lt;row&gt;.&lt;column&gt;</c>,
/// e.g. <c>s3.new.nat</c>; <see cref="RowCode"/> and <see cref="ColumnCode"/> then name the two parts.
/// </remarks>
/// <param name="Code">The stable indicator code, e.g. <c>old.apply.received.total</c> or <c>s3.done.tot</c>.</param>
/// <param name="Label">The exact official label of the row (and, for a matrix cell, of the column after " / ").</param>
/// <param name="Unit">The unit printed on the form (条, 件, 万元…); <see langword="null"/> when the unit is part of the published value (采购总金额).</param>
/// <param name="Kind">Whether the value is a count, a decimal amount or a signed change.</param>
/// <param name="Section">The number of the form section that holds the cell (一 … 九).</param>
/// <param name="Parent">The code of the indicator this one is part of (a 其中 row or a sub-item), or <see langword="null"/>.</param>
/// <param name="RowCode">For a matrix cell, the code of its row (<c>s3.new</c>); otherwise the indicator code itself.</param>
/// <param name="ColumnCode">For a matrix cell, the code of its column (<c>nat</c>, <c>org.biz</c>, <c>tot</c>); otherwise <see langword="null"/>.</param>
/// <param name="Aliases">Normalised alternative labels seen in published copies, used to match rows on import.</param>
public sealed record Indicator(
    string Code,
    string Label,
    string? Unit,
    ValueKind Kind,
    string Section,
    string? Parent,
    string RowCode,
    string? ColumnCode,
    IReadOnlyList<string> Aliases)
{
    /// <summary>Whether the indicator gets a page and chart of its own on the site.</summary>
    /// <remarks>
    /// The applicant columns of section 三 of the new forms are shown in the report table and the data files but not
    /// charted one by one; only their 总计 column is. The cells of section 三 of the old form (依申请公开情况) are not
    /// charted either.
    /// </remarks>
    public bool IsCharted { get; init; } = true;

    /// <summary>The label of the row alone, without the column part of a matrix cell.</summary>
    public string RowLabel => ColumnCode is null ? Label : Label[..Label.LastIndexOf(" / ", StringComparison.Ordinal)];

    /// <summary>The label of the column for a matrix cell, or <see langword="null"/>.</summary>
    public string? ColumnLabel => ColumnCode is null ? null : Label[(Label.LastIndexOf(" / ", StringComparison.Ordinal) + 3)..];

    /// <summary>The row label in English: the established English term of the Regulations where there is one, else the
    /// project's own translation (see the Core README, "English labels").</summary>
    /// <remarks>Printed numbering is kept in an English form: 一、 as I., （一） as (1), 1． as 1.</remarks>
    public string RowLabelEn { get; init; } = "";

    /// <summary>The column label in English for a matrix cell, or <see langword="null"/>.</summary>
    public string? ColumnLabelEn { get; init; }

    /// <summary>The whole label in English: <see cref="RowLabelEn"/>, and for a matrix cell " / " and <see cref="ColumnLabelEn"/>.</summary>
    public string LabelEn => ColumnLabelEn is null ? RowLabelEn : $"{RowLabelEn} / {ColumnLabelEn}";

    /// <summary>The unit in English, naming what is counted (applications, cases, documents, 10,000 yuan…), or
    /// <see langword="null"/> when <see cref="Unit"/> is.</summary>
    public string? UnitEn { get; init; }
}
