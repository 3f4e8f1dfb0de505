namespace OpenData.Site;

/// <summary>A label that <see cref="ChartSvg"/> writes into a chart rather than Skia's canvas: where its text starts (the
/// left end of its baseline), in pixels, what it says and its font size. It is drawn in the chart's font, black and
/// regular, what an SVG text is unless it says otherwise (and how ScottPlot draws tick labels unless told otherwise).</summary>
internal readonly record struct ChartText(double X, double Y, string Text, float FontSize);
