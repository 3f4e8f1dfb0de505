using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>
/// Radical and compatibility code points that a PDF's fonts give for ordinary Chinese characters, read as the characters
/// they print.
/// </summary>
/// <remarks>
/// Many PDFs (Word or WPS exports with some fonts, pages printed from a browser) map common characters to the Kangxi radicals
/// (<c>⼀ ⼯ ⾏</c> for 一 工 行), the CJK radicals supplement (<c>⻓ ⻔ ⻅</c> for 长 门 见) or the compatibility ideographs:
/// the page shows 工作, the text layer holds ⼯作, and a copy pasted from such a PDF carries them on. Nothing a reader sees
/// differs, but no label, heading, title or search matches them. Each is read as the unified ideograph it is printed as: the
/// Kangxi radicals and the compatibility ideographs by their Unicode compatibility mapping (NFKC), the radicals supplement,
/// which has none, by its equivalent unified ideograph (Unicode's EquivalentUnifiedIdeograph.txt) where that is a whole
/// character. Punctuation, digits and letters are left as printed.
/// </remarks>
internal static class CompatibilityIdeographs
{
    // CJK Radicals Supplement forms that are whole simplified or traditional characters, and the characters Unicode equates them with.
    private const string SupplementForms = "⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳";
    private const string SupplementCharacters = "母民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟";

    private static readonly FrozenDictionary<char, char> Supplement = SupplementForms.Zip(SupplementCharacters).ToFrozenDictionary(p => p.First, p => p.Second);

    /// <summary>Whether <paramref name="text"/> holds a code point this reads as another character.</summary>
    public static bool Occur(string text)
    {
        foreach (var c in text)
        {
            if (IsKangxi(c) || Supplement.ContainsKey(c) || IsCompatibility(c) || c is '\uD87E')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> with each radical or compatibility code point read as the ideograph it prints; the
    /// pairs replaced (<c>⼯→工</c>) are added to <paramref name="replaced"/>.</summary>
    public static string Unify(string text, ISet<string> replaced)
    {
        if (!Occur(text))
        {
            return text;
        }

        var unified = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // U+2F800–U+2FA1F, the supplementary compatibility ideographs, are the surrogate pairs that start with U+D87E.
            var length = c is '\uD87E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var original = text.Substring(i, length);
            var read = Supplement.TryGetValue(c, out var equivalent) ? equivalent.ToString()
                : IsKangxi(c) || IsCompatibility(c) || length == 2 ? original.Normalize(NormalizationForm.FormKC)
                : original;
            if (read != original)
            {
                replaced.Add(string.Create(CultureInfo.InvariantCulture, $"{original}→{read}"));
            }

            unified.Append(read);
            i += length - 1;
        }

        return unified.ToString();
    }

    private static bool IsKangxi(char c) => c is >= '\u2F00' and <= '\u2FD5';

    private static bool IsCompatibility(char c) => c is >= '\uF900' and <= '\uFAFF';
}
