using Markdig;

namespace OpenData.Site;

/// <summary>Turns the Markdown pages into HTML; the first <c># heading</c> becomes the page's <c>h1</c>, so it is left out here.</summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().Build();

    public static string ToHtml(string markdown)
    {
        var lines = markdown.Split('\n').ToList();
        var heading = lines.FindIndex(l => l.StartsWith("# ", StringComparison.Ordinal));
        if (heading >= 0)
        {
            lines.RemoveAt(heading);
        }

        // Wide tables scroll inside their own box, so the page itself never scrolls sideways on a phone.
        return Markdown.ToHtml(string.Join('\n', lines), Pipeline)
            .Replace("<table>", "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格 table\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }
}
