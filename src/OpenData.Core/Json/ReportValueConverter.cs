using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData;

/// <summary>Reads and writes a <see cref="ReportValue"/> as a bare number, <c>null</c>, or <c>{"number", "unit", "raw"}</c>.</summary>
internal sealed class ReportValueConverter : JsonConverter<ReportValue>
{
    public override bool HandleNull => true;

    public override ReportValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ReportValue.Blank;
            case JsonTokenType.Number:
                return new ReportValue(ReadDecimal(ref reader));
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            default:
                throw new JsonException(
                    $"expected a number, null (blank) or an object {{\"number\", \"unit\", \"raw\"}}, found {Describe(reader.TokenType)}");
        }
    }

    public override void Write(Utf8JsonWriter writer, ReportValue value, JsonSerializerOptions options)
    {
        if (value.IsPlain)
        {
            if (value.Number is { } number)
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteNullValue();
            }

            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("number");
        if (value.Number is { } n)
        {
            writer.WriteNumberValue(n);
        }
        else
        {
            writer.WriteNullValue();
        }

        if (value.Unit is not null)
        {
            writer.WriteString("unit", value.Unit);
        }

        if (value.Raw is not null)
        {
            writer.WriteString("raw", value.Raw);
        }

        writer.WriteEndObject();
    }

    private static ReportValue ReadObject(ref Utf8JsonReader reader)
    {
        decimal? number = null;
        string? unit = null;
        string? raw = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw new JsonException($"duplicate property \"{name}\" in a value object");
            }

            reader.Read();
            switch (name)
            {
                case "number":
                    number = reader.TokenType == JsonTokenType.Null ? null
                        : reader.TokenType == JsonTokenType.Number ? ReadDecimal(ref reader)
                        : throw new JsonException($"\"number\" must be a number or null, found {Describe(reader.TokenType)}");
                    break;
                case "unit":
                    unit = ReadString(ref reader, name);
                    break;
                case "raw":
                    raw = ReadString(ref reader, name);
                    break;
                default:
                    throw new JsonException($"unknown property \"{name}\" in a value object (allowed: number, unit, raw)");
            }
        }

        if (!seen.Contains("number"))
        {
            throw new JsonException("a value object needs \"number\" (a number, or null for blank)");
        }

        return new ReportValue(number, unit, raw);
    }

    private static decimal ReadDecimal(ref Utf8JsonReader reader) =>
        reader.TryGetDecimal(out var value)
            ? value
            : throw new JsonException($"the number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)} is out of range for a value (at most 28 significant digits)");

    private static string? ReadString(ref Utf8JsonReader reader, string name) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"\"{name}\" must be a string, found {Describe(reader.TokenType)}"),
        };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString(),
    };
}
