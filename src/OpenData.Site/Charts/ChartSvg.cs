namespace OpenData.Site;

/// <summary>Makes the SVG that Skia's canvas writes into the chart file the site publishes, in one pass over its tags.</summary>
/// <remarks>
/// <para>What changes: the XML declaration goes (a chart may be inlined in a page); ids are numbered c1, c2… in order and
/// references to them follow (Skia numbers them process-wide, so the same chart drawn twice would differ); the font is
/// named once, with fallbacks, on the root (not on each text); the root gets a view box (so it scales), an image role and
/// a title and description for screen readers.</para>
/// <para>What goes, to make the file smaller without changing how it looks: the indentation Skia writes between tags (an
/// element starts a line) and the whitespace around each text; every glyph position of a text but the first (the browser
/// lays out the rest with the font named on the root), with the text's translation added into it; the font size of each
/// text that has the first text's (named on the root); digits past a hundredth of a pixel (a thousandth for opacities),
/// the zero before a decimal point, and the second number of a line that keeps its x or its y (<c>V</c>, <c>H</c>);
/// <c>stroke-miterlimit="4"</c> (the default); a clip path with the same content as an earlier one (the later references
/// follow the first) and a group that closes only to open again with the same attributes; an unused <c>xlink</c>
/// namespace. Unfilled, opaque paths that are siblings with the same attributes apart from <c>d</c>, with only texts
/// between them (tick marks and axis lines), are drawn as one path, where the first was. An ellipse with equal radii is
/// a circle, and a line of the dashed stroke is drawn with a dash array (Skia's canvas writes a dashed line as a filled
/// rectangle per dash, so <see cref="ChartRenderer"/> draws it solid).</para>
/// <para>Six regular-expression passes did the first part before, each copying the whole text: they took a ninth of the
/// time a chart takes to draw, which is why this is one pass that copies spans of the text.</para>
/// </remarks>
internal static class ChartSvg
{
    /// <summary>Coordinates and lengths keep a hundredth of a pixel.</summary>
    internal const int Decimals = 2;

    /// <summary>Opacities keep a thousandth (a colour channel has 255 steps).</summary>
    internal const int OpacityDecimals = 3;

    /// <summary>The chart file for <paramref name="svg"/>, as Skia wrote it.</summary>
    /// <param name="svg">What <c>SKSvgCanvas</c> wrote.</param>
    /// <param name="title">The chart's title (its <c>&lt;title&gt;</c>, escaped here). What the chart shows is said in
    /// words by the page (the image's <c>alt</c> and the sentence it names with <c>aria-describedby</c>), in the page's
    /// language; the file, which both languages' pages show, keeps no <c>&lt;desc&gt;</c> repeating it.</param>
    /// <param name="width">The drawn width, for the view box.</param>
    /// <param name="height">The drawn height, for the view box.</param>
    /// <param name="fontFamily">The <c>font-family</c> to write for text drawn with the chart font.</param>
    /// <param name="fontName">The name of the chart font as Skia writes it.</param>
    /// <param name="dash">Paths stroked with this colour (as Skia writes it, <c>#8A4B00</c>) get this
    /// <c>stroke-dasharray</c>; <see langword="null"/> for none.</param>
    /// <param name="axes">Axes to write after what Skia drew (which Skia's canvas writes slowly); none when
    /// <see langword="null"/>.</param>
    public static string Finish(string svg, string title, int width, int height, string fontFamily, string fontName, (string Stroke, string Pattern)? dash = null, ChartAxes? axes = null) =>
        new ChartSvgWriter(svg, fontName, dash, axes ?? new ChartAxes()).Write(title, width, height, fontFamily);
}
