using System.ComponentModel;

namespace OpenData.Site;

/// <summary>The colours of <c>site.json</c>: each one a custom property of the shipped stylesheet, of the same name.</summary>
/// <remarks>A test holds the names to the <c>:root</c> rule of <c>Assets/site.css</c>.</remarks>
internal sealed record SiteColors
{
    [Description("Text (--ink).")]
    public string? Ink { get; init; }

    [Description("Secondary text: notes, captions, blank cells (--muted).")]
    public string? Muted { get; init; }

    [Description("Table borders and rules (--line).")]
    public string? Line { get; init; }

    [Description("Links, the header's background (under white text) and note borders (--accent).")]
    public string? Accent { get; init; }

    [Description("Warnings (--warn).")]
    public string? Warn { get; init; }

    [Description("Errors and flagged cells (--error).")]
    public string? Error { get; init; }

    [Description("The page background (--bg).")]
    public string? Bg { get; init; }

    [Description("Table heads and notes (--soft).")]
    public string? Soft { get; init; }
}
