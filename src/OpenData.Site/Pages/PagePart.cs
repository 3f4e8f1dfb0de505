namespace OpenData.Site;

/// <summary>HTML that <see cref="PageRenderer.RenderPart"/> rendered with its white space collapsed, to insert into
/// pages (<see cref="CollapsedMarkup"/>).</summary>
/// <remarks>Public, as a component parameter's type must be; its members are internal.</remarks>
public sealed class PagePart
{
    internal PagePart(string html)
    {
        Html = html;
        if (HtmlWhitespaceWriter.WritesAsIs(html, out var lastTagStart, out var endsAfterTag))
        {
            HtmlWhitespace.EndOfTag(html, 0, out var element, out var end);
            FirstElement = element.ToString();
            FirstIsEnd = end;
            LastTagStart = lastTagStart;
            EndsAfterTag = endsAfterTag;
        }
    }

    /// <summary>The HTML.</summary>
    internal string Html { get; }

    /// <summary>The element of the tag the HTML starts with, when the HTML can be written as it is (see
    /// <see cref="HtmlWhitespaceWriter.WritesAsIs"/>); otherwise <see langword="null"/>, and it is written as markup.</summary>
    internal string? FirstElement { get; }

    /// <summary>Whether that tag is an end tag.</summary>
    internal bool FirstIsEnd { get; }

    /// <summary>Where the last tag that writing the HTML as markup looks at starts.</summary>
    internal int LastTagStart { get; }

    /// <summary>Whether the HTML ends with that tag (otherwise with the end tag of a preformatted element, such as a
    /// <c>script</c>).</summary>
    internal bool EndsAfterTag { get; }
}
