using System.Text;
using System.Text.RegularExpressions;

namespace OpenData;

/// <summary>Normalises printed row and column labels so that published copies of a form can be matched to it.</summary>
/// <remarks>
/// Published copies differ in full-width and half-width digits and brackets, list markers (<c>1.</c>, <c>1、</c>, <c>１．</c>),
/// stray spaces inside labels, curly and straight quotes and a leading <c>其中：</c>; none of these changes what a row means.
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
        foreach (var c in label.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』'))
            {
                text.Append(c);
            }
        }

        var key = ArabicMarker().Replace(text.ToString(), "$1.");
        key = ChineseMarker().Replace(key, "$1、");
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

    [GeneratedRegex(@"^(\d{1,2})[、.]", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicMarker();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、.]", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMarker();
}
