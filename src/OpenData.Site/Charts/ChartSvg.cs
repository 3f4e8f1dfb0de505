using System.Globalization;
using System.Text;

namespace OpenData.Site;

/// <summary>Makes the SVG that Skia's canvas writes into the chart file the site publishes, in one pass over its tags.</summary>
/// <remarks>
/// <para>What changes: the XML declaration goes (a chart may be inlined in a page); ids are numbered c1, c2… in order and
/// references to them follow (Skia numbers them process-wide, so the same chart drawn twice would differ); the font is
/// named once, with fallbacks, on the root (not on each text); the root gets a view box (so it scales), an image role and
/// a title and description for screen readers.</para>
/// <para>What goes, to make the file smaller without changing how it looks: the whitespace Skia writes between tags and
/// around each text; every glyph position of a text but the first (the browser lays out the rest with the font named on
/// the root); digits past a hundredth of a pixel (a thousandth for opacities) and the zero before a decimal point;
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
    /// <param name="title">The chart's title (its <c>&lt;title&gt;</c>, escaped here).</param>
    /// <param name="description">What the chart shows, in a sentence (its <c>&lt;desc&gt;</c>, escaped here).</param>
    /// <param name="width">The drawn width, for the view box.</param>
    /// <param name="height">The drawn height, for the view box.</param>
    /// <param name="fontFamily">The <c>font-family</c> to write for text drawn with the chart font.</param>
    /// <param name="fontName">The name of the chart font as Skia writes it.</param>
    /// <param name="dash">Paths stroked with this colour (as Skia writes it, <c>#8A4B00</c>) get this
    /// <c>stroke-dasharray</c>; <see langword="null"/> for none.</param>
    public static string Finish(string svg, string title, string description, int width, int height, string fontFamily, string fontName, (string Stroke, string Pattern)? dash = null) =>
        new ChartSvgWriter(svg, fontName, dash).Write(title, description, width, height, fontFamily);

    /// <summary>Writes <paramref name="value"/> with every number in it rounded to <paramref name="decimals"/> places, with
    /// no zero before the decimal point and no sign on zero; what is not a number is copied.</summary>
    internal static void AppendRounded(ReadOnlySpan<char> value, int decimals, StringBuilder output)
    {
        var copied = 0;
        var at = 0;
        while (at < value.Length)
        {
            if (!StartsNumber(value, at))
            {
                at++;
                continue;
            }

            var end = NumberEnd(value, at);
            if (!double.TryParse(value[at..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                at = end;
                continue;
            }

            output.Append(value[copied..at]);
            AppendRounded(number, decimals, output);
            at = copied = end;
        }

        output.Append(value[copied..]);
    }

    /// <summary>Writes path data rounded as <see cref="AppendRounded(ReadOnlySpan{char}, int, StringBuilder)"/> rounds, with
    /// a line that keeps its x or its y written as a vertical or horizontal one (<c>V</c>, <c>H</c>: one number, not two).</summary>
    /// <remarks>Path data with a command other than the absolute ones Skia writes (<c>M L Q C Z</c>) is only rounded.</remarks>
    internal static void AppendPathData(ReadOnlySpan<char> data, StringBuilder output)
    {
        if (data.ContainsAnyExcept(PathCharacters))
        {
            AppendRounded(data, Decimals, output);
            return;
        }

        Span<double> numbers = stackalloc double[6];
        var (x, y, startX, startY) = (0d, 0d, 0d, 0d);
        var at = 0;
        while (at < data.Length)
        {
            var command = data[at++];
            if (command is 'Z' or 'z')
            {
                output.Append('Z');
                (x, y) = (startX, startY);
                continue;
            }

            if (command is not ('M' or 'L' or 'Q' or 'C'))
            {
                continue;
            }

            // A command may be followed by several sets of numbers.
            var count = command switch { 'Q' => 4, 'C' => 6, _ => 2 };
            while (ReadNumbers(data, ref at, numbers[..count]))
            {
                for (var i = 0; i < count; i++)
                {
                    numbers[i] = Math.Round(numbers[i], Decimals, MidpointRounding.AwayFromZero);
                }

                var (endX, endY) = (numbers[count - 2], numbers[count - 1]);
                if (command == 'L' && endX == x)
                {
                    output.Append('V');
                    AppendRounded(endY, Decimals, output);
                }
                else if (command == 'L' && endY == y)
                {
                    output.Append('H');
                    AppendRounded(endX, Decimals, output);
                }
                else
                {
                    output.Append(command);
                    for (var i = 0; i < count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append(' ');
                        }

                        AppendRounded(numbers[i], Decimals, output);
                    }
                }

                (x, y) = (endX, endY);
                if (command == 'M')
                {
                    (startX, startY) = (endX, endY);
                    command = 'L';
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> PathCharacters = System.Buffers.SearchValues.Create("MLQCZ0123456789.-+eE, \t\r\n");

    // Reads as many numbers as numbers holds, after separators; false, with at unchanged, when they are not there.
    private static bool ReadNumbers(ReadOnlySpan<char> data, ref int at, Span<double> numbers)
    {
        var next = at;
        for (var i = 0; i < numbers.Length; i++)
        {
            while (next < data.Length && data[next] is ' ' or ',' or '\t' or '\r' or '\n')
            {
                next++;
            }

            if (next >= data.Length || !StartsNumber(data, next))
            {
                return false;
            }

            var end = NumberEnd(data, next);
            if (!double.TryParse(data[next..end], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }

            next = end;
        }

        while (next < data.Length && data[next] is ' ' or ',' or '\t' or '\r' or '\n')
        {
            next++;
        }

        at = next;
        return true;
    }

    /// <summary>Writes <paramref name="number"/> rounded as <see cref="AppendRounded(ReadOnlySpan{char}, int, StringBuilder)"/> rounds.</summary>
    internal static void AppendRounded(double number, int decimals, StringBuilder output)
    {
        var rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
        Span<char> digits = stackalloc char[40];
        if (rounded == 0 || !rounded.TryFormat(digits, out var length, decimals == OpacityDecimals ? "0.###" : "0.##", CultureInfo.InvariantCulture))
        {
            output.Append('0');
            return;
        }

        var text = digits[..length];
        if (text is ['-', '0', '.', ..])
        {
            output.Append('-').Append(text[2..]);
        }
        else
        {
            output.Append(text is ['0', '.', ..] ? text[1..] : text);
        }
    }

    private static bool StartsNumber(ReadOnlySpan<char> value, int at)
    {
        var c = value[at];
        if (char.IsAsciiDigit(c))
        {
            return true;
        }

        var next = at + 1 < value.Length ? value[at + 1] : ' ';
        return c switch
        {
            '.' => char.IsAsciiDigit(next),
            '-' or '+' => char.IsAsciiDigit(next) || (next == '.' && at + 2 < value.Length && char.IsAsciiDigit(value[at + 2])),
            _ => false,
        };
    }

    private static int NumberEnd(ReadOnlySpan<char> value, int at)
    {
        if (value[at] is '-' or '+')
        {
            at++;
        }

        while (at < value.Length && char.IsAsciiDigit(value[at]))
        {
            at++;
        }

        if (at < value.Length && value[at] == '.')
        {
            at++;
            while (at < value.Length && char.IsAsciiDigit(value[at]))
            {
                at++;
            }
        }

        if (at + 1 < value.Length && value[at] is 'e' or 'E')
        {
            var exponent = value[at + 1] is '-' or '+' ? at + 2 : at + 1;
            if (exponent < value.Length && char.IsAsciiDigit(value[exponent]))
            {
                at = exponent;
                while (at < value.Length && char.IsAsciiDigit(value[at]))
                {
                    at++;
                }
            }
        }

        return at;
    }
}
