namespace OpenData;

/// <summary>What kind of number an <see cref="Indicator"/> holds, which decides the checks a value must pass.</summary>
public enum ValueKind
{
    /// <summary>A non-negative whole number of items, applications, cases, persons or events (条, 件, 次, 个, 人…).</summary>
    Count,

    /// <summary>A non-negative amount of money that may carry decimals as published (万元, 元), e.g. 4166.241619.</summary>
    Amount,

    /// <summary>A signed whole-number change against the previous year (本年增/减); negative values are legitimate.</summary>
    SignedChange,
}
