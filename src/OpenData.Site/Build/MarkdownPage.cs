namespace OpenData.Site;

/// <summary>A page written in Markdown (<c>input/pages/&lt;name&gt;.md</c>); its first <c># heading</c> is its title.</summary>
internal sealed record MarkdownPage(string Name, string Title, string Markdown)
{
    public static MarkdownPage Parse(string name, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var heading = text.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        return new MarkdownPage(name, heading is null ? name : heading[2..].Trim(), text);
    }
}
