namespace OpenData;

/// <summary>The outcome of reading a data file: the value when it could be read, and every finding on the way.</summary>
/// <typeparam name="T">What was read.</typeparam>
/// <param name="Value">The value, or <see langword="null"/> when the file could not be read at all.</param>
/// <param name="Findings">Problems found while reading, in file order.</param>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Finding> Findings)
    where T : class
{
    /// <summary>Whether the file was read without blocking findings.</summary>
    public bool IsValid => Value is not null && !Findings.Any(f => f.IsBlocking);
}
