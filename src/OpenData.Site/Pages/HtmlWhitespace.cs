using System.Buffers;

namespace OpenData.Site;

/// <summary>Collapses the white space of a page the way a browser shows it, so that the Razor templates can be indented
/// without the indentation reaching the pages.</summary>
/// <remarks>
/// <para>Each run of white space (space, tab, line feed, form feed, carriage return) in text becomes one character: a line
/// feed if the run had one, a space otherwise. Outside preformatted text a browser shows any run as one space, or nothing
/// beside a block, so the page looks the same and has the same text; keeping one character, never none, keeps every
/// space that separates two words or two inline elements, whichever elements they are, and a line feed keeps the pages
/// readable. This is the safe ("conservative") collapse of HTML minifiers.</para>
/// <para>A run between the tags of a table's rows and cells (<c>&lt;/td&gt; &lt;td&gt;</c>, <c>&lt;tr&gt; &lt;th&gt;</c>,
/// <c>&lt;/tr&gt; &lt;/tbody&gt;</c>…) goes altogether: it is white space directly inside a <c>table</c>, <c>thead</c>,
/// <c>tbody</c>, <c>tfoot</c>, <c>tr</c> or <c>colgroup</c>, which the HTML parser keeps where it is and CSS never shows
/// (CSS 2.1, 17.2.1), so a template can put each cell on a line of its own at no cost.</para>
/// <para>Left as written: tags (attribute values included), comments and doctypes, and the content of <c>pre</c>,
/// <c>textarea</c>, <c>listing</c> and <c>xmp</c>, whose white space is shown as it is, and of <c>script</c> and
/// <c>style</c>, which are not text. Ideographic spaces (U+3000) and no-break spaces are text, not white space.
/// A style sheet that made other elements preformatted (<c>white-space: pre</c>) would need them here too; the site's
/// has none, and a test keeps it so.</para>
/// </remarks>
internal static class HtmlWhitespace
{
    private static readonly SearchValues<char> TextStops = SearchValues.Create("<\t\n\f\r ");

    private static readonly SearchValues<char> TagStops = SearchValues.Create("\"'>");

    private static readonly SearchValues<char> NameStops = SearchValues.Create("\t\n\f\r />");

    private static readonly string[] Preformatted = ["pre", "textarea", "listing", "xmp", "script", "style"];

    // White space after one of these tags and before one of the next ones is directly inside a table, a row group, a row
    // or a column group.
    private static readonly string[] StartsBeforeTableSpace = ["table", "thead", "tbody", "tfoot", "tr", "colgroup", "col"];
    private static readonly string[] EndsBeforeTableSpace = ["caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th"];
    private static readonly string[] StartsAfterTableSpace = ["caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"];
    private static readonly string[] EndsAfterTableSpace = ["table", "thead", "tbody", "tfoot", "tr", "colgroup"];

    /// <summary>Collapses <paramref name="html"/> in place and returns its new length (never more than before).</summary>
    public static int Collapse(Span<char> html)
    {
        var read = 0;
        var write = 0;

        // Where the markup just written starts, while nothing has been written after it.
        var markup = -1;
        while (read < html.Length)
        {
            var text = html[read..].IndexOfAny(TextStops);
            var next = text < 0 ? html.Length : read + text;
            if (next > read)
            {
                markup = -1;
            }

            Move(html, ref read, ref write, next);
            if (read == html.Length)
            {
                break;
            }

            if (html[read] == '<')
            {
                var end = EndOfMarkup(html, read);
                markup = end > read + 1 ? write : -1;
                Move(html, ref read, ref write, end);
                continue;
            }

            var newLine = false;
            while (read < html.Length && IsWhiteSpace(html[read]))
            {
                newLine |= html[read] == '\n';
                read++;
            }

            if (markup < 0 || !IsTag(html[markup..write], StartsBeforeTableSpace, EndsBeforeTableSpace) || !IsTag(html[read..], StartsAfterTableSpace, EndsAfterTableSpace))
            {
                html[write++] = newLine ? '\n' : ' ';
                markup = -1;
            }
        }

        return write;
    }

    /// <summary>The white space of HTML (the "ASCII whitespace" of the HTML standard).</summary>
    public static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    // Whether `html` starts with a start tag of one of `starts` or an end tag of one of `ends`.
    private static bool IsTag(ReadOnlySpan<char> html, string[] starts, string[] ends)
    {
        if (html.Length < 2 || html[0] != '<')
        {
            return false;
        }

        var end = html[1] == '/';
        var name = html[(end ? 2 : 1)..];
        var length = name.IndexOfAny(NameStops);
        name = length < 0 ? name : name[..length];
        foreach (var element in end ? ends : starts)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Copies html[read..end] to html[write..], as it is.
    private static void Move(Span<char> html, ref int read, ref int write, int end)
    {
        if (write != read)
        {
            html[read..end].CopyTo(html[write..]);
        }

        write += end - read;
        read = end;
    }

    // Where the markup starting with the '<' at `start` ends: after a comment, a doctype or an end tag; after a start tag,
    // or after the end tag of a preformatted element started there. A '<' that starts no markup is text.
    private static int EndOfMarkup(ReadOnlySpan<char> html, int start)
    {
        var rest = html[start..];
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
            return close < 0 ? html.Length : start + 4 + close + 3;
        }

        if (rest.Length < 2 || !(char.IsAsciiLetter(rest[1]) || rest[1] is '/' or '!' or '?'))
        {
            return start + 1;
        }

        var end = EndOfTag(html, start);
        if (!char.IsAsciiLetter(rest[1]))
        {
            return end;
        }

        var name = rest[1..];
        var length = name.IndexOfAny(NameStops);
        name = length < 0 ? name : name[..length];
        foreach (var element in Preformatted)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return EndOfElement(html, end, element);
            }
        }

        return end;
    }

    // After the '>' that closes the tag starting at `start`; a '>' inside a quoted attribute value does not close it.
    private static int EndOfTag(ReadOnlySpan<char> html, int start)
    {
        var at = start + 1;
        while (at < html.Length)
        {
            var stop = html[at..].IndexOfAny(TagStops);
            if (stop < 0)
            {
                return html.Length;
            }

            at += stop;
            if (html[at] == '>')
            {
                return at + 1;
            }

            var quote = html[(at + 1)..].IndexOf(html[at]);
            if (quote < 0)
            {
                return html.Length;
            }

            at += quote + 2;
        }

        return html.Length;
    }

    // After the end tag of `element` whose content starts at `from`, or the end of the page if it is never closed.
    private static int EndOfElement(ReadOnlySpan<char> html, int from, string element)
    {
        var at = from;
        while (at < html.Length)
        {
            var close = html[at..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            at += close;
            var name = html[(at + 2)..];
            if (name.StartsWith(element, StringComparison.OrdinalIgnoreCase)
                && (name.Length == element.Length || name[element.Length] is '>' or '/' || IsWhiteSpace(name[element.Length])))
            {
                return EndOfTag(html, at);
            }

            at += 2;
        }

        return html.Length;
    }
}
