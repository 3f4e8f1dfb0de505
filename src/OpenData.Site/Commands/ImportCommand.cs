using System.CommandLine;
using System.Globalization;
using OpenData.Site.Import;

namespace OpenData.Site.Commands;

/// <summary><c>opendata import &lt;file&gt;...</c>: reads published reports (text or HTML) and writes <c>data/&lt;agency&gt;/&lt;year&gt;.json</c>.</summary>
/// <remarks>
/// An existing data file that differs from the import is never overwritten without <c>--force</c>, and then every change is listed.
/// Acknowledgements and corrections already in the file are kept: they are hand-written and not in the report.
/// </remarks>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Report files to import (text or HTML)", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string?>("--agency") { Description = "The agency id (folder name), e.g. pingtan; needed for a new agency" };
        var agencyName = new Option<string?>("--agency-name") { Description = "The agency's name, when the report's title does not give it" };
        var year = new Option<int?>("--year") { Description = "The report year, when the title and text do not give it" };
        var outDir = new Option<string>("--out") { Description = "The data folder to write to", DefaultValueFactory = _ => "data" };
        var force = new Option<bool>("--force") { Description = "Overwrite a data file that differs from the import, listing every change" };
        var sourceName = new Option<string?>("--source-name") { Description = "How provenance names the source file (default: the path given)" };
        var command = new Command("import", """
            Import published annual reports into data files. Reads |-separated, tab- or space-separated and
            one-cell-per-line tables in text, and <table>s in HTML; recognises the form (national-2014/2019/2021),
            the agency and the year; keeps the report's text; cross-checks numbers the text restates (T-*).
            Exit code 0 when every file was imported, 1 otherwise (nothing is written for a file that fails),
            2 for usage errors.

            Examples:
              opendata import report.txt --agency pingtan
              opendata import 2017.txt --agency shanggao-county --agency-name 上高县人民政府 --year 2017 --force
            """)
        {
            files, agency, agencyName, year, outDir, force, sourceName,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length > 1 && parse.GetValue(sourceName) is not null)
            {
                throw new UsageException("--source-name names one file; import the files one at a time");
            }

            var options = new ImportOptions(parse.GetValue(agency), parse.GetValue(agencyName), parse.GetValue(year), parse.GetValue(sourceName));
            if (options.AgencyId is { } id && !AgencyIds.IsValid(id))
            {
                throw new UsageException($"invalid agency id \"{id}\": use lowercase ASCII letters, digits and hyphens (e.g. pingtan)");
            }

            var ok = true;
            foreach (var path in paths)
            {
                ok &= ImportOne(path, options, parse.GetValue(outDir)!, parse.GetValue(force), output, error);
            }

            return ok ? Cli.Ok : Cli.Failed;
        });
        return command;
    }

    internal static bool ImportOne(string path, ImportOptions options, string outDir, bool force, TextWriter output, TextWriter error)
    {
        var result = ReportImporter.ImportFile(path, options);
        if (result.Failed || result.Report is null)
        {
            foreach (var finding in result.Findings.Where(f => f.Severity == Severity.Error))
            {
                error.WriteLine(finding);
            }

            error.WriteLine($"{path}: not imported; nothing written");
            return false;
        }

        var agencyId = options.AgencyId ?? FindAgency(outDir, result.AgencyName);
        if (agencyId is null)
        {
            throw new UsageException($"{path}: no agency in {outDir} is named \"{result.AgencyName}\"; give its id with --agency");
        }

        var agencyFile = Path.Combine(outDir, agencyId, DataFiles.AgencyFileName);
        var agencyName = result.AgencyName ?? (File.Exists(agencyFile) ? DataFiles.ReadAgency(agencyFile).Value?.Name : null);
        if (agencyName is null)
        {
            throw new UsageException($"{path}: the agency's name is not in the report; give it with --agency-name");
        }

        var report = result.Report with { Agency = agencyId };
        var target = Path.Combine(outDir, agencyId, $"{report.Year.ToString(CultureInfo.InvariantCulture)}.json");
        if (File.Exists(target))
        {
            var bytes = File.ReadAllBytes(target);
            var existing = DataFiles.ParseReport(bytes, target).Value;
            if (existing is not null)
            {
                report = report with { Acknowledged = existing.Acknowledged, Corrections = existing.Corrections };
            }

            if (System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') == DataFiles.Serialize(report))
            {
                output.WriteLine($"{target}: unchanged");
                Summarise(output, path, report, agencyName, result.Findings, outDir);
                return true;
            }

            var changes = existing is null ? ["the file cannot be read as a report"] : ReportChanges.Describe(existing, report);
            var writer = force ? output : error;
            writer.WriteLine(force ? $"{target}: overwritten (--force); changes:" : $"{target}: exists and differs from the import; not overwritten (use --force). Changes:");
            foreach (var change in changes.Count == 0 ? ["(layout of the file only; no value, text or provenance changed)"] : changes)
            {
                writer.WriteLine($"  {change}");
            }

            if (!force)
            {
                return false;
            }
        }

        if (!File.Exists(agencyFile))
        {
            DataFiles.Write(new Agency(agencyId, agencyName), agencyFile);
            output.WriteLine($"{agencyFile}: new agency {agencyName}");
        }

        DataFiles.Write(report, target);
        output.WriteLine($"{target}: written");
        Summarise(output, path, report, agencyName, result.Findings, outDir);
        return true;
    }

    private static void Summarise(TextWriter output, string path, Report report, string agencyName, IReadOnlyList<Finding> importFindings, string outDir)
    {
        var previousFile = Path.Combine(outDir, report.Agency, $"{(report.Year - 1).ToString(CultureInfo.InvariantCulture)}.json");
        var previous = File.Exists(previousFile) ? DataFiles.ReadReport(previousFile).Value : null;
        var validation = Validator.Validate(report, previous, Path.Combine(outDir, report.Agency, $"{report.Year.ToString(CultureInfo.InvariantCulture)}.json"));
        // Every note on how the source was read is shown; of validation, what needs attention (blank-cell notes are many).
        var findings = importFindings.Concat(validation.Findings.Where(f => f.Severity != Severity.Info)).ToList();
        var blanks = report.Values.Values.Count(v => v.IsBlank);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: form {report.Form}, agency {agencyName} ({report.Agency}), year {report.Year}: {report.Values.Count} cells imported ({blanks} blank), {report.Anomalies.Count} anomalies, {findings.Count} findings"));
        foreach (var anomaly in report.Anomalies)
        {
            output.WriteLine($"  anomaly: {anomaly.Location}: {anomaly.Text}");
        }

        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding}");
        }
    }

    private static string? FindAgency(string outDir, string? name)
    {
        if (name is null || !Directory.Exists(outDir))
        {
            return null;
        }

        return Directory.EnumerateDirectories(outDir).Order(StringComparer.Ordinal)
            .Select(d => DataFiles.ReadAgency(Path.Combine(d, DataFiles.AgencyFileName)).Value)
            .FirstOrDefault(a => a is not null && a.Name == name)?.Id;
    }
}
