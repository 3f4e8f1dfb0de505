using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace OpenData.Site;

/// <summary>The JSON Schema (draft 2020-12) of <c>site.json</c>, generated from its contract (<see cref="SiteJson"/>) so
/// it cannot drift from what the loader reads.</summary>
/// <remarks>Shipped as <c>input/site.schema.json</c> and written by <c>opendata new</c>; <c>site.json</c> names it in
/// <c>$schema</c>, so editors check keys and colours and show each key's description while people type.</remarks>
internal static class SiteSchema
{
    /// <summary>The schema as indented JSON text ending in a newline.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (context.PropertyInfo?.AttributeProvider is MemberInfo member && member.GetCustomAttribute<DescriptionAttribute>() is { } description && node is JsonObject property)
                {
                    property.Insert(0, "description", description.Description);
                }

                return node;
            },
        };
        var schema = SiteJson.Context.Options.GetJsonSchemaAsNode(typeof(SiteJson), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://opendata.example.org/schema/site.schema.json",
            ["title"] = "站点设置 / site settings (input/site.json)",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        var properties = root["properties"]!.AsObject();
        properties["languages"]!["items"] = new JsonObject { ["enum"] = new JsonArray("zh-CN", "en") };
        var colors = properties["colors"]!["properties"]!.AsObject();
        foreach (var name in colors.Select(c => c.Key).ToList())
        {
            colors[name] = new JsonObject { ["description"] = colors[name]!["description"]!.DeepClone(), ["$ref"] = "#/$defs/color" };
        }

        // A pattern constrains strings only: null (the shipped colour) passes.
        root["$defs"] = new JsonObject { ["color"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = CssColor.Pattern } };

        return root.ToJsonString(new JsonSerializerOptions(SiteJson.Context.Options)) + "\n";
    }
}
