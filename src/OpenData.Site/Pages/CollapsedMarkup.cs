using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace OpenData.Site;

/// <summary>Inserts a part of a page rendered before (<see cref="PagePart"/>) as markup. <see cref="StaticPageWriter"/>
/// writes it as it is (<see cref="HtmlWhitespaceWriter.Part"/>) instead of reading it for its white space and tags.</summary>
public sealed class CollapsedMarkup : StaticComponent
{
    /// <summary>The part.</summary>
    [Parameter]
    [EditorRequired]
    public PagePart Part { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, Part.Html);
}
