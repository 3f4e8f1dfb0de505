using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site.Commands;

/// <summary><c>opendata validate [paths]</c>: checks data folders or report files and prints compiler-style findings.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Data folders or report files to check (default: data)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (compiler-style lines) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var all = new Option<bool>("--all") { Description = "Also list informational findings (blank cells, rules that cannot be checked)" };
        var command = new Command("validate", """
            Check data files against the national forms: printed identities (R-*), inequalities (I-*),
            cross-year rules (X-*), value kinds (V-*), form and year (F-YEAR) and file problems (D-*).
            Exit code 0 when no error is left unacknowledged, 1 otherwise, 2 for usage errors.

            Examples:
              opendata validate
              opendata validate data/pingtan
              opendata validate data/pingtan/2020.json --format json
            """)
        {
            paths, format, all,
        };
        command.SetAction(parse =>
        {
            var targets = parse.GetValue(paths) is { Length: > 0 } given ? given : ["data"];
            var result = Run(targets);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(output, result.Findings);
            }
            else
            {
                WriteText(output, result.Findings, parse.GetValue(all), result.Reports, result.Agencies);
            }

            return result.Validation.IsValid ? Cli.Ok : Cli.Failed;
        });
        return command;
    }

    internal sealed record Outcome(ValidationResult Validation, int Reports, int Agencies)
    {
        public IReadOnlyList<Finding> Findings => Validation.Findings;
    }

    internal static Outcome Run(IEnumerable<string> targets)
    {
        var findings = new List<Finding>();
        int reports = 0, agencies = 0;
        foreach (var target in targets)
        {
            if (target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(target))
            {
                var single = ValidateFile(target);
                findings.AddRange(single.Findings);
                reports += single.Findings.Any(f => f.Rule is "D-JSON" or "D-FILE" or "D-SIZE" or "D-ENC") ? 0 : 1;
                continue;
            }

            var data = LoadFolder(target);
            var validation = Validator.Validate(data);
            findings.AddRange(validation.Findings);
            reports += data.Reports.Count;
            agencies += data.Agencies.Count;
        }

        return new Outcome(new ValidationResult(findings), reports, agencies);
    }

    // A folder is either a data folder (agency sub-folders) or one agency's folder (agency.json inside).
    private static DataSet LoadFolder(string folder)
    {
        if (!File.Exists(Path.Combine(folder, DataFiles.AgencyFileName)))
        {
            return DataSet.Load(folder);
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        var all = DataSet.Load(parent);
        var id = Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/'));
        var display = folder.TrimEnd('/');
        var reports = all.ReportsOf(id).Select(r => r with { File = $"{display}/{Path.GetFileName(r.File)}" });
        return DataSet.FromReports(all.Agencies.Where(a => a.Id == id), reports);
    }

    private static ValidationResult ValidateFile(string file)
    {
        var loaded = DataFiles.ReadReport(file);
        if (loaded.Value is not { } report)
        {
            return new ValidationResult(loaded.Findings);
        }

        var previousFile = Path.Combine(Path.GetDirectoryName(file) ?? ".", $"{report.Year - 1}.json");
        var previous = File.Exists(previousFile) ? DataFiles.ReadReport(previousFile).Value : null;
        return new ValidationResult([.. loaded.Findings, .. Validator.Validate(report, previous, file).Findings]);
    }

    private static void WriteText(TextWriter output, IReadOnlyList<Finding> findings, bool all, int reports, int agencies)
    {
        foreach (var finding in findings.Where(f => all || f.Severity != Severity.Info))
        {
            output.WriteLine(finding);
        }

        var errors = findings.Count(f => f.IsBlocking);
        var warnings = findings.Count(f => f.Severity == Severity.Warning && !f.IsAcknowledged);
        var acknowledged = findings.Count(f => f.IsAcknowledged);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports} reports, {agencies} agencies: {errors} errors, {warnings} warnings, {acknowledged} acknowledged, {infos} info{(all || infos == 0 ? "" : " (--all lists them)")}"));
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<Finding> findings)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("valid", !findings.Any(f => f.IsBlocking));
            writer.WriteStartArray("findings");
            foreach (var f in findings)
            {
                FindingJson.Write(writer, f);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
