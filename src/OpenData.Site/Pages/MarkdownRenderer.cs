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
}
