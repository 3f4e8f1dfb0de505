using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenData.Site;

/// <summary>Checks a JSON value against the serializer's contract of a type (its keys, their types, which are
/// required) and names every problem with its JSON path, rather than stopping at the first as deserializing does.</summary>
/// <remarks>The contract is System.Text.Json's own metadata of the type, so the check cannot drift from what is read.
/// Strings, booleans, integers, arrays and nested objects are checked; a value that passes deserializes.</remarks>
internal static class JsonContract
{
    /// <summary>Every problem of <paramref name="value"/> as a value of <paramref name="type"/>: (JSON path, message).</summary>
    public static List<(string Path, string Message)> Check(JsonElement value, JsonTypeInfo type)
    {
        var problems = new List<(string, string)>();
        Check(value, type, "$", problems);
        return problems;
    }

    private static void Check(JsonElement value, JsonTypeInfo type, string path, List<(string, string)> problems)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(value, type, path, problems);
                break;
            case JsonTypeInfoKind.Enumerable when type.ElementType is { } elementType:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add((path, $"must be {Describe(type)}"));
                    return;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, type.Options.GetTypeInfo(elementType), isNullable: false, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), problems);
                }

                break;
            default:
                if (!Matches(value, type.Type))
                {
                    problems.Add((path, $"must be {Describe(type)}"));
                }

                break;
        }
    }

    private static void CheckObject(JsonElement value, JsonTypeInfo type, string path, List<(string, string)> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add((path, "must be an object { … }"));
            return;
        }

        var properties = type.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var at = path + "." + property.Name;
            if (!seen.Add(property.Name))
            {
                problems.Add((at, $"\"{property.Name}\" is given twice (重复的设置项)"));
            }
            else if (properties.TryGetValue(property.Name, out var info))
            {
                CheckValue(property.Value, type.Options.GetTypeInfo(info.PropertyType), info.IsSetNullable && !info.IsRequired, at, problems);
            }
            else
            {
                problems.Add((at, Unknown(property.Name, type.Properties.Select(p => p.Name).ToList())));
            }
        }

        foreach (var missing in type.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            problems.Add((path + "." + missing.Name, $"required key \"{missing.Name}\" is missing (缺少必填的设置项)"));
        }
    }

    private static void CheckValue(JsonElement value, JsonTypeInfo type, bool isNullable, string path, List<(string, string)> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!isNullable)
            {
                problems.Add((path, $"must be {Describe(type)}, not null"));
            }

            return;
        }

        Check(value, type, path, problems);
    }

    private static string Unknown(string name, IReadOnlyList<string> known)
    {
        var close = known.Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase) || Distance(k, name) <= 2)
            .OrderBy(k => Distance(k.ToLowerInvariant(), name.ToLowerInvariant())).FirstOrDefault();
        return $"unknown key \"{name}\" (未知的设置项)"
            + (close is null ? "." : $"; did you mean \"{close}\"?")
            + $" Known keys: {string.Join(", ", known)}";
    }

    private static bool Matches(JsonElement value, Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => value.ValueKind == JsonValueKind.String,
            var t when t == typeof(bool) => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            var t when t == typeof(int) => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            _ => true,
        };

    private static string Describe(JsonTypeInfo type) => type.Kind switch
    {
        JsonTypeInfoKind.Object => "an object { … }",
        JsonTypeInfoKind.Enumerable when type.ElementType is { } element => $"an array of {Noun(element).Plural}",
        _ => Noun(type.Type).Singular,
    };

    private static (string Singular, string Plural) Noun(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => ("a string", "strings"),
        var t when t == typeof(bool) => ("true or false", "booleans"),
        var t when t == typeof(int) => ("an integer", "integers"),
        _ => ("a value", "values"),
    };

    // Levenshtein distance: a key one or two edits away from a known one is most likely a slip of that key.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
