using System.Globalization;
using System.Security;
using System.Text;

namespace OpenData.Site;

/// <summary>Makes the SVG that Skia's canvas writes into the chart file the site publishes, in one pass over its tags.</summary>
/// <remarks>
/// <para>What changes: the XML declaration goes (a chart may be inlined in a page); ids are numbered c1, c2… in order and
/// references to them follow (Skia numbers them process-wide, so the same chart drawn twice would differ); the font is
/// named once, with fallbacks, on the root (not on each text); the whitespace Skia puts around each text is dropped, and the comma after each glyph position
/// list; the root gets a view box (so it scales), an image role and a title and description for screen readers.</para>
/// <para>Six regular-expression passes did this before, each copying the whole text: they took a ninth of the time a
/// chart takes to draw. A test keeps them as the reference this class must match, byte for byte.</para>
/// </remarks>
internal static class ChartSvg
{
    /// <summary>The chart file for <paramref name="svg"/>, as Skia wrote it.</summary>
    /// <param name="svg">What <c>SKSvgCanvas</c> wrote.</param>
    /// <param name="title">The chart's title (its <c>&lt;title&gt;</c>, escaped here).</param>
    /// <param name="description">What the chart shows, in a sentence (its <c>&lt;desc&gt;</c>, escaped here).</param>
    /// <param name="width">The drawn width, for the view box.</param>
    /// <param name="height">The drawn height, for the view box.</param>
    /// <param name="fontFamily">The <c>font-family</c> to write for text drawn with the chart font.</param>
    /// <param name="fontName">The name of the chart font as Skia writes it.</param>
    public static string Finish(string svg, string title, string description, int width, int height, string fontFamily, string fontName)
    {
        var ids = NumberIds(svg);
        var output = new StringBuilder(svg.Length + title.Length + description.Length + fontFamily.Length + 160);
        var at = SkipWhitespace(svg, SkipDeclaration(svg, 0));
        var opened = false;
        while (at < svg.Length)
        {
            var open = svg.IndexOf('<', at);
            if (open < 0)
            {
                output.Append(svg, at, svg.Length - at);
                break;
            }

            output.Append(svg, at, open - at);
            var close = svg.IndexOf('>', open);
            if (close < 0)
            {
                output.Append(svg, open, svg.Length - open);
                break;
            }

            if (!opened && string.CompareOrdinal(svg, open, "<svg", 0, 4) == 0)
            {
                opened = true;
                output.Append("<svg");
                var start = output.Length;
                Attributes(svg, open + 4, close, ids, fontFamily, fontName, output);
                if (output.ToString(start, output.Length - start).IndexOf("viewBox", StringComparison.Ordinal) < 0)
                {
                    output.Append(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"");
                }

                output.Append(" font-family=\"").Append(fontFamily).Append('"');

                output.Append(" role=\"img\" aria-labelledby=\"chart-title chart-desc\">")
                    .Append("<title id=\"chart-title\">").Append(SecurityElement.Escape(title)).Append("</title>")
                    .Append("<desc id=\"chart-desc\">").Append(SecurityElement.Escape(description)).Append("</desc>");
            }
            else
            {
                var name = NameEnd(svg, open + 1, close);
                output.Append(svg, open, name - open);
                Attributes(svg, name, close, ids, fontFamily, fontName, output);
                output.Append('>');
            }

            at = close + 1;

            // The text of a text element, without the line breaks and indentation Skia writes around it.
            var next = svg.IndexOf('<', at);
            if (next >= 0 && string.CompareOrdinal(svg, next, "</text>", 0, 7) == 0)
            {
                output.Append(svg.AsSpan(at, next - at).Trim());
                at = next;
            }
        }

        // As trimmed: no whitespace after the root, and one line break to end the file.
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]))
        {
            end--;
        }

        output.Length = end;
        return output.Append('\n').ToString();
    }

    // Ids in order of first appearance, wherever they are, so a reference before its element is renamed too.
    private static Dictionary<string, string> NumberIds(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = svg.IndexOf("id=\"", StringComparison.Ordinal); at >= 0; at = svg.IndexOf("id=\"", at + 1, StringComparison.Ordinal))
        {
            var start = at + 4;
            var end = svg.IndexOf('"', start);
            if (end > start)
            {
                ids.TryAdd(svg[start..end], string.Create(CultureInfo.InvariantCulture, $"c{ids.Count + 1}"));
            }
        }

        return ids;
    }

    // Writes the attributes between a tag's name and its '>' (exclusive), renaming ids and references, dropping the chart
    // font's name (the root names it with its fallbacks) and dropping the comma after position lists; the rest is copied as it is.
    private static void Attributes(string svg, int from, int to, Dictionary<string, string> ids, string fontFamily, string fontName, StringBuilder output)
    {
        var at = from;
        while (at < to)
        {
            var equals = svg.IndexOf("=\"", at, to - at, StringComparison.Ordinal);
            if (equals < 0)
            {
                break;
            }

            var valueStart = equals + 2;
            var valueEnd = svg.IndexOf('"', valueStart, to - valueStart);
            if (valueEnd < 0)
            {
                break;
            }

            var nameStart = equals;
            while (nameStart > at && !char.IsWhiteSpace(svg[nameStart - 1]))
            {
                nameStart--;
            }

            output.Append(svg, at, valueStart - at);
            var name = svg.AsSpan(nameStart, equals - nameStart);
            var value = svg.AsSpan(valueStart, valueEnd - valueStart);
            if (name.EndsWith("id") && value.Length > 0 && ids.TryGetValue(value.ToString(), out var renamed))
            {
                output.Append(renamed);
            }
            else if (name.SequenceEqual("font-family") && value.Contains(fontName, StringComparison.Ordinal))
            {
                // Named once, on the root, which every text inherits it from: a chart has a few dozen texts.
                var space = nameStart;
                while (space > at && char.IsWhiteSpace(svg[space - 1]))
                {
                    space--;
                }

                output.Length -= valueStart - space;
                at = valueEnd + 1;
                continue;
            }
            else if (name is "x" or "y" && value.TrimEnd() is [.. var positions, ','] && nameStart > 0 && svg[nameStart - 1] == ' ')
            {
                output.Append(positions);
            }
            else
            {
                References(value, ids, output);
            }

            output.Append('"');
            at = valueEnd + 1;
        }

        output.Append(svg, at, to - at);
    }

    // url(#id) in an attribute, with the id renamed when it is one of the chart's.
    private static void References(ReadOnlySpan<char> value, Dictionary<string, string> ids, StringBuilder output)
    {
        while (value.IndexOf("url(#", StringComparison.Ordinal) is var start and >= 0)
        {
            var rest = value[(start + 5)..];
            var end = rest.IndexOf(')');
            if (end <= 0)
            {
                break;
            }

            output.Append(value[..(start + 5)]);
            var id = rest[..end];
            output.Append(ids.TryGetValue(id.ToString(), out var renamed) ? renamed : id);
            value = rest[end..];
        }

        output.Append(value);
    }

    private static int SkipDeclaration(string svg, int at)
    {
        if (string.CompareOrdinal(svg, at, "<?xml", 0, 5) != 0)
        {
            return at;
        }

        var end = svg.IndexOf('>', at);
        return end > 0 && svg[end - 1] == '?' ? end + 1 : at;
    }

    private static int SkipWhitespace(string svg, int at)
    {
        while (at < svg.Length && char.IsWhiteSpace(svg[at]))
        {
            at++;
        }

        return at;
    }

    // The end of a tag's name: where its attributes, or its '>' or '/>', start.
    private static int NameEnd(string svg, int at, int close)
    {
        while (at < close && !char.IsWhiteSpace(svg[at]) && svg[at] != '/')
        {
            at++;
        }

        return at;
    }
}
