using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace OpenData.Testing;

/// <summary>A page as its golden file keeps it: one element per line, indented, so that a diff shows the changed cell.</summary>
/// <remarks>
/// <para>The page is parsed as a browser parses it, and written again with what a reader can tell apart: every element,
/// every attribute (in its order, with its value), every text, and whether white space separates two pieces of inline
/// content. An element whose content is all inline (text and phrasing elements such as <c>a</c>, <c>span</c>,
/// <c>code</c>) is one line, its white space collapsed to single spaces as a browser shows it; any other element has a
/// line for each block child and for each run of inline content between them, without the white space at either end,
/// which a browser does not show. <c>script</c>, <c>style</c>, <c>pre</c> and <c>textarea</c> are written as they are.</para>
/// <para>Left out is what does not change the page: how void elements are closed, how characters are escaped, and white
/// space a browser collapses or does not show.</para>
/// </remarks>
public static class GoldenHtml
{
    private const int Indentation = 2;

    private static readonly HashSet<string> Phrasing = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "del", "dfn", "em", "i", "img", "input",
        "ins", "kbd", "label", "mark", "output", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
        "var", "wbr",
    };

    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "pre", "textarea",
    };

    /// <summary>The pretty-printed form of <paramref name="html"/>, with LF line ends and a final newline.</summary>
    public static string Pretty(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        foreach (var node in document.ChildNodes)
        {
            switch (node)
            {
                case IDocumentType doctype:
                    text.Append(HtmlMarkupFormatter.Instance.Doctype(doctype)).Append('\n');
                    break;
                case IElement element:
                    Write(element, 0, text);
                    break;
                case IComment comment:
                    text.Append(HtmlMarkupFormatter.Instance.Comment(comment)).Append('\n');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    private static void Write(IElement element, int depth, StringBuilder text)
    {
        var indent = new string(' ', Indentation * depth);
        if (Verbatim.Contains(element.LocalName) || element.ChildNodes.All(IsInline))
        {
            text.Append(indent).Append(Inline(element)).Append('\n');
            return;
        }

        text.Append(indent).Append(HtmlMarkupFormatter.Instance.OpenTag(element, IsVoid(element))).Append('\n');
        var run = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (IsInline(child))
            {
                AppendInline(child, run);
                continue;
            }

            Flush(run, depth + 1, text);
            Write((IElement)child, depth + 1, text);
        }

        Flush(run, depth + 1, text);
        text.Append(indent).Append(HtmlMarkupFormatter.Instance.CloseTag(element, IsVoid(element))).Append('\n');
    }

    // A run of inline content between block children, without the white space at its ends.
    private static void Flush(StringBuilder run, int depth, StringBuilder text)
    {
        var line = run.ToString().Trim(' ');
        run.Clear();
        if (line.Length > 0)
        {
            text.Append(' ', Indentation * depth).Append(line).Append('\n');
        }
    }

    private static bool IsInline(INode node) => node switch
    {
        IElement element => Phrasing.Contains(element.LocalName) && element.ChildNodes.All(IsInline),
        _ => true,
    };

    private static bool IsVoid(IElement element) => element.Flags.HasFlag(NodeFlags.SelfClosing);

    private static string Inline(IElement element)
    {
        var text = new StringBuilder();
        AppendInline(element, text);
        return text.ToString();
    }

    private static void AppendInline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IElement element when Verbatim.Contains(element.LocalName):
                text.Append(element.ToHtml(HtmlMarkupFormatter.Instance));
                break;
            case IElement element:
                text.Append(HtmlMarkupFormatter.Instance.OpenTag(element, IsVoid(element)));
                foreach (var child in element.ChildNodes)
                {
                    AppendInline(child, text);
                }

                text.Append(HtmlMarkupFormatter.Instance.CloseTag(element, IsVoid(element)));

                break;
            case IText content:
                text.Append(Collapse(HtmlMarkupFormatter.EscapeText(content.Data)));
                break;
            case IComment comment:
                text.Append(HtmlMarkupFormatter.Instance.Comment(comment));
                break;
            default:
                break;
        }
    }

    // White space as a browser shows it outside preformatted text: each run of it is one space.
    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (collapsed.Length == 0 || collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
