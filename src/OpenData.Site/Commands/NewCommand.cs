using System.CommandLine;
using System.Globalization;

namespace OpenData.Site.Commands;

/// <summary><c>opendata new &lt;dir&gt;</c>: a working site skeleton that <c>opendata build</c> turns into a site at once.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TimeProvider time)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to create (must be empty or not exist)" };
        var agencyId = new Option<string>("--agency-id") { Description = "The agency's id: lowercase letters, digits, hyphens", DefaultValueFactory = _ => "my-agency" };
        var agencyName = new Option<string>("--agency-name") { Description = "The agency's official name", DefaultValueFactory = _ => "本机关（请填写机关全称）" };
        var year = new Option<int?>("--year") { Description = "The report year to start with (default: last year)" };
        var command = new Command("new", """
            Create a site skeleton: input/site.json, input/pages/about.md, data/<agency>/agency.json and an
            empty report for the form of that year, every cell present as null (blank = not reported).
            Fill in the numbers, then run 'opendata validate' and 'opendata build'.

            Examples:
              opendata new my-site --agency-id pingtan --agency-name 平潭综合实验区
              opendata new my-site --year 2025
            """)
        {
            directory, agencyId, agencyName, year,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(directory)!;
            var id = parse.GetValue(agencyId)!;
            if (!AgencyIds.IsValid(id))
            {
                throw new UsageException($"--agency-id \"{id}\" is not a valid id: use lowercase ASCII letters, digits and single hyphens (e.g. pingtan)");
            }

            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new UsageException($"{target} exists and is not empty; choose a new folder");
            }

            if (File.Exists(target))
            {
                throw new UsageException($"{target} is a file; choose a new folder");
            }

            var reportYear = parse.GetValue(year) ?? time.GetLocalNow().Year - 1;
            if (reportYear < DataSet.FirstReportYear || reportYear > time.GetLocalNow().Year)
            {
                throw new UsageException($"--year must be {DataSet.FirstReportYear}–{time.GetLocalNow().Year}");
            }

            var written = Write(target, id, parse.GetValue(agencyName)!, reportYear);
            foreach (var file in written)
            {
                output.WriteLine($"created {file}");
            }

            output.WriteLine($"Next: fill in {Path.Combine(target, "data", id, reportYear.ToString(CultureInfo.InvariantCulture) + ".json")}, then run 'opendata build {SiteFolderOptions.DataName} {Path.Combine(target, "data")} {SiteFolderOptions.InputName} {Path.Combine(target, "input")} {SiteFolderOptions.OutputName} {Path.Combine(target, "output")}'.");
            return Cli.Ok;
        });
        return command;
    }

    internal static IReadOnlyList<string> Write(string target, string id, string name, int year)
    {
        var form = Forms.ForYear(year);
        var data = Path.Combine(target, "data");
        var input = Path.Combine(target, "input");
        var files = new List<string>();
        void Text(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            files.Add(path);
        }

        files.AddRange(WriteSettings(input, Starter with
        {
            Title = $"{name}政府信息公开工作年度报告开放数据",
            TitleEn = "Government information disclosure annual reports — open data",
            Description = $"{name}政府信息公开工作年度报告中的统计表，按原文照录，附年度变化与可下载的数据集。",
            DescriptionEn = "The statistical tables of the annual information-disclosure reports, as published, with year-over-year changes and downloadable datasets.",
            Footer = $"{name} · 数据按原报告照录",
            FooterEn = "Figures as published",
            Publisher = name,
        }));
        Text(Path.Combine(input, "pages", "about.md"), $"""
            # 关于本站

            本站公开{name}政府信息公开工作年度报告中的统计数据。表中数值按原报告照录；空白单元格表示未填报，不等于 0。

            *About: the statistics of {name}'s annual information-disclosure reports, as published.*

            """);
        Text(Path.Combine(data, DataFiles.ReportSchemaFileName), DataSchemas.ReportSchema());
        Text(Path.Combine(data, DataFiles.AgencySchemaFileName), DataSchemas.AgencySchema());
        var agencyFile = Path.Combine(data, id, DataFiles.AgencyFileName);
        DataFiles.Write(new Agency(id, name), agencyFile);
        files.Add(agencyFile);
        var reportFile = Path.Combine(data, id, year.ToString(CultureInfo.InvariantCulture) + ".json");
        var blank = form.Indicators.ToDictionary(i => i.Code, _ => ReportValue.Blank, StringComparer.Ordinal);
        DataFiles.Write(new Report(id, year, form.Id, blank) { Provenance = new Provenance(ProvenanceMethod.Entered) }, reportFile);
        files.Add(reportFile);
        return files;
    }

    /// <summary>What every new <c>site.json</c> starts from: its schema, an example address, both languages, CC BY 4.0;
    /// callers set the texts.</summary>
    internal static SiteJson Starter { get; } = new()
    {
        Schema = SiteJson.SchemaFileName,
        Title = "",
        BaseUrl = "https://example.org/",
        Languages = ["zh-CN", "en"],
        License = "CC-BY-4.0",
    };

    /// <summary>Writes <c>site.json</c> through its contract, and its schema beside it; returns the files written.</summary>
    internal static IReadOnlyList<string> WriteSettings(string inputFolder, SiteJson settings)
    {
        Directory.CreateDirectory(inputFolder);
        var file = Path.Combine(inputFolder, "site.json");
        var schema = Path.Combine(inputFolder, SiteJson.SchemaFileName);
        File.WriteAllText(file, settings.ToJson());
        File.WriteAllText(schema, SiteSchema.Generate());
        return [file, schema];
    }
}
