using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace OpenData.Site.Tests.Build;

public sealed class ChartTicksTests
{
    // What the value axis drew before its ticks were remembered: ScottPlot's automatic ticks, worked out every time.
    private static NumericAutomatic Automatic(bool integersOnly) => new()
    {
        LabelFormatter = v => v.ToString("#,0.##", CultureInfo.InvariantCulture),
        IntegerTicksOnly = integersOnly,
        MinorTickGenerator = NoMinorTicks.Instance,
        MinimumTickSpacing = ChartTicks.MinimumSpacing,
    };

    private static Tick[] Generate(ITickGenerator generator, CoordinateRange range, Edge edge, float size)
    {
        var style = new LabelStyle { Font = ChartFont.Ascii };
        using var paint = Paint.NewDisposablePaint();
        generator.Regenerate(range, edge, new PixelLength(size), paint, style);
        return generator.Ticks;
    }

    [Fact]
    public void Ticks_are_those_ScottPlot_works_out_whether_worked_out_or_remembered()
    {
        // Ranges as charts have them (from 0 or below to a tenth or more above the largest value), fractional and whole,
        // small and large, on both edges a value axis takes, at the lengths a layout gives.
        var random = new Random(20);
        for (var i = 0; i < 300; i++)
        {
            var max = random.Next(4) switch
            {
                0 => random.Next(0, 12),
                1 => random.Next(0, 5_000),
                2 => random.NextDouble() * 3,
                _ => random.Next(0, 50_000_000),
            };
            var min = random.Next(5) == 0 ? -max * random.NextDouble() : 0;
            var range = new CoordinateRange(min, max <= min ? min + 1 : max + ((max - min) * 0.1));
            var edge = random.Next(2) == 0 ? Edge.Left : Edge.Bottom;
            var size = edge == Edge.Left ? 280 + (random.Next(80) / 4f) : 560 + (random.Next(160) / 4f);
            var integersOnly = random.Next(2) == 0;

            var expected = Generate(Automatic(integersOnly), range, edge, size);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Generate(new ChartTicks(integersOnly), range, edge, size));
            Assert.Equal(expected, Generate(new ChartTicks(integersOnly), range, edge, size));
        }
    }

    [Fact]
    public void A_value_axis_has_at_most_eight_labelled_values_at_least_40_pixels_apart()
    {
        // A trend's value axis is about 317 pixels long: ScottPlot alone put a label every 24 pixels (13 of them).
        var random = new Random(21);
        for (var i = 0; i < 300; i++)
        {
            // Whole numbers (counts) from 1 up, or fractions (amounts, rates) of at least 0.01: a chart asks for whole-number
            // ticks only when every value is whole.
            var whole = random.Next(2) == 0;
            var max = whole ? random.Next(1, 5_000) : 0.01 + (random.NextDouble() * 3);
            var range = new CoordinateRange(0, max * 1.1);
            var size = 300 + (random.Next(80) / 4f);
            var ticks = Generate(new ChartTicks(integersOnly: whole), range, Edge.Left, size).Where(t => t.IsMajor).ToList();

            Assert.InRange(ticks.Count, 2, 8);
            var pixelsApart = (ticks[1].Position - ticks[0].Position) / range.Span * size;
            Assert.True(pixelsApart >= ChartTicks.MinimumSpacing, $"{range}: {pixelsApart} px");
        }
    }

    [Fact]
    public void Ticks_are_worked_out_once_per_thread_for_the_same_axis()
    {
        var range = new CoordinateRange(0, 123_456.7);
        var first = ChartTicks.Generated;
        var ticks = Generate(new ChartTicks(integersOnly: false), range, Edge.Left, 301.5f);
        Assert.Equal(first + 1, ChartTicks.Generated);

        var again = Generate(new ChartTicks(integersOnly: false), range, Edge.Left, 301.5f);
        Assert.Equal(first + 1, ChartTicks.Generated);
        Assert.Equal(ticks, again);
        Assert.NotSame(ticks, again);

        // Anything ticks depend on is part of what they are remembered by.
        Generate(new ChartTicks(integersOnly: true), range, Edge.Left, 301.5f);
        Generate(new ChartTicks(integersOnly: false), range, Edge.Bottom, 301.5f);
        Generate(new ChartTicks(integersOnly: false), range, Edge.Left, 301.25f);
        Generate(new ChartTicks(integersOnly: false), new CoordinateRange(0, 123_456.8), Edge.Left, 301.5f);
        Generate(new ChartTicks(integersOnly: false), new CoordinateRange(-0.0, 123_456.7), Edge.Left, 301.5f);
        Assert.Equal(first + 6, ChartTicks.Generated);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(1234567.891, "1,234,567.89")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.30000000000000004, "0.3")]
    public void Labels_are_formatted_as_before_and_negative_zero_keeps_its_sign(double value, string label)
    {
        Assert.Equal(value.ToString("#,0.##", CultureInfo.InvariantCulture), label);
        Assert.Equal(label, ChartTicks.Label(value));
        Assert.Equal(label, ChartTicks.Label(value));
    }
}
