namespace OpenData.Site;

/// <summary>A page written in Markdown (<c>input/pages/&lt;name&gt;.md</c>, optionally with <c>&lt;name&gt;.en.md</c> in
/// English); the first <c># heading</c> is its title.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are internal.</remarks>
public sealed record MarkdownPage(string Name, string Title, string Markdown)
{
    /// <summary>The English title, when an English version exists.</summary>
    public string? TitleEn { get; init; }

    /// <summary>The English text (<c>&lt;name&gt;.en.md</c>), or <see langword="null"/> to show the Chinese text on English pages.</summary>
    public string? MarkdownEn { get; init; }

    internal string TitleIn(Language language) => language.IsEnglish && TitleEn is not null ? TitleEn : Title;

    public static MarkdownPage Parse(string name, string text) => new(name, TitleOf(text, name), Normalise(text));

    public MarkdownPage WithEnglish(string text) => this with { TitleEn = TitleOf(text, Name), MarkdownEn = Normalise(text) };

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string TitleOf(string text, string fallback)
    {
        var heading = Normalise(text).Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        return heading is null ? fallback : heading[2..].Trim();
    }
}
