using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Site;

/// <summary>Source-generated System.Text.Json metadata for <c>site.json</c>: strict reading (an unknown key is an
/// error), comments and trailing commas allowed, written indented with keys in declaration order.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(SiteJson))]
internal sealed partial class SiteJsonContext : JsonSerializerContext;
