namespace OpenData.Site;

/// <summary>A value made when it is first asked for and kept for a known number of uses, then let go.</summary>
/// <remarks>An indicator's view is worked out once for its Chinese page, its English page and its chart, which the build
/// makes in different steps, and is not kept for the rest of the build after the last of them. A use that never comes (a
/// rebuild that keeps a page) only keeps the value until the plan is let go. Thread-safe.</remarks>
/// <typeparam name="T">What is shared.</typeparam>
/// <param name="make">Makes the value.</param>
/// <param name="uses">How many times it will be asked for.</param>
internal sealed class Shared<T>(Func<T> make, int uses)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private int _remaining = uses;

    /// <summary>The value: made at the first use, let go at the last.</summary>
    public T Use()
    {
        lock (_gate)
        {
            var value = _value ?? make();
            _value = --_remaining > 0 ? value : null;
            return value;
        }
    }
}
