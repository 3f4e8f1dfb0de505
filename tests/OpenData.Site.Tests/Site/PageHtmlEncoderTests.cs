using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CsCheck;

namespace OpenData.Site.Tests.Build;

public sealed partial class PageHtmlEncoderTests
{
    // Pieces that matter to HTML, Chinese and other scripts, a character outside the BMP, control characters and white space.
    private static readonly string[] Pieces =
    [
        "+", "<", ">", "&", "\"", "'", "`", "=", "/", "a", "Z", "0", " ", "\n", "\t", "\u0001", "\u007f", "\u00a0", "é", "文", "，",
        "±", "−", "—", "😀", "&amp;", "&#x2B;", "<script>", "\u2028", "\ufeff",
    ];

    private static readonly HtmlEncoder DotNet = HtmlEncoder.Create(UnicodeRanges.All);

    private static Gen<string> Text => Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Encoded_text_decodes_back_and_holds_no_raw_markup_characters()
    {
        Text.Sample(text =>
        {
            var encoded = PageHtmlEncoder.Instance.Encode(text);

            Assert.Equal(text, WebUtility.HtmlDecode(encoded));
            Assert.DoesNotContain('<', encoded);
            Assert.DoesNotContain('>', encoded);
            Assert.DoesNotContain('"', encoded);
            Assert.DoesNotContain('\'', encoded);
            Assert.DoesNotMatch(RawAmpersand(), encoded);
        }, iter: 5_000);
    }

    [Fact]
    public void Encoding_is_dot_nets_but_for_the_plus_sign()
    {
        Text.Sample(text =>
        {
            var encoded = PageHtmlEncoder.Instance.Encode(text);

            Assert.Equal(DotNet.Encode(text).Replace("&#x2B;", "+", StringComparison.Ordinal), encoded);
            Assert.Equal(text.Count(c => c == '+'), encoded.Count(c => c == '+'));
        }, iter: 5_000);
    }

    [Fact]
    public void The_page_buffer_encodes_as_the_encoder_does_when_it_has_to_grow()
    {
        Text.Sample(text =>
        {
            var buffer = new CharBuffer();

            buffer.WriteEncoded(PageHtmlEncoder.Instance, text);

            Assert.Equal(PageHtmlEncoder.Instance.Encode(text), buffer.Text.ToString());
        }, iter: 2_000);
    }

    [Fact]
    public void A_page_writes_the_plus_sign_as_it_is()
    {
        var html = PageHtmlEncoder.Instance.Encode("+3 <b> image/svg+xml");

        Assert.Equal("+3 &lt;b&gt; image/svg+xml", html);
    }

    // An ampersand that does not start a character reference.
    [GeneratedRegex("&(?!(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);)")]
    private static partial Regex RawAmpersand();
}
