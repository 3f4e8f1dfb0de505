namespace OpenData;

/// <summary>The relation a <see cref="Rule"/> asserts between the sums of its two sides.</summary>
public enum RuleKind
{
    /// <summary>The left side equals the right side.</summary>
    Equal,

    /// <summary>The left side is at most the right side.</summary>
    AtMost,
}
