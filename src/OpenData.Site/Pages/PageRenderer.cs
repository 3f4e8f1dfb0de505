using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenData.Site;

/// <summary>Renders page components to HTML text.</summary>
/// <remarks>A page is <c>&lt;!DOCTYPE html&gt;</c>, a newline, the component's HTML with its white space collapsed
/// (<see cref="HtmlWhitespace"/>: the templates are indented, the pages are not), CRLF turned into LF and trimmed, and a
/// final newline. The HTML is the one Blazor's <see cref="HtmlRenderer"/> writes (see <see cref="RenderWithBlazor"/>),
/// produced by <see cref="StaticPageWriter"/> walking the components' render trees, without a renderer, and collapsing
/// white space as it writes; each thread keeps one writer and one text buffer.</remarks>
internal static class PageRenderer
{
    private const string Doctype = "<!DOCTYPE html>\n";

    private static readonly UTF8Encoding Utf8 = new(false);

    // Without an encoder that allows all of Unicode every Chinese character is written as &#x…;.
    private static readonly HtmlEncoder Encoder = PageHtmlEncoder.Instance;

    private static readonly Lazy<IServiceProvider> Services = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(Encoder);
        return services.BuildServiceProvider();
    });

    [ThreadStatic]
    private static StaticPageWriter? _writer;

    [ThreadStatic]
    private static CharBuffer? _buffer;

    // A second writer, for the parts of a layout that are rendered while a page is (LayoutParts).
    [ThreadStatic]
    private static StaticPageWriter? _partWriter;

    [ThreadStatic]
    private static CharBuffer? _partBuffer;

    /// <summary>The page's HTML.</summary>
    /// <param name="page">The page.</param>
    /// <param name="asWritten">Leave the white space as the components wrote it, not collapsed: what the tests compare
    /// with <see cref="RenderWithBlazor"/>.</param>
    public static string Render(PlannedPage page, bool asWritten = false) =>
        string.Concat(Doctype, Body(RenderToBuffer(page, asWritten)), "\n");

    /// <summary>The same page as <see cref="Render"/>, as UTF-8 bytes without a byte order mark.</summary>
    public static byte[] RenderUtf8(PlannedPage page)
    {
        var body = Body(RenderToBuffer(page, asWritten: false));
        // Every byte is written below: the array need not be cleared first.
        var bytes = GC.AllocateUninitializedArray<byte>(Doctype.Length + Utf8.GetByteCount(body) + 1);
        var written = Encoding.ASCII.GetBytes(Doctype, bytes);
        written += Utf8.GetBytes(body, bytes.AsSpan(written));
        bytes[written] = (byte)'\n';
        return bytes;
    }

    /// <summary>The HTML of a part of a page (<paramref name="component"/> with <paramref name="parameters"/>), its white
    /// space collapsed and trimmed as a page's is; it may be rendered while a page is.</summary>
    internal static string RenderPart(Type component, ParameterView parameters)
    {
        var writer = _partWriter ??= new StaticPageWriter(Encoder);
        var buffer = _partBuffer ??= new CharBuffer();
        buffer.Reset();
        writer.Write(component, parameters, buffer, collapseWhitespace: true);
        return Body(buffer).ToString();
    }

    /// <summary>The page as Blazor's <see cref="HtmlRenderer"/> renders it, with a new renderer, shaped as
    /// <see cref="Render"/> shapes it: the reference the tests hold <see cref="Render"/> to.</summary>
    internal static string RenderWithBlazor(PlannedPage page, bool asWritten = false)
    {
        using var renderer = new HtmlRenderer(Services.Value, NullLoggerFactory.Instance);
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(page.Component, page.Parameters()).ConfigureAwait(false);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
        var text = html.Replace("\r\n", "\n", StringComparison.Ordinal).ToCharArray();
        var length = asWritten ? text.Length : HtmlWhitespace.Collapse(text);
        return string.Concat(Doctype, text.AsSpan(0, length).Trim(), "\n");
    }

    private static CharBuffer RenderToBuffer(PlannedPage page, bool asWritten)
    {
        var writer = _writer ??= new StaticPageWriter(Encoder);
        var buffer = _buffer ??= new CharBuffer();
        buffer.Reset();
        writer.Write(page.Component, page.Parameters(), buffer, collapseWhitespace: !asWritten);
        return buffer;
    }

    // The component's HTML (its white space collapsed as it was written): CRLF → LF, then trimmed (string.Trim's white space).
    private static ReadOnlySpan<char> Body(CharBuffer buffer) => buffer.ReplaceCrLf().Trim();
}
