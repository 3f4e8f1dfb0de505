using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OpenData.Site;

/// <summary>Turns the Markdown pages into HTML; the first <c># heading</c> becomes the page's <c>h1</c>, so it is left out here.</summary>
internal static class MarkdownRenderer
{
    // Raw HTML is shown as text and only http(s), mailto and relative links are kept (SafeHtml.IsSafeUrl, the rule the
    // HTML of site.json follows too): pages are content, not code.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();

    public static string ToHtml(string markdown)
    {
        var lines = markdown.Split('\n').ToList();
        var heading = lines.FindIndex(l => l.StartsWith("# ", StringComparison.Ordinal));
        if (heading >= 0)
        {
            lines.RemoveAt(heading);
        }

        // Wide tables scroll inside their own box, so the page itself never scrolls sideways on a phone.
        var document = Markdown.Parse(string.Join('\n', lines), Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!SafeHtml.IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(Pipeline)
            .Replace("<table>", "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格 table\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    /// <summary>What a page says first, as plain text for its description: the paragraph under its title, else its
    /// section headings, joined.</summary>
    public static string Opening(string markdown, Language language)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = document.Where(b => b is not HeadingBlock { Level: 1 }).ToList();
        if (blocks.FirstOrDefault() is ParagraphBlock paragraph)
        {
            return Plain(paragraph);
        }

        var headings = blocks.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(Plain).ToList();
        return headings.Count == 0 ? "" : string.Join(language.T("、", ", "), headings) + language.T("。", ".");
    }

    private static string Plain(LeafBlock block)
    {
        var text = new StringBuilder();
        foreach (var inline in block.Inline?.Descendants<Inline>() ?? [])
        {
            _ = inline switch
            {
                LiteralInline literal => text.Append(literal.Content),
                CodeInline code => text.Append(code.Content),
                LineBreakInline => text.Append(' '),
                _ => text,
            };
        }

        return text.ToString().Trim();
    }
}
