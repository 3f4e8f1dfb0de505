namespace OpenData.Testing;

/// <summary>A clock stopped at one moment, for builds whose output must not depend on when they ran.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
