using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>
/// Reads a source's text as the characters printed: radical and compatibility code points that a PDF's fonts give for
/// ordinary Chinese characters become those characters, and invisible format characters are dropped. Collects what it
/// changed, for the import's note.
/// </summary>
/// <remarks>
/// Many PDFs (Word or WPS exports with some fonts, pages printed from a browser) map common characters to the Kangxi radicals
/// (<c>⼀ ⼯ ⾏</c> for 一 工 行), the CJK radicals supplement (<c>⻓ ⻔ ⻅</c> for 长 门 见) or the compatibility ideographs:
/// the page shows 工作, the text layer holds ⼯作, and a copy pasted from such a PDF carries them on. Web editors leave zero-width
/// spaces and byte-order marks inside words and numbers (<c>5345&amp;#8203;</c>). Nothing a reader sees differs, but no label,
/// heading, title, number or search matches them. The Kangxi radicals and the compatibility ideographs are read by their
/// Unicode compatibility mapping (NFKC); the radicals supplement, which has none, by the unified ideograph Unicode equates each
/// with (EquivalentUnifiedIdeograph.txt) where that is a whole character. Punctuation, digits, letters and spaces are left as
/// printed.
/// </remarks>
internal sealed class PrintedCharacters
{
    // CJK Radicals Supplement forms that are whole simplified or traditional characters, and the characters Unicode equates them with.
    private const string SupplementForms = "⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳";
    private const string SupplementCharacters = "母民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟";

    private static readonly FrozenDictionary<char, char> Supplement = SupplementForms.Zip(SupplementCharacters).ToFrozenDictionary(p => p.First, p => p.Second);

    /// <summary>Each stand-in read and the character it was read as (<c>⼯→工</c>), in code point order.</summary>
    public SortedSet<string> Replaced { get; } = new(StringComparer.Ordinal);

    /// <summary>The invisible characters dropped (<c>U+200B</c>), in code point order.</summary>
    public SortedSet<string> Dropped { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> holds a character this reads otherwise.</summary>
    public static bool Occur(string text)
    {
        foreach (var c in text)
        {
            if (IsKangxi(c) || Supplement.ContainsKey(c) || IsCompatibility(c) || c is '\uD87E' || IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> as printed: each stand-in read as the ideograph it prints, invisible characters dropped.</summary>
    public string Read(string text)
    {
        if (!Occur(text))
        {
            return text;
        }

        var read = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c))
            {
                Dropped.Add(string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"));
                continue;
            }

            // U+2F800–U+2FA1F, the supplementary compatibility ideographs, are the surrogate pairs that start with U+D87E.
            var length = c is '\uD87E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var original = text.Substring(i, length);
            var character = Supplement.TryGetValue(c, out var equivalent) ? equivalent.ToString()
                : IsKangxi(c) || IsCompatibility(c) || length == 2 ? original.Normalize(NormalizationForm.FormKC)
                : original;
            if (character != original)
            {
                Replaced.Add($"{original}→{character}");
            }

            read.Append(character);
            i += length - 1;
        }

        return read.ToString();
    }

    private static bool IsKangxi(char c) => c is >= '\u2F00' and <= '\u2FD5';

    private static bool IsCompatibility(char c) => c is >= '\uF900' and <= '\uFAFF';

    // Zero-width space, non-joiner and joiner, the direction marks, the word joiner, the byte-order mark and the soft hyphen.
    private static bool IsInvisible(char c) => c is >= '\u200B' and <= '\u200F' or '\u2060' or '\uFEFF' or '\u00AD';
}
