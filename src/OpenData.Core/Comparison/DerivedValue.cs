using System.Globalization;

namespace OpenData;

/// <summary>A value worked out from published cells (a concept's sum, a rate, a change), which keeps count of the cells
/// that were blank: a blank is not reported, never 0.</summary>
/// <remarks>
/// <para>Three states, from the parts:</para>
/// <list type="bullet">
/// <item><b>exact</b> — no part blank: <see cref="Exact"/> is the value;</item>
/// <item><b>blank</b> (<see cref="IsBlank"/>) — every part blank, or an operand of a rate or a change blank: no value;</item>
/// <item><b>partial</b> (<see cref="IsPartial"/>) — some parts blank: <see cref="Exact"/> is <see langword="null"/> and
/// <see cref="Known"/> is a lower bound (the sum of the reported parts; cells are counts, never negative), or
/// <see langword="null"/> when the blank parts could only have lowered the result (they sit in a denominator or in the
/// value subtracted), so that no lower bound follows. A partial value is never a plain number: show it as “≥ 8, 1 part not
/// reported”, or “—” with the note when it has no bound.</item>
/// </list>
/// <para>A value that is neither blank nor partial but has no number (a rate over 0) has <see cref="Exact"/> and
/// <see cref="Known"/> <see langword="null"/>. <c>default</c> is the blank sum of no parts.</para>
/// <para>Rounding: <see cref="Percent"/> and <see cref="PercentChange"/> round to one decimal, away from zero at the
/// midpoint; a lower bound is rounded down, so that it stays a lower bound.</para>
/// </remarks>
public readonly record struct DerivedValue
{
    // True when the value is not blank but no number follows from its parts: a rate over 0, or a rate or change whose
    // blank parts could only have lowered it. Stored so that default(DerivedValue) is blank.
    private readonly bool _hasNoNumber;

    private DerivedValue(decimal? known, int parts, int blankParts, bool hasNoNumber)
    {
        Known = hasNoNumber ? null : known;
        Parts = parts;
        BlankParts = blankParts;
        _hasNoNumber = hasNoNumber;
    }

    /// <summary>The value from the reported parts: exact when no part is blank, a lower bound when <see cref="IsPartial"/>,
    /// <see langword="null"/> when blank or when no number follows.</summary>
    public decimal? Known { get; }

    /// <summary>How many published cells the value was worked out from (a rate counts those of both its terms).</summary>
    public int Parts { get; }

    /// <summary>How many of <see cref="Parts"/> were blank (not reported).</summary>
    public int BlankParts { get; }

    /// <summary>Whether nothing needed was reported: every part blank, or a whole operand of a rate or change blank.</summary>
    public bool IsBlank => Known is null && !_hasNoNumber;

    /// <summary>Whether some parts were blank but the value is not blank: never a plain number (see <see cref="Known"/>).</summary>
    public bool IsPartial => BlankParts > 0 && !IsBlank;

    /// <summary>The value when no part was blank; <see langword="null"/> when blank, partial, or without a number.</summary>
    public decimal? Exact => BlankParts == 0 ? Known : null;

    /// <summary>One published cell: exact when reported, blank when <see langword="null"/>.</summary>
    public static DerivedValue Of(decimal? number) => number is { } n ? new(n, 1, 0, false) : new(null, 1, 1, false);

    /// <summary>One published cell (see <see cref="Of(decimal?)"/>).</summary>
    public static implicit operator DerivedValue(decimal? number) => Of(number);

    /// <summary>The sum of published cells: blank when every cell is blank (or there is none), partial when some are.</summary>
    public static DerivedValue Sum(IEnumerable<decimal?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = default(DerivedValue);
        foreach (var part in parts)
        {
            sum = Add(sum, Of(part));
        }

        return sum;
    }

    /// <summary>The sum of derived values: their parts and blank parts add up; blank when all are blank.</summary>
    public static DerivedValue Sum(IEnumerable<DerivedValue> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = default(DerivedValue);
        foreach (var part in parts)
        {
            sum = Add(sum, part);
        }

        return sum;
    }

    /// <summary>The sum of two values (see <see cref="Add"/>).</summary>
    public static DerivedValue operator +(DerivedValue left, DerivedValue right) => Add(left, right);

    /// <summary>The sum of two values: blank when both are blank; otherwise the sum of what is known, partial when either
    /// has blank parts, without a number when either has none.</summary>
    public static DerivedValue Add(DerivedValue left, DerivedValue right)
    {
        var parts = left.Parts + right.Parts;
        var blanks = left.BlankParts + right.BlankParts;
        if (left._hasNoNumber || right._hasNoNumber)
        {
            return new(null, parts, blanks, true);
        }

        // A blank operand adds nothing to what is known: it is counted in the blank parts, not read as 0.
        var known = left.Known is { } a
            ? right.Known is { } b ? a + b : a
            : right.Known;
        return new(known, parts, blanks, false);
    }

    /// <summary>The change <paramref name="current"/> − <paramref name="previous"/>.</summary>
    /// <remarks>Blank when either is blank. When <paramref name="current"/> alone is partial the change is partial with a
    /// lower bound (its blank parts can only add to it); when <paramref name="previous"/> is partial the change is partial
    /// without a number (its blank parts could only lower it).</remarks>
    public static DerivedValue Difference(DerivedValue current, DerivedValue previous)
    {
        var parts = current.Parts + previous.Parts;
        var blanks = current.BlankParts + previous.BlankParts;
        if (current.IsBlank || previous.IsBlank)
        {
            return new(null, parts, blanks, false);
        }

        return current.Known is { } a && previous.Exact is { } b
            ? new(a - b, parts, blanks, false)
            : new(null, parts, blanks, true);
    }

    /// <summary>A rate in percent, <paramref name="numerator"/> ÷ <paramref name="denominator"/> × 100, to one decimal.</summary>
    /// <remarks>Blank when either term is blank; without a number when the denominator is 0 or partial (its blank parts
    /// could only lower the rate); a lower bound, rounded down, when the numerator alone is partial and the denominator is
    /// positive.</remarks>
    public static DerivedValue Percent(DerivedValue numerator, DerivedValue denominator)
    {
        var parts = numerator.Parts + denominator.Parts;
        var blanks = numerator.BlankParts + denominator.BlankParts;
        return numerator.IsBlank || denominator.IsBlank
            ? new(null, parts, blanks, false)
            : Ratio(numerator.Known, numerator.IsPartial, denominator.Exact, parts, blanks);
    }

    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/> in percent of
    /// <paramref name="previous"/>, to one decimal.</summary>
    /// <remarks>As <see cref="Difference"/> divided by <paramref name="previous"/>: blank when either is blank, without a
    /// number from 0 (growth from zero has no percentage) or from a partial previous value, a lower bound when
    /// <paramref name="current"/> alone is partial.</remarks>
    public static DerivedValue PercentChange(DerivedValue current, DerivedValue previous)
    {
        var parts = current.Parts + previous.Parts;
        var blanks = current.BlankParts + previous.BlankParts;
        if (current.IsBlank || previous.IsBlank)
        {
            return new(null, parts, blanks, false);
        }

        var delta = current.Known is { } a && previous.Exact is { } b ? a - b : (decimal?)null;
        return Ratio(delta, current.IsPartial, previous.Exact, parts, blanks);
    }

    /// <summary>The value for people: <c>8</c>, <c>≥ 8 (1 of 8 parts blank)</c>, <c>— (1 of 3 parts blank)</c> or
    /// <c>—</c>, invariant culture.</summary>
    public override string ToString()
    {
        var number = Known?.ToString(CultureInfo.InvariantCulture);
        if (!IsPartial)
        {
            return number ?? "—";
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"({BlankParts} of {Parts} parts blank)");
        return number is null ? "— " + note : $"≥ {number} {note}";
    }

    private static DerivedValue Ratio(decimal? numerator, bool isLowerBound, decimal? denominator, int parts, int blanks)
    {
        if (numerator is not { } n || denominator is not { } d || d == 0 || (isLowerBound && d < 0))
        {
            return new(null, parts, blanks, true);
        }

        var rounding = isLowerBound ? MidpointRounding.ToNegativeInfinity : MidpointRounding.AwayFromZero;
        return new(Math.Round(n / d * 100, 1, rounding), parts, blanks, false);
    }
}
