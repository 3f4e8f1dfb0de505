using System.Buffers;
using System.Runtime.CompilerServices;

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
/// (CSS 2.1, 17.2.1), so a template can put each cell on a line of its own without adding to the page.</para>
/// <para>Left as written: tags (attribute values included), comments and doctypes, and the content of <c>pre</c>,
/// <c>textarea</c>, <c>listing</c> and <c>xmp</c>, whose white space is shown as it is, and of <c>script</c> and
/// <c>style</c>, which are not text. Ideographic spaces (U+3000) and no-break spaces are text, not white space.
/// A style sheet that made other elements preformatted (<c>white-space: pre</c>) would need them here too; the site's
/// has none, and a test keeps it so.</para>
/// </remarks>
internal static class HtmlWhitespace
{
    /// <summary>What ends a piece of text: a tag or a run of white space.</summary>
    internal static readonly SearchValues<char> TextStops = SearchValues.Create("<\t\n\f\r ");

    /// <summary>The white space of HTML.</summary>
    internal static readonly SearchValues<char> Spaces = SearchValues.Create("\t\n\f\r ");

    private static readonly SearchValues<char> OtherSpaces = SearchValues.Create("\t\n\f\r");

    private static readonly SearchValues<char> TagStops = SearchValues.Create("\"'>");

    private static readonly SearchValues<char> NameStops = SearchValues.Create("\t\n\f\r />");

    private const ulong WhiteSpaceBits = (1UL << ' ') | (1UL << '\t') | (1UL << '\n') | (1UL << '\f') | (1UL << '\r');

    // What white space beside a tag of a table's structure is: white space after a tag with "before" and before a tag
    // with "after" is directly inside a table, a row group, a row or a column group.
    [Flags]
    private enum TableTag
    {
        None = 0,
        StartBefore = 1,
        EndBefore = 2,
        StartAfter = 4,
        EndAfter = 8,
    }

    /// <summary>Collapses <paramref name="html"/> in place and returns its new length (never more than before).</summary>
    /// <remarks>One pass; text between the runs that change is moved once, in one piece. <see cref="HtmlWhitespaceWriter"/>
    /// makes the same page while it is written.</remarks>
    public static int Collapse(Span<char> html)
    {
        var at = 0;
        var write = 0;

        // Where the text not yet moved into place starts: after the last run that changed.
        var kept = 0;

        // Where the markup that ends at `at` starts, while no text came after it.
        var markup = -1;
        while (at < html.Length)
        {
            var stop = html[at..].IndexOfAny(TextStops);
            if (stop < 0)
            {
                break;
            }

            if (stop > 0)
            {
                markup = -1;
                at += stop;
            }

            if (html[at] == '<')
            {
                var end = EndOfMarkup(html, at);
                markup = end > at + 1 ? at : -1;
                at = end;
                continue;
            }

            var run = at;
            var newLine = false;
            while (at < html.Length && IsWhiteSpace(html[at]))
            {
                newLine |= html[at] == '\n';
                at++;
            }

            var dropped = markup >= 0 && IsTableTag(html[markup..run], before: true) && IsTableTag(html[at..], before: false);
            var replacement = newLine ? '\n' : ' ';
            markup = -1;
            if (!dropped && at - run == 1 && html[run] == replacement)
            {
                continue;
            }

            html[kept..run].CopyTo(html[write..]);
            write += run - kept;
            if (!dropped)
            {
                html[write++] = replacement;
            }

            kept = at;
        }

        html[kept..].CopyTo(html[write..]);
        return write + html.Length - kept;
    }

    /// <summary>The white space of HTML (the "ASCII whitespace" of the HTML standard).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c <= ' ' && ((1UL << c) & WhiteSpaceBits) != 0;

    /// <summary>Whether the only white space of <paramref name="text"/> is single spaces.</summary>
    public static bool HasOnlySingleSpaces(ReadOnlySpan<char> text) =>
        text.IndexOfAny(OtherSpaces) < 0 && !text.Contains("  ", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> has any white space.</summary>
    public static bool HasWhiteSpace(ReadOnlySpan<char> text)
    {
        // Most text of a page is a number or a short label: a loop costs less than a vectorised search's set-up.
        if (text.Length >= 16)
        {
            return text.ContainsAny(Spaces);
        }

        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether white space right after this tag would be directly inside a table, a row group, a row or a column
    /// group, if a tag for which <see cref="IsAfterTableSpace"/> holds came next.</summary>
    internal static bool IsBeforeTableSpace(ReadOnlySpan<char> element, bool end) => (TableTagOf(element) & (end ? TableTag.EndBefore : TableTag.StartBefore)) != 0;

    /// <summary>Whether white space right before this tag would be directly inside a table, a row group, a row or a column
    /// group, if a tag for which <see cref="IsBeforeTableSpace"/> holds came before.</summary>
    internal static bool IsAfterTableSpace(ReadOnlySpan<char> element, bool end) => (TableTagOf(element) & (end ? TableTag.EndAfter : TableTag.StartAfter)) != 0;

    /// <summary>The element whose content is left as written, or <see langword="null"/>: <c>pre</c>, <c>textarea</c>,
    /// <c>listing</c> and <c>xmp</c> show their white space as it is; <c>script</c> and <c>style</c> are not text.</summary>
    internal static string? IsPreformatted(ReadOnlySpan<char> element) => (element.Length, element.IsEmpty ? '\0' : (char)(element[0] | 0x20)) switch
    {
        (3, 'p') when element.Equals("pre", StringComparison.OrdinalIgnoreCase) => "pre",
        (3, 'x') when element.Equals("xmp", StringComparison.OrdinalIgnoreCase) => "xmp",
        (5, 's') when element.Equals("style", StringComparison.OrdinalIgnoreCase) => "style",
        (6, 's') when element.Equals("script", StringComparison.OrdinalIgnoreCase) => "script",
        (7, 'l') when element.Equals("listing", StringComparison.OrdinalIgnoreCase) => "listing",
        (8, 't') when element.Equals("textarea", StringComparison.OrdinalIgnoreCase) => "textarea",
        _ => null,
    };

    /// <summary>Where the tag, comment or doctype starting with the '&lt;' at <paramref name="start"/> ends, with the
    /// element of a tag (empty for a comment or a doctype) and whether it is an end tag; <c>start + 1</c> for a '&lt;' that
    /// starts none, which is text.</summary>
    internal static int EndOfTag(ReadOnlySpan<char> html, int start, out ReadOnlySpan<char> element, out bool end)
    {
        element = default;
        var rest = html[start..];
        end = rest.Length > 1 && rest[1] == '/';
        if (rest.Length < 2 || !(char.IsAsciiLetter(rest[1]) || rest[1] is '/' or '!' or '?'))
        {
            return start + 1;
        }

        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
            return close < 0 ? html.Length : start + 4 + close + 3;
        }

        var name = end ? 2 : 1;
        if (name < rest.Length && char.IsAsciiLetter(rest[name]))
        {
            element = Name(rest[name..]);
        }

        return EndOfTag(html, start);
    }

    /// <summary>After the end tag of <paramref name="element"/>, looked for from <paramref name="from"/> on, or -1 when
    /// there is none.</summary>
    internal static int EndOfElement(ReadOnlySpan<char> html, int from, string element)
    {
        var at = from;
        while (at < html.Length)
        {
            var close = html[at..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return -1;
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

        return -1;
    }

    // Where the markup starting with the '<' at `start` ends: after a tag, a comment or a doctype, or after the end tag of
    // a preformatted element started there (the end of the page if it is never closed). A '<' that starts none is text.
    private static int EndOfMarkup(ReadOnlySpan<char> html, int start)
    {
        var end = EndOfTag(html, start, out var element, out var isEnd);
        if (isEnd || IsPreformatted(element) is not { } preformatted)
        {
            return end;
        }

        var close = EndOfElement(html, end, preformatted);
        return close < 0 ? html.Length : close;
    }

    /// <summary>Whether <paramref name="html"/> starts with a tag after which (<paramref name="before"/>), or before
    /// which, white space is directly inside a table, a row group, a row or a column group.</summary>
    internal static bool IsTableTag(ReadOnlySpan<char> html, bool before)
    {
        if (html.Length < 2 || html[0] != '<')
        {
            return false;
        }

        var end = html[1] == '/';
        var name = Name(html[(end ? 2 : 1)..]);
        return before ? IsBeforeTableSpace(name, end) : IsAfterTableSpace(name, end);
    }

    // After <table>, <thead>, <tbody>, <tfoot>, <tr>, <colgroup>, <col> and </caption>, </colgroup>, </thead>, </tbody>,
    // </tfoot>, </tr>, </td>, </th>; before <caption>, <colgroup>, <col>, <thead>, <tbody>, <tfoot>, <tr>, <td>, <th> and
    // </table>, </thead>, </tbody>, </tfoot>, </tr>, </colgroup>.
    private static TableTag TableTagOf(ReadOnlySpan<char> element)
    {
        const TableTag Section = TableTag.StartBefore | TableTag.EndBefore | TableTag.StartAfter | TableTag.EndAfter;
        const TableTag Cell = TableTag.EndBefore | TableTag.StartAfter;
        if (element.Length is < 2 or > 8)
        {
            return TableTag.None;
        }

        return element.Length switch
        {
            2 when (element[0] | 0x20) == 't' => (element[1] | 0x20) switch
            {
                'r' => Section,
                'd' or 'h' => Cell,
                _ => TableTag.None,
            },
            3 when element.Equals("col", StringComparison.OrdinalIgnoreCase) => TableTag.StartBefore | TableTag.StartAfter,
            5 when element.Equals("table", StringComparison.OrdinalIgnoreCase) => TableTag.StartBefore | TableTag.EndAfter,
            5 when element.Equals("thead", StringComparison.OrdinalIgnoreCase) || element.Equals("tbody", StringComparison.OrdinalIgnoreCase)
                || element.Equals("tfoot", StringComparison.OrdinalIgnoreCase) => Section,
            7 when element.Equals("caption", StringComparison.OrdinalIgnoreCase) => TableTag.EndBefore | TableTag.StartAfter,
            8 when element.Equals("colgroup", StringComparison.OrdinalIgnoreCase) => Section,
            _ => TableTag.None,
        };
    }

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> tag)
    {
        var length = tag.IndexOfAny(NameStops);
        return length < 0 ? tag : tag[..length];
    }

    // After the '>' that closes the tag starting at `start`; a '>' inside a quoted attribute value does not close it.
    private static int EndOfTag(ReadOnlySpan<char> html, int start)
    {
        // Most tags: the first '>' closes the tag when the double quotes before it are paired and there is no single one.
        var close = html[start..].IndexOf('>');
        if (close < 0)
        {
            return html.Length;
        }

        var tag = html.Slice(start, close);
        if (tag.Count('"') % 2 == 0 && !tag.Contains('\''))
        {
            return start + close + 1;
        }

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
}
