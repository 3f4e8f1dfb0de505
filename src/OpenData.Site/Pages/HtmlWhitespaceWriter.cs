using System.Text.Encodings.Web;

namespace OpenData.Site;

/// <summary>Writes a page into a <see cref="CharBuffer"/> with its white space collapsed as it is written: the page
/// <see cref="HtmlWhitespace.Collapse"/> makes of the whole HTML, without a second pass over it.</summary>
/// <remarks>
/// <para><see cref="StaticPageWriter"/> writes the tags of the render trees' elements itself and says where they are
/// (<see cref="BeforeTag"/>, <see cref="AfterTag"/>), so only text and markup frames are looked at: text for its runs of
/// white space, markup (the components' static HTML, and HTML they insert) for its tags too. A run is written as its one
/// character at once; the character becomes a line feed when the run goes on with one in the next frame, and is taken
/// back when a tag of a table's rows and cells comes next, so runs that span frames come out as
/// <see cref="HtmlWhitespace.Collapse"/> makes them. The content of a preformatted element is as
/// written up to the first end tag of its name, whether the tags are a render tree's or the markup's, as a browser
/// reads it. The tests hold every page, and random render trees, to it.</para>
/// <para>Not thread-safe: each <see cref="StaticPageWriter"/> has its own.</para>
/// </remarks>
internal sealed class HtmlWhitespaceWriter
{
    // What WritesAsIs writes into, kept by each thread.
    [ThreadStatic]
    private static CharBuffer? _checkBuffer;

    [ThreadStatic]
    private static HtmlWhitespaceWriter? _checkWriter;

    private CharBuffer _output = null!;
    private bool _collapse;

    // The preformatted element (pre, script…) being written: everything is as written up to its end tag.
    private string? _open;

    // Where the character of the last run of white space was written, and whether a tag after which white space is
    // inside a table came right before the run; valid while it is the last character written.
    private int _space = -1;
    private bool _spaceInTable;

    // Where the last tag written starts and ends: what it is is read from the page when white space follows it.
    private int _tagStart;
    private int _tag = -1;

    /// <summary>Starts a page.</summary>
    /// <param name="output">Where it is written.</param>
    /// <param name="collapse">Whether to collapse its white space; otherwise everything is written as it is.</param>
    public void Start(CharBuffer output, bool collapse)
    {
        _output = output;
        _collapse = collapse;
        _open = null;
        _space = -1;
        _tag = -1;
    }

    /// <summary>A start or end tag of <paramref name="element"/> is about to be written.</summary>
    public void BeforeTag(ReadOnlySpan<char> element, bool end)
    {
        if (_space >= 0 && _space == _output.Length - 1 && _spaceInTable && HtmlWhitespace.IsAfterTableSpace(element, end))
        {
            _output.Truncate(_space);
        }

        _space = -1;
        _tagStart = _output.Length;
    }

    /// <summary>A start or end tag of <paramref name="element"/> was written; <paramref name="content"/> when the
    /// element's content and end tag come next.</summary>
    public void AfterTag(ReadOnlySpan<char> element, bool end, bool content = false)
    {
        // Called for every tag of a page: as little as can be, and no reference stored unless a preformatted element
        // starts or ends.
        _tag = _output.Length;
        if (_open is null)
        {
            if (content && !end && HtmlWhitespace.IsPreformatted(element) is { } preformatted)
            {
                _open = preformatted;
            }
        }
        else if (end && element.Equals(_open, StringComparison.OrdinalIgnoreCase))
        {
            _open = null;
        }
    }

    /// <summary>Writes text, encoded.</summary>
    public void Text(TextEncoder encoder, string text)
    {
        var from = _output.Length;
        _output.WriteEncoded(encoder, text);

        // The encoder leaves white space as it is, or writes it as a character reference, which is not white space.
        if (!_collapse || _open is not null || !HtmlWhitespace.HasWhiteSpace(text))
        {
            return;
        }

        // Text whose white space is single spaces is as collapsed as it gets, unless it starts with one that goes on a run
        // just written; a space at its end starts a run that the next frame may go on.
        var written = _output.Text[from..];
        if (written.Length > 1 && HtmlWhitespace.HasOnlySingleSpaces(written) && !(written[0] == ' ' && _space >= 0 && _space == from - 1))
        {
            if (written[^1] == ' ')
            {
                _space = _output.Length - 1;
                _spaceInTable = false;
            }

            return;
        }

        CollapseText(from);
    }

    /// <summary>Writes a part of a page rendered before: what <see cref="Markup"/> writes for its HTML, without reading it
    /// again when <see cref="WritesAsIs"/> held for it.</summary>
    public void Part(PagePart part)
    {
        if (!_collapse || _open is not null || part.FirstElement is null)
        {
            Markup(part.Html);
            return;
        }

        // As Markup does at the part's first tag; from there on, Markup would go through the part as it did when it was
        // checked, from the same state, and leave the state it left then.
        BeforeTag(part.FirstElement, part.FirstIsEnd);
        var start = _output.Length;
        _output.Write(part.Html);
        _tagStart = start + part.LastTagStart;
        _tag = part.EndsAfterTag ? _output.Length : -1;
    }

    /// <summary>Whether <see cref="Markup"/> writes <paramref name="html"/> as it is, starting after nothing, when it
    /// starts with a tag and ends with one, and no preformatted element is open after it.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="lastTagStart">Where the last tag Markup looked at starts.</param>
    /// <param name="endsAfterTag">Whether Markup ends right after a tag it looked at (not after the end tag of a
    /// preformatted element, whose content it does not read).</param>
    public static bool WritesAsIs(string html, out int lastTagStart, out bool endsAfterTag)
    {
        lastTagStart = -1;
        endsAfterTag = false;
        if (!html.StartsWith('<') || !html.EndsWith('>') || HtmlWhitespace.EndOfTag(html, 0, out _, out _) <= 1)
        {
            return false;
        }

        var buffer = _checkBuffer ??= new CharBuffer();
        var writer = _checkWriter ??= new HtmlWhitespaceWriter();
        buffer.Reset();
        writer.Start(buffer, collapse: true);
        writer.Markup(html);
        lastTagStart = writer._tagStart;
        endsAfterTag = writer._tag == buffer.Length;
        return writer._open is null && (endsAfterTag || writer._tag < 0) && buffer.Text.SequenceEqual(html);
    }

    /// <summary>Writes markup: HTML as it is, but for its white space.</summary>
    public void Markup(string markup)
    {
        var html = markup.AsSpan();
        if (!_collapse)
        {
            _output.Write(html);
            return;
        }

        // Most markup frames are the white space between two elements of a template.
        if (_open is null && html.Length > 0 && HtmlWhitespace.IsWhiteSpace(html[0]) && html.IndexOfAnyExcept(HtmlWhitespace.Spaces) < 0)
        {
            Space(html.Contains('\n'));
            return;
        }

        var at = 0;
        while (at < html.Length)
        {
            if (_open is not null)
            {
                var close = HtmlWhitespace.EndOfElement(html, at, _open);
                if (close < 0)
                {
                    _output.Write(html[at..]);
                    return;
                }

                _output.Write(html[at..close]);
                _open = null;
                _tag = -1;
                at = close;
                continue;
            }

            var stop = html[at..].IndexOfAny(HtmlWhitespace.TextStops);
            if (stop < 0)
            {
                _output.Write(html[at..]);
                return;
            }

            _output.Write(html.Slice(at, stop));
            at += stop;
            if (html[at] != '<')
            {
                var newLine = false;
                while (at < html.Length && HtmlWhitespace.IsWhiteSpace(html[at]))
                {
                    newLine |= html[at] == '\n';
                    at++;
                }

                Space(newLine);
                continue;
            }

            var end = HtmlWhitespace.EndOfTag(html, at, out var element, out var isEnd);
            if (end == at + 1)
            {
                _output.Write('<');
                at = end;
                continue;
            }

            BeforeTag(element, isEnd);
            _output.Write(html[at..end]);
            at = end;
            AfterTag(element, isEnd, content: true);
            if (_open is not null)
            {
                _tag = -1;
            }
        }
    }

    // A run of white space: its one character, unless it goes on the run just written.
    private void Space(bool newLine)
    {
        var length = _output.Length;
        if (_space >= 0 && _space == length - 1)
        {
            if (newLine)
            {
                _output.Text[_space] = '\n';
            }

            return;
        }

        _spaceInTable = _tag == length && HtmlWhitespace.IsTableTag(_output.Text[_tagStart..length], before: true);
        _space = length;
        _output.Write(newLine ? '\n' : ' ');
    }

    // Collapses the runs of white space in the text written from `from` on (encoded text has no tags), in place: what is
    // written never outruns what is read.
    private void CollapseText(int from)
    {
        var text = _output.Text;
        var first = text[from..].IndexOfAny(HtmlWhitespace.Spaces);
        if (first < 0)
        {
            return;
        }

        var read = from + first;
        _output.Truncate(read);
        while (read < text.Length)
        {
            if (HtmlWhitespace.IsWhiteSpace(text[read]))
            {
                var newLine = false;
                while (read < text.Length && HtmlWhitespace.IsWhiteSpace(text[read]))
                {
                    newLine |= text[read] == '\n';
                    read++;
                }

                Space(newLine);
                continue;
            }

            var word = text[read..].IndexOfAny(HtmlWhitespace.Spaces);
            word = word < 0 ? text.Length - read : word;
            _output.Write(text.Slice(read, word));
            read += word;
        }
    }
}
