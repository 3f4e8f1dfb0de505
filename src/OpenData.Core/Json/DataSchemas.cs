using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace OpenData;

/// <summary>JSON Schemas (draft 2020-12) of the data files, generated from the model so they cannot drift from it.</summary>
/// <remarks>
/// The schemas are committed at the root of the data folder (<see cref="DataFiles.ReportSchemaFileName"/>,
/// <see cref="DataFiles.AgencySchemaFileName"/>) and data files name them in <c>$schema</c>, so editors check files
/// while people type. The report schema lists the indicator codes of each form with the kind of number each holds, so a misspelt code, a
/// code of another form, a count written as text or a negative count is caught in the editor too.
/// </remarks>
public static class DataSchemas
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON Schema of a report file, as indented JSON text ending in a newline.</summary>
    public static string ReportSchema() => Generate(DataFiles.Context.Report, "report", "政府信息公开工作年度报告数据文件 / annual report data file", root =>
    {
        var properties = root["properties"]!.AsObject();
        properties["form"] = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. Forms.All.Select(f => (JsonNode)f.Id)]),
            ["description"] = "The form: national-2014 (reports 2014–2018), national-2019 (2019–2020), national-2021 (2021 onwards), or a province's own: fujian-2014 (福建 reports 2014–2018).",
        };
        properties["year"]!.AsObject()["minimum"] = DataSet.FirstReportYear;
        properties["agency"]!.AsObject()["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$";
        var values = properties["values"]!.AsObject();
        values["propertyNames"] = new JsonObject
        {
            ["enum"] = new JsonArray([.. Forms.All.SelectMany(f => f.Indicators).Select(i => i.Code).Distinct().Order(StringComparer.Ordinal).Select(c => (JsonNode)c)]),
        };
        values["description"] = "Values by indicator code: a number as published, null for a blank (not reported), or {number, unit, raw} for a cell published with its unit.";
        values["additionalProperties"] = new JsonObject { ["$ref"] = "#/$defs/value" };
        root["$defs"] = new JsonObject
        {
            ["value"] = ValueSchema(),
            [nameof(ValueKind.Count)] = KindSchema(ValueKind.Count),
            [nameof(ValueKind.Amount)] = KindSchema(ValueKind.Amount),
            [nameof(ValueKind.SignedChange)] = KindSchema(ValueKind.SignedChange),
        };

        // Each form's own codes, each typed by its kind: a code of another form, a count written as text or a negative
        // count is flagged in the editor, not only when the site is built.
        root["allOf"] = new JsonArray([.. Forms.All.Select(form => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["form"] = new JsonObject { ["const"] = form.Id } },
                ["required"] = new JsonArray("form"),
            },
            ["then"] = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject([.. form.Indicators.Select(i =>
                            KeyValuePair.Create(i.Code, (JsonNode?)new JsonObject { ["$ref"] = "#/$defs/" + i.Kind }))]),
                        ["additionalProperties"] = false,
                    },
                },
            },
        })]);
    });

    /// <summary>The JSON Schema of an agency file, as indented JSON text ending in a newline.</summary>
    public static string AgencySchema() => Generate(DataFiles.Context.Agency, "agency", "发布机构 / agency", root =>
    {
        var properties = root["properties"]!.AsObject();
        properties["id"]!.AsObject()["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$";
        properties["parent"]!.AsObject()["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$";
        properties["parent"]!.AsObject()["description"] = "The id (folder name) of the agency above: a department's government, a county's city.";
        properties["divisionCode"]!.AsObject()["pattern"] = "^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|81|82)[0-9]{4}$";
        properties["divisionCode"]!.AsObject()["description"] = "The administrative-division code (行政区划代码, GB/T 2260) of the agency's region: six digits.";
    });

    private static string Generate<T>(JsonTypeInfo<T> typeInfo, string name, string title, Action<JsonObject> refine)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
                context.TypeInfo.Type == typeof(ReportValue) ? ValueSchema() : node,
        };
        var schema = typeInfo.Options.GetJsonSchemaAsNode(typeof(T), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://opendata.example.org/schema/{name}.schema.json",
            ["title"] = title,
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        refine(root);
        return root.ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>The value of a cell of the given kind: a count is a whole number from 0, an amount a number from 0, a
    /// change a whole number of either sign; each may be null (blank) or a cell object whose number is of that kind.</summary>
    private static JsonObject KindSchema(ValueKind kind)
    {
        JsonObject Number() => kind switch
        {
            ValueKind.Count => new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 0 },
            ValueKind.Amount => new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = 0 },
            _ => new JsonObject { ["type"] = new JsonArray("integer", "null") },
        };

        var description = kind switch
        {
            ValueKind.Count => "A count: a whole number from 0, null for blank, or a cell object.",
            ValueKind.Amount => "An amount: a number from 0 (decimals as published), null for blank, or a cell object.",
            _ => "A change against the year before: a whole number, negative allowed, null for blank, or a cell object.",
        };
        return new JsonObject
        {
            ["description"] = description,
            ["anyOf"] = new JsonArray(Number(), CellSchema(Number())),
        };
    }

    /// <summary>A cell published with its unit or text: <c>{number, unit, raw}</c>, its number as given.</summary>
    private static JsonObject CellSchema(JsonObject number) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["number"] = number,
            ["unit"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["raw"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
        },
        ["required"] = new JsonArray("number"),
        ["additionalProperties"] = false,
    };

    private static JsonObject ValueSchema() => new()
    {
        ["description"] = "A number as published, null for blank, or an object keeping the published text and unit.",
        ["oneOf"] = new JsonArray(
            new JsonObject { ["type"] = "number" },
            new JsonObject { ["type"] = "null" },
            CellSchema(new JsonObject { ["type"] = new JsonArray("number", "null") })),
    };
}
