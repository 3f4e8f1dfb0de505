using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Site;

/// <summary><c>input/site.json</c> as written: the one definition of its keys and their types.</summary>
/// <remarks>The loader reads the file through this record (an unknown key is an error), <c>opendata new</c> and
/// <c>opendata sample</c> write it through this record, and <c>site.schema.json</c> is generated from it
/// (<see cref="SiteSchema"/>). The descriptions are those of the schema, shown by editors as people type. What a missing
/// key means is resolved into <see cref="SiteSettings"/>.</remarks>
internal sealed record SiteJson
{
    /// <summary>The file name of the schema, written beside <c>site.json</c>.</summary>
    public const string SchemaFileName = "site.schema.json";

    /// <summary>The contract: the metadata the loader checks a file against, and writes and exports with.</summary>
    public static SiteJsonContext Context { get; } = new(new JsonSerializerOptions(SiteJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });

    [JsonPropertyName("$schema")]
    [Description("The JSON Schema of this file: site.schema.json beside it.")]
    public string? Schema { get; init; }

    [Description("The site title in Chinese (required).")]
    public required string Title { get; init; }

    [Description("The site title in English (default: the Chinese title).")]
    public string? TitleEn { get; init; }

    [Description("One sentence on what the site is, in Chinese.")]
    public string? Description { get; init; }

    [Description("The same in English.")]
    public string? DescriptionEn { get; init; }

    [Description("The absolute address the site is published at, for sitemap, feed and catalogue (default: /); opendata build --base-url overrides it.")]
    public string? BaseUrl { get; init; }

    [Description("The page languages: zh-CN (always built) and en (English pages under en/).")]
    public IReadOnlyList<string>? Languages { get; init; }

    [Description("The footer of Chinese pages, e.g. the 备案号 with its link: text or HTML, sanitised as Markdown pages are (no script, no event handlers, links only http(s), mailto or relative).")]
    public string? Footer { get; init; }

    [Description("The footer of English pages (text or sanitised HTML).")]
    public string? FooterEn { get; init; }

    [Description("Who publishes the data set (default: the title).")]
    public string? Publisher { get; init; }

    [Description("The data licence (default: CC-BY-4.0).")]
    public string? License { get; init; }

    [Description("A logo for the page header: the path of an image in input/assets (svg, png, jpg, gif, webp), e.g. logo.svg; its alt text is the site title.")]
    public string? Logo { get; init; }

    [Description("The icon of the pages: the path of an svg, png or ico file in input/assets (default: the shipped favicon.svg, which input/assets/favicon.svg replaces).")]
    public string? Favicon { get; init; }

    [Description("Colours of the shipped stylesheet, written as its CSS custom properties (--accent …): #rgb, #rrggbb (with alpha: #rgba, #rrggbbaa), rgb(…) or hsl(…).")]
    public SiteColors? Colors { get; init; }

    [Description("Extra HTML at the end of every page's <head>: <meta> and <link> elements only (verification tags, a web font), sanitised; no script.")]
    public string? Head { get; init; }

    /// <summary>The file's text: two-space indentation, LF line ends, Chinese written as is, absent keys left out.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Context.SiteJson) + "\n";
}
