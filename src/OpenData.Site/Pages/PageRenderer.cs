using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenData.Site;

/// <summary>Renders page components to HTML text with Blazor's <see cref="StaticHtmlRenderer"/>.</summary>
/// <remarks>A page is <c>&lt;!DOCTYPE html&gt;</c>, a newline, the component's HTML with CRLF turned into LF and
/// surrounding white space trimmed, and a final newline. Each thread keeps one renderer and one text buffer: every
/// page is removed from its renderer once written, so nothing accumulates from page to page.</remarks>
internal static class PageRenderer
{
    private const string Doctype = "<!DOCTYPE html>\n";

    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly Lazy<IServiceProvider> Services = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);

        // Without an encoder that allows all of Unicode every Chinese character is written as &#x…;.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    });

    [ThreadStatic]
    private static PageHtmlRenderer? _renderer;

    public static string Render(Type component, PageContext context)
    {
        var buffer = RenderToBuffer(component, context);
        return string.Concat(Doctype, Body(buffer), "\n");
    }

    /// <summary>The same page as <see cref="Render"/>, as UTF-8 bytes without a byte order mark.</summary>
    public static byte[] RenderUtf8(Type component, PageContext context)
    {
        var buffer = RenderToBuffer(component, context);
        var body = Body(buffer);
        var bytes = new byte[Doctype.Length + Utf8.GetByteCount(body) + 1];
        var written = Encoding.ASCII.GetBytes(Doctype, bytes);
        written += Utf8.GetBytes(body, bytes.AsSpan(written));
        bytes[written] = (byte)'\n';
        return bytes;
    }

    private static CharBuffer RenderToBuffer(Type component, PageContext context)
    {
        var renderer = _renderer ??= new PageHtmlRenderer(Services.Value);
        return renderer.Render(component, context);
    }

    // The component's HTML as Render has always shaped it: CRLF → LF, then trimmed (string.Trim's white space).
    private static ReadOnlySpan<char> Body(CharBuffer buffer) => buffer.ReplaceCrLf().Trim();

    // Renderer's protected members (root component ids, RemoveRootComponent) are what let one renderer serve many pages.
#pragma warning disable BL0006 // Types in Microsoft.AspNetCore.Components.RenderTree are not recommended outside of Blazor.

    /// <summary>A renderer kept by one thread: it renders one root component at a time and removes it afterwards.</summary>
    private sealed class PageHtmlRenderer(IServiceProvider services) : StaticHtmlRenderer(services, NullLoggerFactory.Instance)
    {
        private readonly CharBuffer _buffer = new();

        public CharBuffer Render(Type component, PageContext context)
        {
            _buffer.Reset();
            // Pages are synchronous, so the default dispatcher runs this at once on the calling thread.
            var task = Dispatcher.InvokeAsync(() =>
            {
                var id = AssignRootComponentId(InstantiateComponent(component));
                try
                {
                    var rendering = RenderRootComponentAsync(id, ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = context }));
                    if (!rendering.IsCompleted)
                    {
                        throw new InvalidOperationException($"{component.Name} did not render synchronously");
                    }

                    rendering.GetAwaiter().GetResult();
                    WriteComponentHtml(id, _buffer);
                }
                finally
                {
                    // Disposes the page and its child components, so the renderer holds nothing once the page is written.
                    RemoveRootComponent(id);
                }
            });
            task.GetAwaiter().GetResult();
            return _buffer;
        }
    }
#pragma warning restore BL0006

    /// <summary>A <see cref="TextWriter"/> into a reusable array of characters.</summary>
    private sealed class CharBuffer : TextWriter
    {
        private char[] _chars = new char[64 * 1024];
        private int _length;

        public override Encoding Encoding => Encoding.Unicode;

        public void Reset()
        {
            // A rare huge page should not pin its buffer for the rest of the build.
            if (_chars.Length > 4 * 1024 * 1024)
            {
                _chars = new char[64 * 1024];
            }

            _length = 0;
        }

        public override void Write(char value)
        {
            if (_length == _chars.Length)
            {
                Grow(1);
            }

            _chars[_length++] = value;
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (_length + buffer.Length > _chars.Length)
            {
                Grow(buffer.Length);
            }

            buffer.CopyTo(_chars.AsSpan(_length));
            _length += buffer.Length;
        }

        /// <summary>Turns every CRLF into LF in place and returns the text.</summary>
        public ReadOnlySpan<char> ReplaceCrLf()
        {
            var text = _chars.AsSpan(0, _length);
            var at = text.IndexOf("\r\n", StringComparison.Ordinal);
            if (at < 0)
            {
                return text;
            }

            var to = at;
            for (var from = at; from < text.Length; from++)
            {
                if (text[from] == '\r' && from + 1 < text.Length && text[from + 1] == '\n')
                {
                    continue;
                }

                text[to++] = text[from];
            }

            _length = to;
            return _chars.AsSpan(0, to);
        }

        private void Grow(int needed)
        {
            var bigger = new char[Math.Max(_chars.Length * 2, _length + needed)];
            _chars.AsSpan(0, _length).CopyTo(bigger);
            _chars = bigger;
        }
    }
}
