using System.Diagnostics;

namespace OpenData.Site;

/// <summary>What the charts of one build cost: how many were drawn and how long drawing took, against how many came
/// from the cache. The build prints it, so the time the chart step adds over drawing itself can be read off.</summary>
/// <remarks>Thread-safe: charts are drawn in parallel.</remarks>
internal sealed class ChartWork
{
    private long _drawingTicks;
    private int _drawn;
    private int _cached;

    /// <summary>Charts drawn by this build.</summary>
    public int Drawn => Volatile.Read(ref _drawn);

    /// <summary>Charts taken from the memory or disk cache instead of being drawn.</summary>
    public int Cached => Volatile.Read(ref _cached);

    /// <summary>The time spent drawing, summed over the threads that drew (laying out, drawing and finishing the SVG; not
    /// caching or writing it).</summary>
    public TimeSpan Drawing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _drawingTicks));

    /// <summary>Draws one chart, timing it.</summary>
    public string Draw(Func<string> draw)
    {
        var start = Stopwatch.GetTimestamp();
        var svg = draw();
        Interlocked.Add(ref _drawingTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref _drawn);
        return svg;
    }

    /// <summary>Counts a chart that came from a cache.</summary>
    public void CountCached() => Interlocked.Increment(ref _cached);
}
