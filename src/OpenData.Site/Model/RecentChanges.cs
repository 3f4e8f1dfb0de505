namespace OpenData.Site;

/// <summary>The year-over-year changes of the last few reports asked for (<see cref="SiteModel.ChangesOf"/>), by report
/// (the same object, not an equal one). Thread-safe.</summary>
/// <remarks>A few, not one per thread: the two languages' pages of a report are side by side in the route plan, but the
/// build's threads take pages in turns and either may render the second.</remarks>
internal sealed class RecentChanges
{
    /// <summary>How many reports' changes are kept.</summary>
    internal const int Size = 8;

    private readonly Lock _gate = new();
    private readonly Report?[] _reports = new Report?[Size];
    private readonly IReadOnlyDictionary<string, Change>?[] _changes = new IReadOnlyDictionary<string, Change>?[Size];
    private int _next;

    /// <summary>The changes kept for <paramref name="report"/>, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, Change>? Find(Report report)
    {
        lock (_gate)
        {
            for (var i = 0; i < Size; i++)
            {
                if (ReferenceEquals(_reports[i], report))
                {
                    return _changes[i];
                }
            }

            return null;
        }
    }

    /// <summary>Keeps <paramref name="changes"/> for <paramref name="report"/>, in place of the oldest kept.</summary>
    public void Add(Report report, IReadOnlyDictionary<string, Change> changes)
    {
        lock (_gate)
        {
            _reports[_next] = report;
            _changes[_next] = changes;
            _next = (_next + 1) % Size;
        }
    }
}
