using CsCheck;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace OpenData.Site.Tests.Build;

public sealed class HtmlWhitespaceWriterTests
{
    private static readonly string[] MarkupTokens =
    [
        "<pre>", "</pre>", "<td>", "</td>", "<tr>", "</tr>", "<table>", "</table>", "<col>", "<script>", "</script>", "<!-- a  b -->",
        "<p class=\"a  b\">", "</p>", " ", "\n  ", "\t", "\r\n", "x", "文", "< ",
    ];

    private static readonly string[] TextTokens = [" ", "\n", "  ", "\t", "a", "文", "<", "&"];

    private static readonly string[] Elements = ["td", "th", "tr", "table", "tbody", "col", "pre", "textarea", "script", "p", "span"];

    // Markup frames are whole pieces of HTML, as Razor and MarkupString make them: no tag starts in one and ends in the next.
    [Fact]
    public void Writing_with_white_space_collapsed_gives_the_page_collapsed_afterwards()
    {
        Node().Array[0, 8].Sample(nodes =>
        {
            var collapsed = Write(nodes, collapse: true);
            var written = Write(nodes, collapse: false).ToCharArray();

            Assert.Equal(new string(written, 0, HtmlWhitespace.Collapse(written)), collapsed);
        }, iter: 5_000);
    }

    // A part of a page rendered before (a layout's header, say) is inserted by CollapsedMarkup and written as it is,
    // where its HTML as a markup frame is read again: the page comes out the same, and most parts are written as they are.
    [Fact]
    public void A_part_written_as_it_is_gives_the_page_its_markup_gives()
    {
        var asIs = 0;
        var parts = 0;
        Node(parts: true).Array[0, 8].Sample(nodes =>
        {
            foreach (var collapse in new[] { true, false })
            {
                Assert.Equal(Write(nodes, collapse, partsAsMarkup: true), Write(nodes, collapse));
            }

            foreach (var part in Parts(nodes))
            {
                parts++;
                asIs += part.Rendered.FirstElement is null ? 0 : 1;
            }
        }, iter: 5_000);

        Assert.True(asIs > parts / 4, $"{asIs} of {parts} parts written as they are");
    }

    private static IEnumerable<Part> Parts(IEnumerable<Piece> nodes) =>
        nodes.SelectMany(n => n switch { Part part => [part], Element element => Parts(element.Children), _ => [] });

    private static Gen<Piece> Node(int depth = 0, bool parts = false)
    {
        var text = Gen.Int[0, TextTokens.Length - 1].Select(i => TextTokens[i]).Array[1, 4].Select(t => (Piece)new Text(string.Concat(t)));
        var markup = Gen.Int[0, MarkupTokens.Length - 1].Select(i => MarkupTokens[i]).Array[1, 6].Select(t => (Piece)new Markup(string.Concat(t)));
        if (depth >= 3)
        {
            return Gen.OneOf(text, markup);
        }

        var element = Gen.Select(Gen.Int[0, Elements.Length - 1], Node(depth + 1, parts).Array[0, 4], (i, children) => (Piece)new Element(Elements[i], children));
        if (!parts)
        {
            return Gen.OneOf(text, markup, element);
        }

        // Rendered on their own as PageRenderer.RenderPart renders them: white space collapsed, trimmed.
        var part = Gen.Select(Gen.Int[0, Elements.Length - 1], Node(depth + 1).Array[0, 4], (i, children) => (Piece)new Part(new PagePart(Write([new Element(Elements[i], children)], collapse: true).Trim())));
        return Gen.OneOf(text, markup, element, part);
    }

    private static string Write(Piece[] nodes, bool collapse, bool partsAsMarkup = false)
    {
        var output = new CharBuffer();
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(Frames.Nodes)] = nodes, [nameof(Frames.PartsAsMarkup)] = partsAsMarkup });
        new StaticPageWriter(PageHtmlEncoder.Instance).Write(typeof(Frames), parameters, output, collapse);
        return output.Text.ToString();
    }

    public abstract record Piece;

    public sealed record Text(string Content) : Piece;

    public sealed record Markup(string Content) : Piece;

    public sealed record Element(string Name, Piece[] Children) : Piece;

    public sealed record Part(PagePart Rendered) : Piece;

    /// <summary>A component whose render tree is the given pieces: elements, text and markup frames.</summary>
    public sealed class Frames : StaticComponent
    {
        [Parameter]
        public Piece[] Nodes { get; set; } = [];

        /// <summary>Parts as markup frames, not as <see cref="CollapsedMarkup"/>.</summary>
        [Parameter]
        public bool PartsAsMarkup { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            // Sequence numbers only matter to a renderer that diffs; the pieces are written once.
            void Add(Piece piece)
            {
                switch (piece)
                {
                    case Text text:
                        builder.AddContent(0, text.Content);
                        break;
                    case Markup markup:
                        builder.AddMarkupContent(1, markup.Content);
                        break;
                    case Element element:
                        builder.OpenElement(2, element.Name);
                        foreach (var child in element.Children)
                        {
                            Add(child);
                        }

                        builder.CloseElement();
                        break;
                    case Part part when PartsAsMarkup:
                        builder.AddMarkupContent(3, part.Rendered.Html);
                        break;
                    case Part part:
                        builder.OpenComponent<CollapsedMarkup>(4);
                        builder.AddComponentParameter(5, nameof(CollapsedMarkup.Part), part.Rendered);
                        builder.CloseComponent();
                        break;
                    default:
                        break;
                }
            }

            foreach (var node in Nodes)
            {
                Add(node);
            }
        }
    }
}
