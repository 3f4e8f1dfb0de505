namespace OpenData;

/// <summary>The value of one indicator in one report, exactly as published.</summary>
/// <remarks>
/// <para><see cref="Number"/> <see langword="null"/> means blank: not reported. A reported zero is <c>0</c>. The two are never
/// conflated: validation does not read a blank as zero to decide whether an identity holds.</para>
/// <para>Numbers are <see cref="decimal"/> and keep their published scale (<c>0.0</c> stays <c>0.0</c>).
/// A cell published with an inline unit (<c>251000元</c>) keeps that text in <see cref="Raw"/> and its unit in <see cref="Unit"/>.</para>
/// In a data file a value is written as a bare number, <c>null</c>, or <c>{"number": 251000, "unit": "元", "raw": "251000元"}</c>.
/// </remarks>
/// <param name="Number">The number, or <see langword="null"/> for a blank cell.</param>
/// <param name="Unit">The unit printed in the cell itself, when it differs from or replaces the form's unit.</param>
/// <param name="Raw">The cell text as published, kept when it is more than a plain number.</param>
public sealed record ReportValue(decimal? Number, string? Unit = null, string? Raw = null)
{
    /// <summary>A blank cell: not reported.</summary>
    public static ReportValue Blank { get; } = new((decimal?)null);

    /// <summary>Whether the cell is blank (not reported).</summary>
    public bool IsBlank => Number is null;

    /// <summary>Whether the value is a bare number with no unit or raw text to keep.</summary>
    public bool IsPlain => Unit is null && Raw is null;

    /// <summary>Creates a plain value.</summary>
    public static ReportValue Of(decimal number) => new(number);

    /// <inheritdoc />
    public override string ToString() => Raw ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
