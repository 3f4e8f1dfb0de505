using System.Buffers;
using System.Globalization;
using System.Text;

namespace OpenData.Site;

/// <summary>The numbers of a chart file, rounded as <see cref="ChartSvg"/> writes them.</summary>
/// <remarks>Numbers are rounded as the decimal text Skia wrote (half away from zero), into a whole number of hundredths
/// (or thousandths), never through <see langword="double"/>: parsing and formatting doubles took most of a pass.</remarks>
internal static class ChartSvgNumbers
{
    private static readonly SearchValues<char> PathCharacters = SearchValues.Create("MLQCZ0123456789.-+eE, \t\r\n");

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    /// <summary>Writes <paramref name="value"/> with every number in it rounded to <paramref name="decimals"/> places, with
    /// no zero before the decimal point and no sign on zero; what is not a number is copied.</summary>
    public static void AppendRounded(ReadOnlySpan<char> value, int decimals, StringBuilder output)
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
            if (TryScale(value[at..end], decimals, out var scaled))
            {
                output.Append(value[copied..at]);
                AppendScaled(scaled, decimals, output);
                copied = end;
            }

            at = end;
        }

        output.Append(value[copied..]);
    }

    /// <summary>Writes path data rounded as <see cref="AppendRounded(ReadOnlySpan{char}, int, StringBuilder)"/> rounds, with a line that keeps its x or its y
    /// written as a vertical or horizontal one (<c>V</c>, <c>H</c>: one number, not two).</summary>
    /// <remarks>Path data with a command other than the absolute ones Skia writes (<c>M L Q C Z</c>) is only rounded.</remarks>
    public static void AppendPathData(ReadOnlySpan<char> data, StringBuilder output)
    {
        if (data.ContainsAnyExcept(PathCharacters))
        {
            AppendRounded(data, ChartSvg.Decimals, output);
            return;
        }

        Span<long> numbers = stackalloc long[6];
        var (x, y, startX, startY) = (0L, 0L, 0L, 0L);
        var at = 0;
        while (at < data.Length)
        {
            var command = data[at++];
            if (command == 'Z')
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
                var (endX, endY) = (numbers[count - 2], numbers[count - 1]);
                if (command == 'L')
                {
                    AppendLineTo(x, y, endX, endY, output);
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

                        AppendScaled(numbers[i], ChartSvg.Decimals, output);
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

    /// <summary>Starts a path's part at a point (in hundredths, as <see cref="ChartSvg.Decimals"/>): <c>M</c> and its two numbers.</summary>
    public static void AppendMoveTo(long x, long y, StringBuilder output)
    {
        output.Append('M');
        AppendScaled(x, ChartSvg.Decimals, output);
        output.Append(' ');
        AppendScaled(y, ChartSvg.Decimals, output);
    }

    /// <summary>Writes a straight line from one point to another (in hundredths, as <see cref="ChartSvg.Decimals"/>): a
    /// vertical or horizontal one with one number (<c>V</c>, <c>H</c>) when it keeps its x or its y, else <c>L</c>.</summary>
    public static void AppendLineTo(long fromX, long fromY, long toX, long toY, StringBuilder output)
    {
        if (toX == fromX)
        {
            output.Append('V');
            AppendScaled(toY, ChartSvg.Decimals, output);
        }
        else if (toY == fromY)
        {
            output.Append('H');
            AppendScaled(toX, ChartSvg.Decimals, output);
        }
        else
        {
            output.Append('L');
            AppendScaled(toX, ChartSvg.Decimals, output);
            output.Append(' ');
            AppendScaled(toY, ChartSvg.Decimals, output);
        }
    }

    /// <summary>A decimal number as a whole number of 10^-<paramref name="decimals"/>, rounded half away from zero.</summary>
    /// <returns>False when it is not a number or too large.</returns>
    public static bool TryScale(ReadOnlySpan<char> number, int decimals, out long scaled)
    {
        scaled = 0;
        var at = 0;
        var negative = number.Length > 0 && number[0] == '-';
        if (number.Length > 0 && number[0] is '-' or '+')
        {
            at++;
        }

        var digits = 0;
        var any = false;
        for (; at < number.Length && char.IsAsciiDigit(number[at]); at++, any = true)
        {
            scaled = (scaled * 10) + (number[at] - '0');
            if (++digits > 17 - decimals)
            {
                return TryScaleDouble(number, decimals, out scaled);
            }
        }

        var places = 0;
        var up = false;
        if (at < number.Length && number[at] == '.')
        {
            for (at++; at < number.Length && char.IsAsciiDigit(number[at]); at++, any = true)
            {
                if (places < decimals)
                {
                    scaled = (scaled * 10) + (number[at] - '0');
                    places++;
                }
                else if (places++ == decimals)
                {
                    up = number[at] >= '5';
                }
            }
        }

        if (!any)
        {
            return false;
        }

        if (at < number.Length)
        {
            // An exponent, which Skia writes for tiny numbers.
            return TryScaleDouble(number, decimals, out scaled);
        }

        scaled = (Math.Min(places, decimals) < decimals ? scaled * Powers[decimals - Math.Min(places, decimals)] : scaled) + (up ? 1 : 0);
        scaled = negative ? -scaled : scaled;
        return true;
    }

    /// <summary><paramref name="scaled"/> (in 10^-<paramref name="from"/>) in 10^-<paramref name="to"/>, rounded half away from zero.</summary>
    public static long Rescale(long scaled, int from, int to)
    {
        var divisor = Powers[from - to];
        var rounded = (Math.Abs(scaled) + (divisor / 2)) / divisor;
        return scaled < 0 ? -rounded : rounded;
    }

    /// <summary>Writes a number rounded to <paramref name="decimals"/> places, halves away from zero, as <see cref="AppendScaled"/>.</summary>
    public static void AppendRounded(double value, int decimals, StringBuilder output) => AppendScaled(Scaled(value, decimals), decimals, output);

    /// <summary>A number as a whole number of 10^-<paramref name="decimals"/>, rounded halves away from zero.</summary>
    public static long Scaled(double value, int decimals) => (long)Math.Round(value * Powers[decimals], MidpointRounding.AwayFromZero);

    /// <summary>Writes a whole number of 10^-<paramref name="decimals"/> as a decimal: no trailing zeros, no zero before the
    /// decimal point, no sign on zero.</summary>
    public static void AppendScaled(long scaled, int decimals, StringBuilder output)
    {
        if (scaled == 0)
        {
            output.Append('0');
            return;
        }

        if (scaled < 0)
        {
            output.Append('-');
            scaled = -scaled;
        }

        var power = Powers[decimals];
        var whole = scaled / power;
        var fraction = scaled % power;
        if (whole > 0)
        {
            output.Append(whole);
        }

        if (fraction == 0)
        {
            return;
        }

        output.Append('.');
        Span<char> digits = stackalloc char[decimals];
        for (var i = decimals - 1; i >= 0; i--, fraction /= 10)
        {
            digits[i] = (char)('0' + (fraction % 10));
        }

        output.Append(digits.TrimEnd('0'));
    }

    private static bool TryScaleDouble(ReadOnlySpan<char> number, int decimals, out long scaled)
    {
        scaled = 0;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) >= 1e15 / Powers[decimals] || double.IsNaN(value))
        {
            return false;
        }

        scaled = (long)Math.Round(value * Powers[decimals], MidpointRounding.AwayFromZero);
        return true;
    }

    // Reads as many numbers as numbers holds, after separators; false when they are not there.
    private static bool ReadNumbers(ReadOnlySpan<char> data, ref int at, Span<long> numbers)
    {
        var next = at;
        for (var i = 0; i < numbers.Length; i++)
        {
            next = SkipSeparators(data, next);
            if (next >= data.Length || !StartsNumber(data, next))
            {
                return false;
            }

            var end = NumberEnd(data, next);
            if (!TryScale(data[next..end], ChartSvg.Decimals, out numbers[i]))
            {
                return false;
            }

            next = end;
        }

        at = SkipSeparators(data, next);
        return true;
    }

    private static int SkipSeparators(ReadOnlySpan<char> data, int at)
    {
        while (at < data.Length && data[at] is ' ' or ',' or '\t' or '\r' or '\n')
        {
            at++;
        }

        return at;
    }

    private static bool StartsNumber(ReadOnlySpan<char> value, int at)
    {
        var c = value[at];
        var next = at + 1 < value.Length ? value[at + 1] : ' ';
        return c switch
        {
            >= '0' and <= '9' => true,
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
