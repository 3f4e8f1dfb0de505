using System.Text.Json;

namespace OpenData.Site;

/// <summary>Writes a <see cref="Finding"/> as a JSON object, the shape used by <c>validate --format json</c> and the site's data-quality files.</summary>
internal static class FindingJson
{
    public static void Write(Utf8JsonWriter writer, Finding f)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", f.Rule);
        writer.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        WriteOptional(writer, "file", f.File);
        WriteOptional(writer, "path", f.Path);
        if (f.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        WriteOptional(writer, "agency", f.Agency);
        if (f.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }

        WriteOptional(writer, "code", f.Code);
        writer.WriteString("messageZh", f.MessageZh);
        writer.WriteString("messageEn", f.MessageEn);
        if (f.Numbers.Count > 0)
        {
            writer.WriteStartObject("numbers");
            foreach (var (code, value) in f.Numbers)
            {
                if (value is { } v)
                {
                    writer.WriteNumber(code, v);
                }
                else
                {
                    writer.WriteNull(code);
                }
            }

            writer.WriteEndObject();
        }

        WriteOptional(writer, "acknowledged", f.Acknowledged);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
