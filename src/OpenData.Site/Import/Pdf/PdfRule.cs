namespace OpenData.Site.Import;

/// <summary>A horizontal or vertical ruling line drawn on a PDF page: a table border.</summary>
/// <param name="IsHorizontal">Whether the rule runs left to right (otherwise it runs up and down).</param>
/// <param name="At">Its height (horizontal) or its x position (vertical).</param>
/// <param name="From">Where it starts along its direction.</param>
/// <param name="To">Where it ends along its direction.</param>
internal readonly record struct PdfRule(bool IsHorizontal, double At, double From, double To)
{
    /// <summary>How far apart two rules may be and still count as one border (word processors draw double hairlines).</summary>
    public const double Tolerance = 2.5;

    public bool Covers(double position) => position >= From - Tolerance && position <= To + Tolerance;

    public bool Touches(PdfRule other) => IsHorizontal == other.IsHorizontal
        ? Math.Abs(At - other.At) <= Tolerance && other.From <= To + Tolerance && From <= other.To + Tolerance
        : Covers(other.At) && other.Covers(At);
}
