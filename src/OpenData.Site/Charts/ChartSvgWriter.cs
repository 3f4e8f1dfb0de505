using System.Buffers;
using System.Globalization;
using System.Security;
using System.Text;

namespace OpenData.Site;

/// <summary>One run of <see cref="ChartSvg.Finish"/>: the pass over one chart's tags and what it remembers on the way.</summary>
internal sealed class ChartSvgWriter
{
    // The places a text's position is added up to before it is rounded: all that Skia writes.
    private const int Exact = 9;

    private readonly string _svg;
    private readonly string _fontName;
    private readonly (string Stroke, string Pattern)? _dash;
    private readonly ChartAxes _axes;
    private readonly StringBuilder _output;

    // The font size of the first text (Skia's, else the first of the axes'), named once on the root for every text of that size.
    private readonly string? _fontSize;

    // Ids Skia gave (found before the pass, so a reference before its element is renamed too) and their new names,
    // numbered as they are first written.
    private readonly HashSet<string> _given;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenBySpan;
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _renamedBySpan;
    private int _numbered;

    // The attributes of the tag being written: where each name and value is in the text.
    private readonly List<(int NameStart, int NameEnd, int ValueStart, int ValueEnd)> _attributes = new(8);
    private readonly StringBuilder _scratch = new(128);
    private int _depth;

    // The clip paths written, by their content, and the one being written.
    private readonly Dictionary<string, string> _clips = new(StringComparer.Ordinal);
    private (int Start, int Content, string Given, int Number)? _clip;

    // The attributes of each open group, and of the group that closed last with where its end tag ends.
    private readonly Stack<string> _groups = new();
    private (string Attributes, int End)? _closedGroup;

    // The path being gathered: where it goes, its attributes but d, its depth, and its d (in _pathData).
    private (int At, string Attributes, int Depth)? _path;
    private readonly StringBuilder _pathData = new(512);

    public ChartSvgWriter(string svg, string fontName, (string Stroke, string Pattern)? dash, ChartAxes axes)
    {
        _svg = svg;
        _fontName = fontName;
        _dash = dash;
        _axes = axes;
        var texts = axes.Texts;
        _output = new StringBuilder(svg.Length + (texts.Count * 40) + (axes.Lines.Count * 24));
        _given = GivenIds(svg);
        var fontSize = svg.IndexOf(" font-size=\"", StringComparison.Ordinal);
        var fontSizeEnd = fontSize < 0 ? -1 : svg.IndexOf('"', fontSize + 12);
        _fontSize = fontSizeEnd >= 0 ? svg[(fontSize + 12)..fontSizeEnd] : texts.Count > 0 ? FontSize(texts[0]) : null;
        _givenBySpan = _given.GetAlternateLookup<ReadOnlySpan<char>>();
        _renamedBySpan = _renamed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The finished chart file.</summary>
    public string Write(string title, int width, int height, string fontFamily)
    {
        var svg = _svg;
        var at = SkipWhitespace(svg, SkipDeclaration(svg, 0));
        var opened = false;
        while (at < svg.Length)
        {
            var open = svg.IndexOf('<', at);
            var close = open < 0 ? -1 : svg.IndexOf('>', open);
            if (close < 0)
            {
                FlushPath();
                _output.Append(svg, at, svg.Length - at);
                break;
            }

            if (svg.AsSpan(at, open - at).Trim().Length > 0)
            {
                _output.Append(svg, at, open - at);
            }

            at = close + 1;
            if (svg[open + 1] == '/')
            {
                CloseTag(svg.AsSpan(open + 2, close - open - 2).Trim());
                continue;
            }

            var selfClosing = svg[close - 1] == '/';
            var nameEnd = NameEnd(svg, open + 1, close);
            var name = svg.AsSpan(open + 1, nameEnd - open - 1);
            ReadAttributes(nameEnd, selfClosing ? close - 1 : close);
            if (!opened && name.SequenceEqual("svg"))
            {
                opened = true;
                Root(width, height, fontFamily, title);
                _depth++;
                continue;
            }

            OpenTag(name, selfClosing);

            // The text of a text element, without the line breaks and indentation Skia writes around it.
            var next = svg.IndexOf('<', at);
            if (!selfClosing && next >= 0 && string.CompareOrdinal(svg, next, "</text>", 0, 7) == 0)
            {
                _output.Append(svg.AsSpan(at, next - at).Trim());
                at = next;
            }
        }

        FlushPath();

        // As trimmed: no whitespace after the root, and one line break to end the file.
        var end = _output.Length;
        while (end > 0 && char.IsWhiteSpace(_output[end - 1]))
        {
            end--;
        }

        _output.Length = end;
        return _output.Append('\n').ToString();
    }

    private void Root(int width, int height, string fontFamily, string title)
    {
        var output = _output;
        output.Append("<svg");
        var hasViewBox = false;
        var usesXlink = _svg.Contains("xlink:href", StringComparison.Ordinal);
        foreach (var attribute in _attributes)
        {
            var name = Name(attribute);
            hasViewBox |= name.SequenceEqual("viewBox");
            if (usesXlink || !name.SequenceEqual("xmlns:xlink"))
            {
                Attribute("svg", attribute, output);
            }
        }

        if (!hasViewBox)
        {
            output.Append(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"");
        }

        AppendRootEnd(fontFamily, _fontSize, title, output);
    }

    /// <summary>Ends the root's start tag: the font every text is in unless it says otherwise, the image role and the title.</summary>
    internal static void AppendRootEnd(string fontFamily, string? fontSize, string title, StringBuilder output)
    {
        output.Append(" font-family=\"").Append(fontFamily).Append('"');
        if (fontSize is not null)
        {
            output.Append(" font-size=\"").Append(fontSize).Append('"');
        }

        output.Append(" role=\"img\" aria-labelledby=\"chart-title\">")
            .Append("<title id=\"chart-title\">").Append(SecurityElement.Escape(title)).Append("</title>");
    }

    private void OpenTag(ReadOnlySpan<char> name, bool selfClosing)
    {
        if (name.SequenceEqual("path") && Gather())
        {
            return;
        }

        if (!name.SequenceEqual("text"))
        {
            FlushPath();
        }

        var output = _output;
        var start = output.Length;
        output.Append('\n');
        if (name.SequenceEqual("ellipse") && Rounded(Value("rx")) is { } rx && rx == Rounded(Value("ry")))
        {
            output.Append("<circle");
            foreach (var attribute in _attributes)
            {
                if (Name(attribute) is var attributeName && attributeName.SequenceEqual("rx"))
                {
                    output.Append(" r=\"");
                    ChartSvgNumbers.AppendRounded(Value(attribute), ChartSvg.Decimals, output);
                    output.Append('"');
                }
                else if (!attributeName.SequenceEqual("ry"))
                {
                    Attribute("circle", attribute, output);
                }
            }
        }
        else if (name.SequenceEqual("text") && Translation(Value("transform")) is { } translation)
        {
            // Where the first glyph is, as one position: the browser places the others with the font.
            output.Append("<text x=\"");
            ChartSvgNumbers.AppendScaled(ChartSvgNumbers.Rescale(translation.X + First(Value("x")), Exact, ChartSvg.Decimals), ChartSvg.Decimals, output);
            output.Append("\" y=\"");
            ChartSvgNumbers.AppendScaled(ChartSvgNumbers.Rescale(translation.Y + First(Value("y")), Exact, ChartSvg.Decimals), ChartSvg.Decimals, output);
            output.Append('"');
            foreach (var attribute in _attributes)
            {
                if (Name(attribute) is not ("transform" or "x" or "y"))
                {
                    Attribute(name, attribute, output);
                }
            }
        }
        else
        {
            output.Append('<').Append(name);
            var clip = !selfClosing && name.SequenceEqual("clipPath") && _clip is null && Value("id") is { Length: > 0 } id && !_renamedBySpan.ContainsKey(id);
            var numbered = _numbered;
            foreach (var attribute in _attributes)
            {
                Attribute(name, attribute, output);
            }

            if (_dash is { } dash && name.SequenceEqual("path") && Value("stroke").SequenceEqual(dash.Stroke))
            {
                output.Append(" stroke-dasharray=\"").Append(dash.Pattern).Append('"');
            }

            if (clip && _numbered == numbered + 1)
            {
                _clip = (start, output.Length + 1, Value("id").ToString(), _numbered);
            }
        }

        if (selfClosing)
        {
            output.Append("/>");
            return;
        }

        _depth++;
        if (name.SequenceEqual("g"))
        {
            var attributes = output.ToString(start + 2, output.Length - start - 2);
            _groups.Push(attributes);

            // A group that opens as the last one closed, with the same clip path: one group.
            if (_closedGroup is { } closed && closed.End == start && closed.Attributes == attributes)
            {
                _closedGroup = null;
                output.Length = start - 4;
                return;
            }
        }

        output.Append('>');
    }

    private void CloseTag(ReadOnlySpan<char> name)
    {
        if (!name.SequenceEqual("text"))
        {
            FlushPath();
        }

        _depth--;
        var output = _output;
        if (_depth == 0 && name.SequenceEqual("svg"))
        {
            AppendAxes(_axes, _fontSize, output);
        }

        if (name.SequenceEqual("clipPath") && _clip is { } clip)
        {
            _clip = null;
            var content = output.ToString(clip.Content, output.Length - clip.Content);
            if (clip.Number == _numbered && _clips.TryGetValue(content, out var same))
            {
                output.Length = clip.Start;
                _renamed[clip.Given] = same;
                _numbered--;
                return;
            }

            _clips.TryAdd(content, _renamed[clip.Given]);
        }

        output.Append("</").Append(name).Append('>');
        if (name.SequenceEqual("g") && _groups.TryPop(out var attributes))
        {
            _closedGroup = (attributes, output.Length);
        }
    }

    /// <summary>Writes axes on top of what is drawn: their lines as one path for each width, then their labels, as the
    /// pass writes what Skia drew (numbers rounded, a line that keeps its x or its y with one number).</summary>
    /// <param name="axes">The axes.</param>
    /// <param name="fontSize">The font size named on the root, which a label of that size does not repeat.</param>
    /// <param name="output">Where to write.</param>
    internal static void AppendAxes(ChartAxes axes, string? fontSize, StringBuilder output)
    {
        foreach (var width in axes.Lines.Select(l => l.Width).Distinct())
        {
            output.Append("\n<path fill=\"none\" stroke=\"black\" stroke-width=\"");
            ChartSvgNumbers.AppendRounded(width, ChartSvg.Decimals, output);
            output.Append("\" d=\"");
            foreach (var line in axes.Lines.Where(l => l.Width == width))
            {
                var (x1, y1) = (Scaled(line.X1), Scaled(line.Y1));
                ChartSvgNumbers.AppendMoveTo(x1, y1, output);
                ChartSvgNumbers.AppendLineTo(x1, y1, Scaled(line.X2), Scaled(line.Y2), output);
            }

            output.Append("\"/>");
        }

        foreach (var text in axes.Texts)
        {
            output.Append("\n<text x=\"");
            ChartSvgNumbers.AppendScaled(Scaled(text.X), ChartSvg.Decimals, output);
            output.Append("\" y=\"");
            ChartSvgNumbers.AppendScaled(Scaled(text.Y), ChartSvg.Decimals, output);
            output.Append('"');
            var size = FontSize(text);
            if (size != fontSize)
            {
                output.Append(" font-size=\"").Append(size).Append('"');
            }

            output.Append('>').Append(SecurityElement.Escape(text.Text.Trim())).Append("</text>");
        }
    }

    internal static string FontSize(ChartText text) => text.FontSize.ToString(CultureInfo.InvariantCulture);

    private static long Scaled(double value) => ChartSvgNumbers.Scaled(value, ChartSvg.Decimals);

    // Takes a path into the one being gathered when it can be drawn with it; false to write it as it is.
    private bool Gather()
    {
        if (Value("fill") is not "none" || Value("d").IsEmpty || Value("id").Length > 0 || Value("stroke-dasharray").Length > 0
            || (_dash is { } dash && Value("stroke").SequenceEqual(dash.Stroke)))
        {
            return false;
        }

        var scratch = _scratch.Clear();
        foreach (var attribute in _attributes)
        {
            var name = Name(attribute);

            // Where translucent strokes cross, two paths darken twice and one path once.
            if (name.Contains("opacity", StringComparison.Ordinal))
            {
                return false;
            }

            if (!name.SequenceEqual("d"))
            {
                Attribute("path", attribute, scratch);
            }
        }

        if (_path is not { } path || path.Depth != _depth || !scratch.Equals(path.Attributes.AsSpan()))
        {
            FlushPath();
            _path = (_output.Length, scratch.ToString(), _depth);
            _pathData.Clear();
        }

        ChartSvgNumbers.AppendPathData(Value("d"), _pathData);
        return true;
    }

    // Writes the gathered path where its first part was.
    private void FlushPath()
    {
        if (_path is not { } path)
        {
            return;
        }

        _path = null;

        // What was written after the path's first part (the tick labels between its parts) is moved behind it, not the
        // path inserted before it: StringBuilder.Insert copies everything before the insertion point into a new chunk.
        var output = _output;
        var moved = output.Length - path.At;
        var after = moved > 0 ? ArrayPool<char>.Shared.Rent(moved) : null;
        if (after is not null)
        {
            output.CopyTo(path.At, after, moved);
            output.Length = path.At;
        }

        output.Append("\n<path").Append(path.Attributes).Append(" d=\"").Append(_pathData).Append("\"/>");
        if (after is not null)
        {
            output.Append(after, 0, moved);
            ArrayPool<char>.Shared.Return(after);
        }
    }

    // Writes one attribute: ids and references renamed, numbers rounded, what the browser assumes or the root says left out.
    private void Attribute(ReadOnlySpan<char> element, (int NameStart, int NameEnd, int ValueStart, int ValueEnd) attribute, StringBuilder output)
    {
        var name = Name(attribute);
        var value = Value(attribute);
        switch (name)
        {
            case "font-family" when value.Contains(_fontName, StringComparison.Ordinal):
            case "stroke-miterlimit" when value is "4":
            case "font-size" when value.SequenceEqual(_fontSize):
                return;
        }

        output.Append(' ').Append(name).Append("=\"");
        switch (name)
        {
            case "d":
                ChartSvgNumbers.AppendPathData(value, output);
                break;
            case "x" or "y" when element.SequenceEqual("text"):
                // The first glyph's position: the browser places the others with the font.
                var comma = value.IndexOf(',');
                ChartSvgNumbers.AppendRounded((comma < 0 ? value : value[..comma]).Trim(), ChartSvg.Decimals, output);
                break;
            case "x" or "y" or "cx" or "cy" or "r" or "rx" or "ry" or "width" or "height" or "transform" or "stroke-width"
                or "x1" or "y1" or "x2" or "y2" or "points":
                ChartSvgNumbers.AppendRounded(value, ChartSvg.Decimals, output);
                break;
            case "opacity" or "fill-opacity" or "stroke-opacity":
                ChartSvgNumbers.AppendRounded(value, ChartSvg.OpacityDecimals, output);
                break;
            case "id" when value.Length > 0 && _givenBySpan.Contains(value):
                output.Append(Rename(value));
                break;
            default:
                References(value, output);
                break;
        }

        output.Append('"');
    }

    // url(#id) in an attribute, with the id renamed when it is one of the chart's.
    private void References(ReadOnlySpan<char> value, StringBuilder output)
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
            output.Append(_givenBySpan.Contains(id) ? Rename(id) : id);
            value = rest[end..];
        }

        output.Append(value);
    }

    private string Rename(ReadOnlySpan<char> id)
    {
        if (!_renamedBySpan.TryGetValue(id, out var renamed))
        {
            renamed = string.Create(CultureInfo.InvariantCulture, $"c{++_numbered}");
            _renamed[id.ToString()] = renamed;
        }

        return renamed;
    }

    private void ReadAttributes(int from, int to)
    {
        var svg = _svg;
        _attributes.Clear();
        var at = from;
        while (at < to)
        {
            var equals = svg.IndexOf("=\"", at, to - at, StringComparison.Ordinal);
            var valueEnd = equals < 0 ? -1 : svg.IndexOf('"', equals + 2, to - equals - 2);
            if (valueEnd < 0)
            {
                break;
            }

            var nameStart = equals;
            while (nameStart > at && !char.IsWhiteSpace(svg[nameStart - 1]))
            {
                nameStart--;
            }

            _attributes.Add((nameStart, equals, equals + 2, valueEnd));
            at = valueEnd + 1;
        }
    }

    private ReadOnlySpan<char> Name((int NameStart, int NameEnd, int ValueStart, int ValueEnd) attribute) =>
        _svg.AsSpan(attribute.NameStart, attribute.NameEnd - attribute.NameStart);

    private ReadOnlySpan<char> Value((int NameStart, int NameEnd, int ValueStart, int ValueEnd) attribute) =>
        _svg.AsSpan(attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart);

    // The value of the current tag's attribute, empty when it has none.
    private ReadOnlySpan<char> Value(string name)
    {
        foreach (var attribute in _attributes)
        {
            if (Name(attribute).SequenceEqual(name))
            {
                return Value(attribute);
            }
        }

        return [];
    }

    // The offset of a transform that only translates, such as translate(73.0867 337.932), in billionths; null for any other.
    private static (long X, long Y)? Translation(ReadOnlySpan<char> transform)
    {
        if (!transform.StartsWith("translate(") || transform[^1] != ')')
        {
            return null;
        }

        var offsets = transform[10..^1].Trim();
        var space = offsets.IndexOfAny(' ', ',');
        var x = space < 0 ? offsets : offsets[..space];
        var y = space < 0 ? "0" : offsets[(space + 1)..].Trim();
        return ChartSvgNumbers.TryScale(x, Exact, out var dx) && ChartSvgNumbers.TryScale(y, Exact, out var dy) ? (dx, dy) : null;
    }

    // A length as it is written (in hundredths); null when it is not a number.
    private static long? Rounded(ReadOnlySpan<char> length) =>
        ChartSvgNumbers.TryScale(length, ChartSvg.Decimals, out var value) ? value : null;

    // The first of a list of positions in billionths, 0 when there is none.
    private static long First(ReadOnlySpan<char> positions)
    {
        var comma = positions.IndexOf(',');
        return ChartSvgNumbers.TryScale((comma < 0 ? positions : positions[..comma]).Trim(), Exact, out var first) ? first : 0;
    }

    private static HashSet<string> GivenIds(string svg)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var at = svg.IndexOf("id=\"", StringComparison.Ordinal); at >= 0; at = svg.IndexOf("id=\"", at + 1, StringComparison.Ordinal))
        {
            var start = at + 4;
            var end = svg.IndexOf('"', start);
            if (end > start)
            {
                ids.Add(svg[start..end]);
            }
        }

        return ids;
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
