using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData;

/// <summary>Source-generated System.Text.Json metadata for the data files, with strict reading.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    Converters = [typeof(ReportValueConverter)])]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(Agency))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
