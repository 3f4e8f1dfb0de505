using System.Text.RegularExpressions;

namespace OpenData;

/// <summary>The rule for agency ids: they are folder names and URL segments, so lowercase ASCII letters, digits and single hyphens.</summary>
public static partial class AgencyIds
{
    /// <summary>Whether a string is a valid agency id, e.g. <c>pingtan</c> or <c>shanghai-gov-office</c>.</summary>
    public static bool IsValid(string? id) => id is { Length: > 0 and <= 64 } && Pattern().IsMatch(id);

    internal static Finding Invalid(string id, string displayPath, string? jsonPath) =>
        new("D-ID", Severity.Error,
            $"机构代码“{id}”无效：只能使用小写英文字母、数字和连字符（例如 pingtan）",
            $"invalid agency id \"{id}\": use lowercase ASCII letters, digits and single hyphens (e.g. pingtan)")
        { File = displayPath, Path = jsonPath };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
