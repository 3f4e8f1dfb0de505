using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpenData.Site;

/// <summary>The HTML encoder of the pages: .NET's, allowing all of Unicode, except that it writes <c>+</c> as it is.</summary>
/// <remarks>.NET writes <c>+</c> as <c>&amp;#x2B;</c> against a page read as UTF-7, where <c>+</c> starts an escape;
/// every page says <c>&lt;meta charset="utf-8"&gt;</c> first, and browsers no longer read UTF-7. Everything else is
/// encoded as .NET encodes it: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>"</c> and <c>'</c>, control characters, lone
/// surrogates and characters outside the allowed ranges.</remarks>
internal sealed class PageHtmlEncoder : HtmlEncoder
{
    private static readonly HtmlEncoder Inner = Create(UnicodeRanges.All);

    private PageHtmlEncoder()
    {
    }

    /// <summary>The one encoder: it keeps no state.</summary>
    public static PageHtmlEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Inner.MaxOutputCharactersPerInputCharacter;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        // .NET's own search is vectorised; a '+' it stops at is skipped and the search goes on after it.
        var start = 0;
        while (start < textLength)
        {
            var found = Inner.FindFirstCharacterToEncode(text + start, textLength - start);
            if (found < 0)
            {
                return -1;
            }

            if (text[start + found] != '+')
            {
                return start + found;
            }

            start += found + 1;
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (unicodeScalar != '+')
        {
            return Inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        if (bufferLength < 1)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        buffer[0] = '+';
        numberOfCharactersWritten = 1;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar != '+' && Inner.WillEncode(unicodeScalar);
}
