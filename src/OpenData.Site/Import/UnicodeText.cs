using System.Text;

namespace OpenData.Site.Import;

/// <summary>Text as a reader of a binary format decoded it, made well-formed for the rest of the import.</summary>
internal static class UnicodeText
{
    /// <summary><paramref name="text"/> with every unpaired surrogate (half of a character, as a damaged file or a font's
    /// broken Unicode map gives) replaced by U+FFFD, which Unicode normalisation and the label matching accept.</summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else
            {
                clean.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return clean.ToString();
    }
}
