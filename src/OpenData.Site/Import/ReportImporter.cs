using System.Text;
using System.Text.Unicode;

namespace OpenData.Site.Import;

/// <summary>Turns a published report (text or HTML) into a <see cref="Report"/>: reads it, recognises the form, maps every cell, keeps the text.</summary>
/// <remarks>
/// The pipeline: read the source into lines and rows; detect the form; map rows onto it; read title, agency, year and provenance;
/// build the narrative; cross-check the numbers the text restates. Any error (unrecognised form, a row that does not fit, a table
/// cut off) stops the import with the file and line, so nothing half-read is ever written.
/// </remarks>
internal static class ReportImporter
{
    public static ImportResult ImportFile(string path, ImportOptions options)
    {
        if (!File.Exists(path))
        {
            return Fail(path, 1, "D-FILE", "文件不存在", "file not found");
        }

        if (new FileInfo(path).Length > DataFiles.MaxFileBytes)
        {
            return Fail(path, 1, "D-SIZE", "文件过大，未读取", "file too large; not read");
        }

        var bytes = File.ReadAllBytes(path);
        if (Utf8.IsValid(bytes))
        {
            return Import(path, Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), options);
        }

        // Chinese government pages are often GBK/GB2312; GB18030 reads both. Say so, since it is a reading of the bytes.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var result = Import(path, Encoding.GetEncoding("GB18030").GetString(bytes), options);
        return result with
        {
            Findings = [new Finding("D-ENC", Severity.Info, "文件不是 UTF-8 编码，已按 GB18030（GBK）读取", "the file is not UTF-8; it was read as GB18030 (GBK)") { File = path, Line = 1 }, .. result.Findings],
        };
    }

    public static ImportResult Import(string file, string text, ImportOptions options)
    {
        var source = HtmlSourceReader.LooksLikeHtml(text) ? HtmlSourceReader.Read(file, text) : TextSourceReader.Read(file, text);
        if (source.Problems.Count > 0)
        {
            return new ImportResult(null, null, source.Problems);
        }

        var facts = ReportFacts.From(source);
        var year = options.Year ?? facts.Year;
        var form = FormDetector.Detect(source, year);
        if (form is null)
        {
            var line = source.Rows.FirstOrDefault()?.Line ?? 1;
            return Fail(file, line, "D-FORMAT",
                source.Rows.Any() ? "无法识别表格版本：表格的行标题与列标题不属于 national-2014、national-2019 或 national-2021" : "没有找到统计表格：无法识别表格版本",
                source.Rows.Any() ? "the form is not recognised: the row and column labels match none of national-2014, national-2019, national-2021" : "no statistics table found: the form is not recognised");
        }

        var mapped = TableMapper.Map(source, ImportLayout.For(form));
        var findings = new List<Finding>(mapped.Findings);
        var agencyName = options.AgencyName ?? facts.AgencyName;
        if (year is null)
        {
            findings.Add(new Finding("D-YEAR", Severity.Error, "无法从标题或正文确定报告年份，请用 --year 指定", "the report year is not found in the title or text; give it with --year") { File = file, Line = 1 });
        }

        if (findings.Any(f => f.Severity == Severity.Error) || year is null)
        {
            return new ImportResult(null, agencyName, findings);
        }

        var narrative = NarrativeReader.Read(source, facts.Title);
        // Only a title printed in the report is kept; pages name an untitled report by agency and year themselves.
        var title = facts.Title;
        var values = form.Indicators.ToDictionary(i => i.Code, i => mapped.Values.GetValueOrDefault(i.Code, ReportValue.Blank), StringComparer.Ordinal);
        var report = new Report(options.AgencyId ?? "", year.Value, form.Id, values)
        {
            Title = title,
            Provenance = new Provenance(
                source.IsHtml ? ProvenanceMethod.ImportedHtml : ProvenanceMethod.ImportedText,
                facts.SourceUrl,
                facts.PublishedOn,
                options.SourceFile ?? file,
                facts.Notes.Count == 0 ? null : facts.Notes),
            Narrative = narrative,
            Anomalies = mapped.Anomalies,
        };
        findings.AddRange(TextChecks.Run(report, source, narrative));
        return new ImportResult(report, agencyName, findings);
    }

    private static ImportResult Fail(string file, int line, string rule, string zh, string en) =>
        new(null, null, [new Finding(rule, Severity.Error, zh, en) { File = file, Line = line }]);
}
