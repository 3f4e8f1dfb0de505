using System.Text;
using MimeKit;

namespace OpenData.Site.Import;

/// <summary>A web page saved as one file (MHTML: <c>.mht</c>, <c>.mhtml</c>, and the "Word" attachments many sites
/// publish that are a page Word saved as a single file): a MIME message whose HTML part is the page.</summary>
internal static class MhtmlSource
{
    /// <summary>Whether <paramref name="bytes"/> begin with a MIME message's headers (MIME-Version, and a multipart or HTML
    /// content type) rather than with text or markup.</summary>
    public static bool LooksLikeMhtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var end = head.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : head.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = end > 0 ? head[..end] : head;
        return headers.TrimStart().Length > 0 && char.IsAsciiLetter(headers.TrimStart()[0])
            && headers.Contains("MIME-Version:", StringComparison.OrdinalIgnoreCase)
            && (headers.Contains("multipart/related", StringComparison.OrdinalIgnoreCase) || headers.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The saved page read as a web page (<see cref="HtmlSourceReader"/>); a message without a page, or one MimeKit
    /// cannot parse, gives a D-READ error.</summary>
    public static ImportSource Read(string file, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var message = MimeMessage.Load(stream);
            // The page is the message's root (multipart/related names it with its start parameter) or its first HTML part.
            var page = (message.Body as MultipartRelated)?.Root as TextPart
                ?? message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsHtml);
            if (page is not { IsHtml: true })
            {
                return Broken(file, "其中没有网页（text/html）部分", "it holds no web page (text/html part)");
            }

            using var decoded = new MemoryStream();
            page.Content?.DecodeTo(decoded);
            return HtmlSourceReader.Read(file, Decode(decoded.ToArray(), page.ContentType.Charset));
        }
        catch (FormatException e)
        {
            return Broken(file, $"MIME 格式有误（{e.Message}）", $"its MIME structure is damaged ({e.Message})");
        }
    }

    // The part's charset decodes it: gb2312 in what Word saves, read as GB18030 (which GBK's extra characters need too);
    // without one, UTF-8 if the bytes are, else GB18030, as a text file.
    private static string Decode(byte[] bytes, string? charset)
    {
        if (charset is null)
        {
            return SourceFormats.DecodeText(bytes).Text;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var name = charset.Trim().ToLowerInvariant() is "gb2312" or "gbk" or "x-gbk" or "cp936" or "gb_2312-80" ? "GB18030" : charset.Trim();
        try
        {
            return Encoding.GetEncoding(name).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return SourceFormats.DecodeText(bytes).Text;
        }
    }

    private static ImportSource Broken(string file, string zh, string en) =>
        ImportSource.Unreadable(file, ProvenanceMethod.ImportedHtml, "单文件网页（MHTML）", "single-file web page (MHTML)", zh, en);
}
