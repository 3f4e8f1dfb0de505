using System.Text.RegularExpressions;

namespace OpenData.Site;

/// <summary>The colour syntax <c>site.json</c> accepts: hexadecimal (<c>#0b5cad</c>, <c>#fff</c>, with alpha
/// <c>#0b5cadcc</c>) or <c>rgb()</c>/<c>rgba()</c>/<c>hsl()</c>/<c>hsla()</c> of numbers, in the comma or the space
/// syntax.</summary>
/// <remarks>Nothing else reaches the stylesheet, so a colour can never end a rule or add one of its own.</remarks>
internal static partial class CssColor
{
    /// <summary>The pattern, in a syntax .NET and JSON Schema (ECMAScript) read alike.</summary>
    public const string Pattern =
        @"^(#([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
        + @"|(rgba?|hsla?)\( *" + Number + @"( *, *| +)" + Number + @"( *, *| +)" + Number + @"(( *, *| *\/ *)" + Number + @")? *\))$";

    private const string Number = @"[+-]?([0-9]+(\.[0-9]+)?|\.[0-9]+)(%|deg)?";

    // .NET reads $ as "at the end or before a final line end": a line end is refused on its own.
    public static bool IsValid(string? text) => text is not null && !text.EndsWith('\n') && Regex().IsMatch(text);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Regex();
}
