using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Joins the lines of a wrapped cell or paragraph into one text, the way a reader sees it.</summary>
/// <remarks>
/// Chinese has no spaces between words, so a label wrapped inside a cell (<c>（一）予以</c> / <c>公开</c>) joins without one;
/// a space is kept only between two non-CJK characters (<c>Word</c> / <c>file</c>), so two numbers never run together.
/// </remarks>
internal static partial class WrappedText
{
    /// <summary>The lines, each cleaned, blank ones dropped, joined with a space only between two non-CJK characters.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var text = "";
        foreach (var line in lines.Select(Clean).Where(l => l.Length > 0))
        {
            text = text.Length == 0 ? line
                : IsCjk(text[^1]) || IsCjk(line[0]) ? text + line
                : $"{text} {line}";
        }

        return text;
    }

    /// <summary>The text with runs of whitespace (no-break and ideographic spaces too) collapsed to one space and trimmed.</summary>
    public static string Clean(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    // CJK radicals, punctuation, kana, ideographs, compatibility ideographs and full-width forms.
    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    [GeneratedRegex(@"[\s\u00A0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
