namespace OpenData.Site;

/// <summary>A chart's axes as <see cref="ChartSvg"/> writes them rather than Skia's canvas (<see cref="ChartRenderer"/>):
/// their lines (frames and tick marks) and their labels, in the order ScottPlot draws them.</summary>
internal sealed class ChartAxes
{
    public List<ChartLine> Lines { get; } = [];

    public List<ChartText> Texts { get; } = [];
}

/// <summary>A straight black line of an axis, in pixels, and its width.</summary>
internal readonly record struct ChartLine(double X1, double Y1, double X2, double Y2, float Width);

/// <summary>A label of an axis: where its text starts (the left end of its baseline), in pixels, what it says and its
/// font size. It is drawn in the chart's font, black and regular, what an SVG text is unless it says otherwise (and how
/// ScottPlot draws tick labels unless told otherwise).</summary>
internal readonly record struct ChartText(double X, double Y, string Text, float FontSize);
