using System.Collections.Frozen;

namespace OpenData;

/// <summary>Administrative-division codes (行政区划代码, GB/T 2260): six digits, the first two naming the province-level
/// division, the next two the prefecture, the last two the county.</summary>
public static class DivisionCodes
{
    // The province-level divisions of GB/T 2260: 11–15 North, 21–23 North-east, 31–37 East, 41–46 South-central,
    // 50–54 South-west, 61–65 North-west, 71 Taiwan, 81 Hong Kong, 82 Macao.
    private static readonly FrozenSet<string> Provinces = FrozenSet.Create(StringComparer.Ordinal,
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /// <summary>Whether <paramref name="code"/> is six ASCII digits whose first two name a province-level division.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && Provinces.Contains(code[..2]);
}
