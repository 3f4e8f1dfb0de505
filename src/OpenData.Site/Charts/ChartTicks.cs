using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace OpenData.Site;

/// <summary>The ticks of a chart's value axis: ScottPlot's automatic ticks, remembered on each thread by everything they
/// depend on, so charts with the same axis range and size do not work them out again (<see cref="ChartRenderer"/>).</summary>
/// <remarks>
/// <para>Working out the ticks was about half of what ScottPlot does for a chart: it is done twice per chart (for the
/// layout, then for the data area the layout leaves), and each time it formats the labels of several candidate spacings
/// and measures every one of them. The ticks depend only on the axis's range, its edge and its length in pixels, the
/// label style's font and on whether only whole numbers are wanted (the formatter and the absence of minor ticks are the
/// same for every chart), so a remembered answer is the answer ScottPlot would give: the same bytes.</para>
/// <para>Each thread keeps its own table (no locks), emptied when it holds <see cref="Capacity"/> answers.</para>
/// </remarks>
internal sealed class ChartTicks : ITickGenerator
{
    /// <summary>The closest two labelled values are, in pixels.</summary>
    internal const float MinimumSpacing = 40;

    /// <summary>The most answers a thread keeps.</summary>
    internal const int Capacity = 4096;

    [ThreadStatic]
    private static Dictionary<Key, Tick[]>? _known;

    [ThreadStatic]
    private static Dictionary<long, string>? _labels;

    /// <summary>How many times ScottPlot worked ticks out on this thread (for tests: a remembered answer does not count).</summary>
    [ThreadStatic]
    private static int _generated;

    private readonly NumericAutomatic _automatic;

    /// <param name="integersOnly">Whether every value drawn is a whole number (no ticks between whole numbers).</param>
    public ChartTicks(bool integersOnly)
    {
        _automatic = new NumericAutomatic
        {
            LabelFormatter = Label,
            IntegerTicksOnly = integersOnly,

            // No minor ticks: they were five small marks between every two labels, each a path of its own, about a
            // third of a chart file's bytes, and the grid lines at the labelled ticks already guide the eye.
            MinorTickGenerator = NoMinorTicks.Instance,

            // A labelled line every 40 pixels at the closest: at most eight on a trend's value axis. ScottPlot packs them
            // as close as their labels allow (thirteen, 24 pixels apart), a grid too dense to read a value off, and each
            // label is a text element that Skia's SVG canvas takes about 10 µs to write (formatting glyph positions).
            MinimumTickSpacing = MinimumSpacing,
        };
    }

    /// <summary>How many times ScottPlot worked ticks out on this thread; a remembered answer does not count.</summary>
    internal static int Generated => _generated;

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount
    {
        get => _automatic.MaxTickCount;
        set => _automatic.MaxTickCount = value;
    }

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        var known = _known ??= [];
        // By the bits of the range's ends: 0 and -0 are equal as numbers, but their ticks may be labelled 0 and -0.
        var key = new Key(BitConverter.DoubleToInt64Bits(range.Min), BitConverter.DoubleToInt64Bits(range.Max), edge, size.Length, _automatic.IntegerTicksOnly, _automatic.MaxTickCount,
            labelStyle.Font, labelStyle.FontSize, labelStyle.Bold, labelStyle.Italic, labelStyle.LineSpacing);
        if (known.TryGetValue(key, out var ticks))
        {
            Ticks = [.. ticks];
            return;
        }

        _automatic.Regenerate(range, edge, size, paint, labelStyle);
        _generated++;
        Ticks = _automatic.Ticks;
        if (known.Count >= Capacity)
        {
            known.Clear();
        }

        known[key] = [.. Ticks];
    }

    /// <summary>A value's label: thousands separated, at most two decimals (remembered per thread, by the value's bits,
    /// so that 0 and -0 keep their own labels).</summary>
    internal static string Label(double value)
    {
        var labels = _labels ??= [];
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (!labels.TryGetValue(bits, out var label))
        {
            if (labels.Count >= Capacity)
            {
                labels.Clear();
            }

            label = value.ToString("#,0.##", CultureInfo.InvariantCulture);
            labels[bits] = label;
        }

        return label;
    }

    private readonly record struct Key(long Min, long Max, Edge Edge, float Size, bool IntegersOnly, int MaxTickCount,
        object? Font, float FontSize, bool Bold, bool Italic, float? LineSpacing);
}
