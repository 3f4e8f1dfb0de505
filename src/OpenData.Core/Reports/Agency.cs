using System.Text.Json.Serialization;

namespace OpenData;

/// <summary>A government agency that publishes annual reports; stored as <c>data/&lt;id&gt;/agency.json</c>.</summary>
/// <param name="Id">The agency's ASCII id, which is also its folder name and URL segment (lowercase letters, digits, hyphens).</param>
/// <param name="Name">The agency's official Chinese name, e.g. 平潭综合实验区.</param>
/// <param name="NameEn">An English name, or <see langword="null"/>.</param>
/// <param name="Region">The region, e.g. 福建省, or <see langword="null"/>.</param>
/// <param name="Level">The administrative level, from a fixed list (省级, 市级, 县级, 部门…), or <see langword="null"/>.</param>
/// <param name="Website">The agency's disclosure web address, or <see langword="null"/>.</param>
/// <param name="Parent">The id of the agency above it: a department's government, a county's city; <see langword="null"/>
/// at the top. <see cref="Validator"/> checks that it exists and that no chain of parents loops.</param>
/// <param name="DivisionCode">The administrative-division code (行政区划代码, six digits) of the agency's region, or
/// <see langword="null"/>; see <see cref="DivisionCodes"/>.</param>
public sealed record Agency(
    string Id,
    string Name,
    string? NameEn = null,
    string? Region = null,
    AgencyLevel? Level = null,
    string? Website = null,
    string? Parent = null,
    string? DivisionCode = null)
{
    /// <summary>The JSON Schema the file names in <c>$schema</c>.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }
}
