using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site.Commands;

/// <summary><c>opendata forms [list | show &lt;form&gt;]</c>: the model as people and scripts can read it — indicators and rules.</summary>
internal static class FormsCommand
{
    public static Command Create(TextWriter output)
    {
        var format = new Option<string>("--format") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var list = new Command("list", "List the national forms with their years and basis") { format };
        list.SetAction(parse =>
        {
            output.Write(parse.GetValue(format) == "json" ? ListJson() : ListText());
            return Cli.Ok;
        });

        var formId = new Argument<string>("form") { Description = "Form id: national-2014, national-2019, national-2021 or fujian-2014 (福建省's own table)" };
        formId.AcceptOnlyFromAmong([.. Forms.All.Select(f => f.Id)]);
        var show = new Command("show", "Show every indicator (code, label, unit, hierarchy) and every rule of a form") { formId, format };
        show.SetAction(parse =>
        {
            var form = Forms.Find(parse.GetValue(formId)!)!;
            output.Write(parse.GetValue(format) == "json" ? ShowJson(form) : ShowText(form));
            return Cli.Ok;
        });

        var command = new Command("forms", """
            The national forms as data: every indicator with its stable code, label, unit and place,
            and every rule that validation checks.

            Examples:
              opendata forms list
              opendata forms show national-2021
              opendata forms show national-2019 --format json
            """)
        {
            list, show,
        };
        command.SetAction(_ =>
        {
            output.Write(ListText());
            return Cli.Ok;
        });
        return command;
    }

    internal static string ListText()
    {
        var text = new StringBuilder();
        foreach (var form in Forms.All)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{form.Id,-15} {Years(form),-11} {form.Basis}  {form.NameZh}  ({form.Indicators.Count} indicators, {form.Rules.Count} rules)\n");
        }

        return text.ToString();
    }

    internal static string ShowText(Form form)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{form.Id}  {form.NameZh} / {form.NameEn}\n{form.Basis}, report years {Years(form)}\n");
        foreach (var table in form.Tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{table.Section} {table.Title} / {table.TitleEn}\n");
            foreach (var code in table.Rows.SelectMany(r => r.Cells))
            {
                var i = form.Find(code)!;
                text.Append(CultureInfo.InvariantCulture,
                    $"  {i.Code,-48} {i.Unit ?? "(inline)",-8} {Kind(i.Kind),-6} {i.Label}{(i.Parent is null ? "" : $"  ⊂ {i.Parent}")}\n");
                // The English label and unit on a line of their own, under the Chinese ones.
                text.Append(CultureInfo.InvariantCulture, $"  {"",-48} {i.UnitEn ?? "(inline)"}: {i.LabelEn}\n");
            }
        }

        text.Append("\nRules\n");
        foreach (var rule in form.Rules)
        {
            var from = rule.FirstYear is { } y ? string.Create(CultureInfo.InvariantCulture, $" (from {y})") : "";
            text.Append(CultureInfo.InvariantCulture, $"  {rule.Id,-6} {rule.Severity.ToString().ToLowerInvariant(),-8} {rule.Formula}{from}\n         {rule.TitleZh} / {rule.TitleEn}\n");
        }

        return text.ToString();
    }

    private static string ListJson() => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var form in Forms.All)
        {
            WriteFormHeader(writer, form);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    internal static string ShowJson(Form form) => Json(writer =>
    {
        WriteFormHeader(writer, form);
        writer.WriteStartArray("indicators");
        foreach (var i in form.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("code", i.Code);
            writer.WriteString("label", i.Label);
            writer.WriteString("labelEn", i.LabelEn);
            writer.WriteString("unit", i.Unit);
            writer.WriteString("unitEn", i.UnitEn);
            writer.WriteString("kind", Kind(i.Kind));
            writer.WriteString("section", i.Section);
            writer.WriteString("parent", i.Parent);
            writer.WriteString("row", i.RowCode);
            writer.WriteString("column", i.ColumnCode);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rules");
        foreach (var rule in form.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("severity", rule.Severity.ToString().ToLowerInvariant());
            writer.WriteString("formula", rule.Formula);
            writer.WriteString("anchor", rule.Anchor);
            writer.WriteString("titleZh", rule.TitleZh);
            writer.WriteString("titleEn", rule.TitleEn);
            if (rule.FirstYear is { } first)
            {
                writer.WriteNumber("firstYear", first);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteFormHeader(Utf8JsonWriter writer, Form form)
    {
        writer.WriteStartObject();
        writer.WriteString("id", form.Id);
        writer.WriteString("nameZh", form.NameZh);
        writer.WriteString("nameEn", form.NameEn);
        writer.WriteString("basis", form.Basis);
        writer.WriteNumber("firstYear", form.FirstYear);
        if (form.LastYear is { } last)
        {
            writer.WriteNumber("lastYear", last);
        }
        else
        {
            writer.WriteNull("lastYear");
        }

        writer.WriteNumber("indicatorCount", form.Indicators.Count);
        writer.WriteNumber("ruleCount", form.Rules.Count);
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Years(Form form) =>
        string.Create(CultureInfo.InvariantCulture, $"{form.FirstYear}–{(form.LastYear is { } last ? last.ToString(CultureInfo.InvariantCulture) : "")}");

    private static string Kind(ValueKind kind) => kind switch
    {
        ValueKind.Count => "count",
        ValueKind.Amount => "amount",
        _ => "change",
    };
}
