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
        foreach (var c in Circled(label).Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』'))
            {
                text.Append(c);
            }
        }

        var key = ArabicMarker().Replace(text.ToString(), "$1.");
        key = ChineseMarker().Replace(key, "$1、");
        var marker = ListMarker().Match(key);
        key = key[..marker.Length] + Separators().Replace(key[marker.Length..], "");
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

    // ① … ⑳ are list markers: "1." rather than NFKC's bare "1".
    private static string Circled(string label) =>
        label.Length > 0 && label[0] is >= '\u2460' and <= '\u2473' ? $"{label[0] - '\u2460' + 1}.{label[1..]}" : label;

    [GeneratedRegex(@"^(?:\d{1,2}\.|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    // A comma, the pause mark and a semicolon separate the same phrases (“逾期不补正、行政机关不再处理”), whichever is printed.
    [GeneratedRegex(@"[、,;]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\(?(\d{1,2})(?:[、.]|\))", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicMarker();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、.]", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMarker();

    [GeneratedRegex(@"(?<=[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF])[ \u00A0]+(?=[0-9０-９])|(?<=[0-9０-９])[ \u00A0]+(?=[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSpacing();
}
