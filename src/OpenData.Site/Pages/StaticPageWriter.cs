using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;

namespace OpenData.Site;

// RenderTreeFrame and RenderTreeBuilder.GetFrames are the render tree Razor components compile to; reading it is the
// point of this class.
#pragma warning disable BL0006 // Types in Microsoft.AspNetCore.Components.RenderTree are not recommended outside of Blazor.

/// <summary>Writes a component and its child components as HTML, straight from the render trees they build.</summary>
/// <remarks>
/// <para>The HTML is written exactly as Blazor's <c>StaticHtmlRenderer</c> writes it (elements, attributes, text and
/// markup, void elements and <c>script</c>), so the bytes are those of <c>HtmlRenderer</c>; a test compares the two on
/// every page of the test site. What is left out is what a page rendered once does not need: component ids, diffs,
/// render batches and disposal, and the form elements no page has (Blazor writes the <c>value</c> of a
/// <c>textarea</c> as its content and marks the <c>option</c> of a <c>select</c>'s value as selected; this writer
/// does neither, and the comparison with <c>HtmlRenderer</c> would fail on a page that had them).</para>
/// <para>White space is collapsed as the page is written (<see cref="HtmlWhitespaceWriter"/>), unless asked not to: the
/// HTML is then the one <c>HtmlRenderer</c> writes, collapsed by <see cref="HtmlWhitespace.Collapse"/>.</para>
/// <para>Not thread-safe: each thread keeps its own writer. Render trees are kept per nesting depth and reused.</para>
/// </remarks>
internal sealed class StaticPageWriter(HtmlEncoder htmlEncoder)
{
    private static readonly HashSet<string> SelfClosingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly JavaScriptEncoder ScriptEncoder = JavaScriptEncoder.Default;

    private readonly List<RenderTreeBuilder> _trees = [];
    private readonly HtmlWhitespaceWriter _text = new();
    private CharBuffer? _output;
    private TextEncoder _encoder = htmlEncoder;

    /// <summary>Renders <paramref name="component"/> with <paramref name="parameters"/> and writes its HTML to <paramref name="output"/>.</summary>
    /// <param name="component">The component.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="output">Where the HTML goes.</param>
    /// <param name="collapseWhitespace">Collapse white space as <see cref="HtmlWhitespace.Collapse"/> does; otherwise
    /// the HTML is exactly <c>HtmlRenderer</c>'s.</param>
    public void Write(Type component, ParameterView parameters, CharBuffer output, bool collapseWhitespace)
    {
        _output = output;
        _encoder = htmlEncoder;
        _text.Start(output, collapseWhitespace);
        try
        {
            var page = StaticComponentType.Of(component).Create();
            parameters.SetParameterProperties(page);
            WriteComponent(page, 0);
        }
        finally
        {
            _output = null;
        }
    }

    private CharBuffer Output => _output!;

    private void WriteComponent(StaticComponent component, int depth)
    {
        if (_trees.Count == depth)
        {
            _trees.Add(new RenderTreeBuilder());
        }

        // The tree of each depth stays intact while its child components use the deeper ones, and is empty otherwise.
        var tree = _trees[depth];
        try
        {
            component.RenderStatic(tree);
            var frames = tree.GetFrames();
            WriteFrames(frames.Array, 0, frames.Count, depth);
        }
        finally
        {
            // Cleared once written: the frames hold the page's model, and a tree kept by a thread of the pool would keep
            // the whole site (every report) alive after the build.
            tree.Clear();
        }
    }

    private int WriteFrames(RenderTreeFrame[] frames, int position, int count, int depth)
    {
        var end = position + count;
        while (position < end)
        {
            position = WriteFrame(frames, position, depth);
        }

        return end;
    }

    private int WriteFrame(RenderTreeFrame[] frames, int position, int depth)
    {
        ref var frame = ref frames[position];
        switch (frame.FrameType)
        {
            case RenderTreeFrameType.Element:
                return WriteElement(frames, position, depth);
            case RenderTreeFrameType.Text:
                _text.Text(_encoder, frame.TextContent);
                return position + 1;
            case RenderTreeFrameType.Markup:
                _text.Markup(frame.MarkupContent);
                return position + 1;
            case RenderTreeFrameType.Component:
                WriteChildComponent(frames, position, depth);
                return position + frame.ComponentSubtreeLength;
            case RenderTreeFrameType.Region:
                return WriteFrames(frames, position + 1, frame.RegionSubtreeLength - 1, depth);
            case RenderTreeFrameType.ElementReferenceCapture:
            case RenderTreeFrameType.ComponentReferenceCapture:
                return position + 1;
            default:
                throw new NotSupportedException($"a site page cannot contain a {frame.FrameType} frame");
        }
    }

    private int WriteElement(RenderTreeFrame[] frames, int position, int depth)
    {
        ref var frame = ref frames[position];
        var name = frame.ElementName;
        _text.BeforeTag(name, end: false);
        Output.Write('<');
        Output.Write(name);

        var afterAttributes = WriteAttributes(frames, position + 1, frame.ElementSubtreeLength - 1);
        var children = frame.ElementSubtreeLength + position - afterAttributes;
        if (children == 0)
        {
            if (SelfClosingElements.Contains(name))
            {
                Output.Write(" />");
                _text.AfterTag(name, end: false);
            }
            else
            {
                Output.Write('>');
                _text.BeforeTag(name, end: true);
                Output.Write("</");
                Output.Write(name);
                Output.Write('>');
                _text.AfterTag(name, end: true);
            }

            return afterAttributes;
        }

        Output.Write('>');
        _text.AfterTag(name, end: false, content: true);
        if (string.Equals(name, "script", StringComparison.OrdinalIgnoreCase))
        {
            // Text inside a script is JavaScript-encoded, not HTML-encoded.
            var encoder = _encoder;
            _encoder = ScriptEncoder;
            try
            {
                WriteFrames(frames, afterAttributes, children, depth);
            }
            finally
            {
                _encoder = encoder;
            }
        }
        else
        {
            WriteFrames(frames, afterAttributes, children, depth);
        }

        _text.BeforeTag(name, end: true);
        Output.Write("</");
        Output.Write(name);
        Output.Write('>');
        _text.AfterTag(name, end: true);
        return position + frame.ElementSubtreeLength;
    }

    private int WriteAttributes(RenderTreeFrame[] frames, int position, int count)
    {
        for (var i = position; i < position + count; i++)
        {
            ref var frame = ref frames[i];
            if (frame.FrameType != RenderTreeFrameType.Attribute)
            {
                if (frame.FrameType == RenderTreeFrameType.ElementReferenceCapture)
                {
                    continue;
                }

                return i;
            }

            // Render trees hold element attributes as strings or as true (false and null are left out); event
            // handlers are not written.
            switch (frame.AttributeValue)
            {
                case true:
                    Output.Write(' ');
                    Output.Write(frame.AttributeName);
                    break;
                case string text:
                    Output.Write(' ');
                    Output.Write(frame.AttributeName);
                    Output.Write("=\"");
                    Output.WriteEncoded(_encoder, text);
                    Output.Write('"');
                    break;
                default:
                    break;
            }
        }

        return position + count;
    }

    // The child's parameters are set from its attribute frames as they are read, as Blazor sets them from a ParameterView
    // of those frames (StaticComponentType).
    private void WriteChildComponent(RenderTreeFrame[] frames, int position, int depth)
    {
        ref var frame = ref frames[position];
        if (frame.ComponentType == typeof(CollapsedMarkup) && frame.ComponentSubtreeLength == 2 && frames[position + 1].AttributeValue is PagePart part)
        {
            _text.Part(part);
            return;
        }

        var type = StaticComponentType.Of(frame.ComponentType);
        var component = type.Create();
        for (var i = position + 1; i < position + frame.ComponentSubtreeLength; i++)
        {
            ref var attribute = ref frames[i];
            if (attribute.FrameType == RenderTreeFrameType.Attribute)
            {
                type.Set(component, attribute.AttributeName, attribute.AttributeValue);
            }
            else if (attribute.FrameType != RenderTreeFrameType.ComponentReferenceCapture)
            {
                throw new NotSupportedException($"a site component cannot have a {attribute.FrameType} frame");
            }
        }

        WriteComponent(component, depth + 1);
    }
}
#pragma warning restore BL0006
