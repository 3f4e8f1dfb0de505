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
    /// <summary>Exit code when every file was imported but some cells were left blank because they could not be read with certainty.</summary>
    public const int ImportedWithUnsureCells = 3;

    /// <summary>The extensions a folder is searched for; other files in it are not reports.</summary>
    private static readonly HashSet<string> ReportExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".htm", ".html", ".shtml", ".mht", ".mhtml", ".pdf", ".docx", ".xlsx", ".doc", ".rtf", ".xls", ".wps", ".et",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Report files, or folders to import every report file in", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string?>("--agency") { Description = "The agency id (folder name), e.g. pingtan; needed for a new agency" };
        var agencyName = new Option<string?>("--agency-name") { Description = "The agency's name, when the report's title does not give it" };
        var year = new Option<int?>("--year") { Description = "The report year, when the title, text and file name do not give it" };
        var outDir = new Option<string>("--out") { Description = "The data folder to write to", DefaultValueFactory = _ => "data" };
        var force = new Option<bool>("--force") { Description = "Overwrite a data file that differs from the import, listing every change" };
        var sourceName = new Option<string?>("--source-name") { Description = "How provenance names the source file (default: the path given)" };
        var command = new Command("import", """
            Import published annual reports into data files. Reads PDF (with a text layer), Word (.docx, .doc, .rtf), Excel
            (.xlsx, .xls), HTML pages and text (|-separated, tab- or space-separated, one cell per line, or crawled text
            whose cells ran together), told apart by their bytes; recognises the form (national-2014/2019/2021, or 福建's fujian-2014),
            the agency and the year; keeps the report's text; cross-checks numbers the text restates (T-*).
            A cell that cannot be read with certainty is left blank and named in the data file (importFindings).
            Folders are searched for report files; one failing file does not stop the others, and a table of
            every file ends the run.

            Exit codes: 0 every file imported and every cell read; 3 every file imported, some cells left blank
            because they could not be read with certainty (see importFindings); 1 some file not imported
            (unreadable format, no table, an edited data file without --force; nothing written for that file);
            2 usage errors.

            Examples:
              opendata import report.pdf --agency pingtan
              opendata import reports/ --out data
              opendata import 2017.txt --agency shanggao-county --agency-name 上高县人民政府 --year 2017 --force
            """)
        {
            files, agency, agencyName, year, outDir, force, sourceName,
        };
        command.SetAction(parse =>
        {
            var paths = Expand(parse.GetValue(files) ?? []);
            if (paths.Count > 1 && parse.GetValue(sourceName) is not null)
            {
                throw new UsageException("--source-name names one file; import the files one at a time");
            }

            var options = new ImportOptions(parse.GetValue(agency), parse.GetValue(agencyName), parse.GetValue(year), parse.GetValue(sourceName));
            if (options.AgencyId is { } id && !AgencyIds.IsValid(id))
            {
                throw new UsageException($"invalid agency id \"{id}\": use lowercase ASCII letters, digits and hyphens (e.g. pingtan)");
            }

            var outcomes = paths.Select(path => ImportOne(path, options, parse.GetValue(outDir)!, parse.GetValue(force), output, error)).ToList();
            if (outcomes.Count > 1)
            {
                ImportTable.Write(output, outcomes);
            }

            return outcomes.Any(o => o.Failed) ? Cli.Failed
                : outcomes.Any(o => o.Unsure > 0) ? ImportedWithUnsureCells
                : Cli.Ok;
        });
        return command;
    }

    // A folder stands for every report file in it and below, in a fixed order; a path that does not exist stays, to be reported.
    private static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ReportExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    internal static ImportOutcome ImportOne(string path, ImportOptions options, string outDir, bool force, TextWriter output, TextWriter error)
    {
        var result = ReportImporter.ImportFile(path, options);
        if (result.Failed || result.Report is null)
        {
            foreach (var finding in result.Findings.Where(f => f.Severity == Severity.Error))
            {
                error.WriteLine(finding);
            }

            error.WriteLine($"{path}: not imported; nothing written");
            return ImportOutcome.NotImported(path, result, result.Findings.FirstOrDefault(f => f.Severity == Severity.Error)?.Rule ?? "failed");
        }

        var agencyId = options.AgencyId ?? FindAgency(outDir, result.AgencyName);
        if (agencyId is null)
        {
            error.WriteLine(result.AgencyName is null
                ? $"{path}: the report does not name its agency; give its id with --agency (and its name with --agency-name); nothing written"
                : $"{path}: no agency in {outDir} is named \"{result.AgencyName}\"; give its id with --agency; nothing written");
            return ImportOutcome.NotImported(path, result, "agency?");
        }

        var agencyFile = Path.Combine(outDir, agencyId, DataFiles.AgencyFileName);
        var agencyName = result.AgencyName ?? (File.Exists(agencyFile) ? DataFiles.ReadAgency(agencyFile).Value?.Name : null);
        if (agencyName is null)
        {
            error.WriteLine($"{path}: the agency's name is not in the report; give it with --agency-name; nothing written");
            return ImportOutcome.NotImported(path, result, "agency?");
        }

        var report = result.Report with { Agency = agencyId };
        var target = Path.Combine(outDir, agencyId, $"{report.Year.ToString(CultureInfo.InvariantCulture)}.json");
        var written = "written";
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
                return Summarise(output, path, report, agencyName, result.Findings, outDir, "unchanged");
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
                return Summarise(output, path, report, agencyName, result.Findings, outDir, "differs; not overwritten") with { Failed = true };
            }

            written = "overwritten";
        }

        if (!File.Exists(agencyFile))
        {
            DataFiles.Write(new Agency(agencyId, agencyName), agencyFile);
            output.WriteLine($"{agencyFile}: new agency {agencyName}");
        }

        DataFiles.Write(report, target);
        output.WriteLine($"{target}: {written}");
        return Summarise(output, path, report, agencyName, result.Findings, outDir, written);
    }

    private static ImportOutcome Summarise(TextWriter output, string path, Report report, string agencyName, IReadOnlyList<Finding> importFindings, string outDir, string written)
    {
        var previousFile = Path.Combine(outDir, report.Agency, $"{(report.Year - 1).ToString(CultureInfo.InvariantCulture)}.json");
        var previous = File.Exists(previousFile) ? DataFiles.ReadReport(previousFile).Value : null;
        var validation = Validator.Validate(report, previous, Path.Combine(outDir, report.Agency, $"{report.Year.ToString(CultureInfo.InvariantCulture)}.json"));
        // Every note on how the source was read is shown; of validation, what needs attention (blank-cell notes are many).
        var findings = importFindings.Concat(validation.Findings.Where(f => f.Severity != Severity.Info)).ToList();
        var blanks = report.Values.Values.Count(v => v.IsBlank);
        var unsure = UnsureCells(report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: form {report.Form}, agency {agencyName} ({report.Agency}), year {report.Year}: {report.Values.Count} cells imported ({blanks} blank, {unsure} of them unsure), {report.Anomalies.Count} anomalies, {findings.Count} findings"));
        foreach (var anomaly in report.Anomalies)
        {
            output.WriteLine($"  anomaly: {anomaly.Location}: {anomaly.Text}");
        }

        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding}");
        }

        if (findings.Count > 0)
        {
            output.WriteLine("  findings by rule: " + string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"))));
        }

        return new ImportOutcome(path, report.Agency, report.Year, report.Form, report.Values.Count - blanks, unsure, findings.Count, unsure > 0 ? $"{written}, unsure cells blank" : written, false);
    }

    // The cells left blank because they could not be read with certainty: those the import findings name.
    private static int UnsureCells(Report report) =>
        (report.ImportFindings ?? []).SelectMany(f => f.Codes.Count > 0 ? f.Codes : f.Code is null ? [] : [f.Code]).Distinct(StringComparer.Ordinal).Count(c => report.Value(c).IsBlank);

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
