using System.Reflection;
using System.Text;

namespace OpenData.Site;

/// <summary>The first letters of the pinyin of Chinese characters, so that 平潭综合实验区 is found by typing <c>ptzhsyq</c>.</summary>
/// <remarks>The table <c>Search/pinyin-initials.txt</c> covers the CJK Unified Ideographs block (U+4E00–U+9FFF, every
/// character of an agency's name in practice) and comes from the Unicode Han Database, Unihan 15.0: the first letter of
/// the customary reading (kMandarin), then those of the other readings of the 通用规范汉字字典 (kTGHZ2013) and the
/// 现代汉语词典 (kXHC1983), so a character read two ways (长, 重, 行) matches either letter.
/// <c>Search/make-pinyin-initials.py</c> makes the table again from Debian's <c>unicode-data</c> package.</remarks>
internal static class PinyinInitials
{
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    private static readonly (string Primary, Dictionary<char, string> Readings) Table = Load();

    /// <summary>The letters of a name, one place per character: a letter, or a set in brackets for a character with
    /// readings of different first letters (<c>[zc]q</c> for 重庆). Latin letters and digits stand for themselves, in
    /// lower case; other characters (punctuation, characters outside the table) are left out.</summary>
    public static string Of(string text)
    {
        var pattern = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= First and <= Last)
            {
                if (Table.Readings.TryGetValue(c, out var letters))
                {
                    pattern.Append('[').Append(letters).Append(']');
                }
                else if (Table.Primary[c - First] is not '-' and var letter)
                {
                    pattern.Append(letter);
                }
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                pattern.Append(char.ToLowerInvariant(c));
            }
        }

        return pattern.ToString();
    }

    private static (string, Dictionary<char, string>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("search/pinyin-initials.txt")
            ?? throw new InvalidOperationException("embedded pinyin table is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        _ = reader.ReadLine();
        var primary = reader.ReadLine() ?? "";
        if (primary.Length != Last - First + 1)
        {
            throw new InvalidOperationException("embedded pinyin table is damaged");
        }

        var readings = new Dictionary<char, string>();
        while (reader.ReadLine() is { Length: > 1 } line)
        {
            readings[line[0]] = line[1..];
        }

        return (primary, readings);
    }
}
