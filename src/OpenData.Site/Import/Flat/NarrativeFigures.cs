using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>Figures a report's text states in words that name one cell of its tables (“现行有效行政规范性文件698件”).</summary>
/// <remarks>
/// Used only to choose among the readings of a row whose cells ran together: a reading that disagrees with the text is
/// dropped, unless the text disagrees with every reading (then the text is not taken as a constraint at all). A figure
/// stated twice with different numbers is not taken.
/// </remarks>
internal static partial class NarrativeFigures
{
    private static readonly (string Code, Func<Regex> Pattern)[] Statements =
    [
        ("s2.normdoc.issued", Issued),
        ("s2.normdoc.in_force", InForce),
    ];

    public static Dictionary<string, decimal> Of(ImportSource source, Form form)
    {
        var text = string.Join("\n", source.Lines.Where(l => l.Row is null).Select(l => Labels.CompatibilityForm(l.Text)));
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, pattern) in Statements.Where(s => form.Contains(s.Code)))
        {
            var said = pattern().Matches(text).Select(m => decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
            if (said.Count == 1)
            {
                figures[code] = said[0];
            }
        }

        return figures;
    }

    [GeneratedRegex(@"(?:本年度?|今年)制发的?(?:行政)?规范性文件(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex Issued();

    [GeneratedRegex(@"现行有效的?(?:行政)?规范性文件(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex InForce();
}
