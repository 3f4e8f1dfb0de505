using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenData;

/// <summary>Normalises printed row and column labels so that published copies of a form can be matched to it.</summary>
/// <remarks>
/// Published copies differ in full-width and half-width digits and brackets, list markers (<c>1.</c>, <c>1、</c>, <c>１．</c>,
/// <c>(1)</c>, <c>①</c>), stray spaces inside labels, curly and straight quotes, the pause mark <c>、</c> printed as a comma
/// (or a comma as <c>、</c>) and a leading <c>其中：</c>; none of these changes what a row means.
/// </remarks>
public static partial class Labels
{
    /// <summary>The label reduced to a comparison key: half-width, no spaces or quotes, one list-marker style, no <c>其中：</c> prefix.</summary>
    /// <example><c>Labels.Normalize("１．社会公益 组织") == Labels.Normalize("1、社会公益组织")</c></example>
    public static string Normalize(string? label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return "";
        }

        var text = new StringBuilder(label.Length);
        foreach (var c in CompatibilityForm(Circled(label)))
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』'))
            {
                text.Append(c);
            }
        }

        var key = text.ToString();
        if (ArabicMarker().Match(key) is { Success: true } arabic)
        {
            key = $"{arabic.Groups[1].ValueSpan}.{key.AsSpan(arabic.Length)}";
        }
        else if (ChineseMarker().Match(key) is { Success: true } chinese)
        {
            key = $"{chinese.Groups[1].ValueSpan}、{key.AsSpan(chinese.Length)}";
        }

        var marker = ListMarker().Match(key).Length;
        if (key.AsSpan(marker).ContainsAny(Separators))
        {
            key = string.Concat(key.AsSpan(0, marker), string.Concat(key[marker..].Where(c => !Separators.Contains(c))));
        }

        if (key.StartsWith("其中:", StringComparison.Ordinal))
        {
            key = key[3..];
        }
        else if (key == "其中")
        {
            key = "";
        }

        return key.TrimEnd(':');
    }

    /// <summary>The text without the spaces a PDF converter or a word processor sets between Chinese and a number
    /// (<c>2019 年</c>, <c>收到申请 7 件</c>): the same words, read as published text is matched.</summary>
    public static string Unspaced(string text) => NumberSpacing().Replace(text, "");

    /// <summary>The text in Unicode normalisation form KC (full-width <c>（一）１２</c> as <c>(一)12</c>): always what
    /// <see cref="string.Normalize(NormalizationForm)"/> gives, computed without ICU for text of only ASCII, CJK ideographs,
    /// full-width forms and 、。《》「」『』“”‘’, as labels and cells mostly are.</summary>
    public static string CompatibilityForm(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyExcept(StableUnderNfkc);
        if (first < 0)
        {
            return text;
        }

        if (span[first..].ContainsAnyExcept(MappedUnderNfkc))
        {
            return text.Normalize(NormalizationForm.FormKC);
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                // A full-width form (Ａ, （, ：, ０) is its ASCII character; the ideographic space a space.
                var c = source[i];
                chars[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    // Characters NFKC leaves as they are and that no character after them composes with.
    private static readonly SearchValues<char> StableUnderNfkc = SearchValues.Create(StableCharacters());

    private static readonly SearchValues<char> MappedUnderNfkc = SearchValues.Create(StableCharacters() + "\u3000" + Range('\uFF01', '\uFF5E'));

    private static string StableCharacters() =>
        Range('\u0000', '\u007F') + "\u3001\u3002\u300A\u300B\u300C\u300D\u300E\u300F\u2018\u2019\u201C\u201D" + Range('\u4E00', '\u9FFF');

    private static string Range(char first, char last) => string.Create(last - first + 1, first, static (chars, from) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(from + i);
        }
    });

    // ① … ⑳ are list markers: "1." rather than NFKC's bare "1".
    private static string Circled(string label) =>
        label.Length > 0 && label[0] is >= '\u2460' and <= '\u2473' ? $"{label[0] - '\u2460' + 1}.{label[1..]}" : label;

    [GeneratedRegex(@"^(?:\d{1,2}\.|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    // A comma, the pause mark and a semicolon separate the same phrases (“逾期不补正、行政机关不再处理”), whichever is printed.
    private static readonly SearchValues<char> Separators = SearchValues.Create("、,;");

    [GeneratedRegex(@"^\(?(\d{1,2})(?:[、.]|\))", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicMarker();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、.]", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMarker();

    [GeneratedRegex(@"(?<=[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF])[ \u00A0]+(?=[0-9０-９])|(?<=[0-9０-９])[ \u00A0]+(?=[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSpacing();
}
