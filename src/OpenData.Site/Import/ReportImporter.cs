namespace OpenData.Site.Import;

/// <summary>Turns a published report (text, HTML, Word or Excel) into a <see cref="Report"/>: reads it, recognises the form, maps every cell, keeps the text.</summary>
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
        var format = SourceFormats.Detect(bytes);
        if (SourceFormats.Refusal(format) is { } refusal)
        {
            return Fail(path, 1, "D-FILETYPE", refusal.Zh, refusal.En);
        }

        switch (format)
        {
            case SourceFormat.Pdf:
                return Import(PdfSourceReader.Read(path, bytes), options);
            case SourceFormat.Docx:
                return Import(DocxSourceReader.Read(path, bytes), options);
            case SourceFormat.Doc:
                return Import(DocSourceReader.Read(path, bytes), options);
            case SourceFormat.Rtf:
                return Import(RtfSourceReader.Read(path, bytes), options);
            case SourceFormat.Mhtml:
                return Import(MhtmlSource.Read(path, bytes), options);
            case SourceFormat.Xlsx:
                return Import(XlsxSourceReader.Read(path, bytes), options);
            case SourceFormat.Xls:
                return Import(XlsSourceReader.Read(path, bytes), options);
            default:
                var (text, isGb18030) = SourceFormats.DecodeText(bytes);
                var result = Import(path, text, options);
                return isGb18030
                    ? result with { Findings = [new Finding("D-ENC", Severity.Info, "文件不是 UTF-8 编码，已按 GB18030（GBK）读取", "the file is not UTF-8; it was read as GB18030 (GBK)") { File = path, Line = 1 }, .. result.Findings] }
                    : result;
        }
    }

    public static ImportResult Import(string file, string text, ImportOptions options) =>
        Import(HtmlSourceReader.LooksLikeHtml(text) ? HtmlSourceReader.Read(file, text) : TextSourceReader.Read(file, text), options);

    /// <summary>Imports a source already read into lines and rows, whatever its format.</summary>
    public static ImportResult Import(ImportSource source, ImportOptions options)
    {
        var printed = new PrintedCharacters();
        var read = LabelColumns.Join(SequenceColumn.Drop(source.AsPrinted(printed, out var line)));
        var result = ImportAsPrinted(read, options);
        List<Finding> notes = [.. read.Remarks];
        if (printed.Replaced.Count > 0)
        {
            var pairs = string.Join("、", printed.Replaced.Take(8)) + (printed.Replaced.Count > 8 ? " …" : "");
            notes.Add(new Finding("D-CHARS", Severity.Info,
                $"文本层以部首或兼容字符代替了 {printed.Replaced.Count} 种汉字（{pairs}），已按所印汉字读取",
                $"the text layer gives radical or compatibility code points for {printed.Replaced.Count} characters ({pairs.Replace("、", ", ", StringComparison.Ordinal)}); they were read as the characters they print")
            { File = source.File, Line = line ?? 1 });
        }

        if (printed.Dropped.Count > 0)
        {
            notes.Add(new Finding("D-CHARS", Severity.Info,
                $"文本中有不可见的格式字符（{string.Join("、", printed.Dropped)}），已删去",
                $"the text holds invisible format characters ({string.Join(", ", printed.Dropped)}); they were dropped")
            { File = source.File, Line = line ?? 1 });
        }

        return notes.Count == 0 ? result : result with { Findings = [.. notes, .. result.Findings] };
    }

    private static ImportResult ImportAsPrinted(ImportSource source, ImportOptions options)
    {
        var file = source.File;
        if (source.Problems.Count > 0)
        {
            return new ImportResult(null, null, source.Problems);
        }

        var facts = ReportFacts.From(source);
        var year = options.Year ?? facts.Year ?? SourceHints.YearOf(file);
        var form = FormDetector.Detect(source, year) ?? FlatTables.Detect(source, year);
        if (form is null)
        {
            var line = source.Rows.FirstOrDefault()?.Line ?? 1;
            if (!source.Rows.Any() && (source.Pictures.Count > 0 || source.Attachments.Count > 0))
            {
                var (zh, en) = NoTableHints(source);
                return Fail(file, source.Pictures.Select(p => p.Line).Concat(source.Attachments.Select(a => a.Line)).Min(), "D-FORMAT", zh, en);
            }

            return Fail(file, line, "D-FORMAT",
                source.Rows.Any() ? $"无法识别表格版本：表格的行标题与列标题不属于 {string.Join("、", Forms.All.SkipLast(1).Select(f => f.Id))} 或 {Forms.All[^1].Id}" : "没有找到统计表格：无法识别表格版本",
                source.Rows.Any() ? $"the form is not recognised: the row and column labels match none of {string.Join(", ", Forms.All.Select(f => f.Id))}" : "no statistics table found: the form is not recognised");
        }

        var mapped = TableMapper.Map(source, ImportLayout.For(form));
        if (mapped.Values.Values.All(v => v.IsBlank) && FlatTables.Find(source, form) is { Count: > 0 } flat)
        {
            // No table with its cells apart: the tables are printed with their cells run together (a crawl's copy).
            var (flatValues, unsure, notes) = FlatTables.Solve(flat, form, file);
            mapped = new MappedTables(flatValues, [], [new Finding("D-FLAT", Severity.Info,
                "表格的单元格分隔已丢失：按表格的勾稽关系恢复各单元格，只取唯一解",
                "the tables' cell separators are lost: cells were recovered by solving the form's identities, unique solutions only") { File = file, Line = flat[0].Line }, .. notes], unsure);
        }
        var findings = new List<Finding>(mapped.Findings);
        if (source.Pictures.Count > 0 && AbsentTables(ImportLayout.For(form), mapped) is { Count: > 0 } absent)
        {
            var (zh, en) = PictureLines(source.Pictures);
            findings.Add(new Finding("D-PICTURE", Severity.Warning,
                $"没有找到{string.Join("、", absent.Select(t => $"“{t}”"))}的表格；文件中有图片（{zh}），这些表格可能印成了图片，图片中的数字无法读取，其数值留空",
                $"no table was found for {string.Join(", ", absent.Select(t => $"\"{t}\""))}; the file holds pictures ({en}), which these tables may be printed as: figures in a picture cannot be read, so their cells are left blank")
            { File = file, Line = source.Pictures[0].Line });
        }

        var agencyName = options.AgencyName ?? facts.AgencyName ?? SourceHints.CompiledBy(source);
        if (mapped.Values.Values.All(v => v.IsBlank))
        {
            findings.Add(new Finding("D-FORMAT", Severity.Error, "统计表格中没有读到任何数值", "no value could be read from the statistics tables") { File = file, Line = source.Rows.FirstOrDefault()?.Line ?? 1 });
        }

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
                source.Method,
                facts.SourceUrl,
                facts.PublishedOn,
                options.SourceFile ?? file,
                facts.Notes.Count == 0 ? null : facts.Notes),
            Narrative = narrative,
            Anomalies = mapped.Anomalies,
            ImportFindings = mapped.Unsure,
        };
        return new ImportResult(report, agencyName, findings);
    }

    // The titles of the form's tables none of whose rows the source prints (every row a D-MISSING finding with no line).
    private static List<string> AbsentTables(ImportLayout layout, MappedTables mapped)
    {
        var unprinted = mapped.Unsure.Where(f => f is { Rule: "D-MISSING", Line: null }).SelectMany(f => f.Codes).ToHashSet(StringComparer.Ordinal);
        return [.. layout.Tables.Where(t => !t.IsGroupedLayout && t.Rows.Any(r => !r.IsHeader) && t.Rows.Where(r => !r.IsHeader).All(r => r.Codes.All(unprinted.Contains)))
            .Select(t => t.Title).Distinct(StringComparer.Ordinal)];
    }

    // Why a source with no table may have none: its tables are pictures, or the report is an attachment the page links to.
    private static (string Zh, string En) NoTableHints(ImportSource source)
    {
        List<(string Zh, string En)> reasons = [];
        if (source.Pictures.Count > 0)
        {
            var (zh, en) = PictureLines(source.Pictures);
            reasons.Add(($"文件中有 {source.Pictures.Count} 张图片（{zh}），统计表可能印成了图片，图片中的数字无法读取：请改用发布机关的 Word、Excel 或带文字的 PDF 文件，或先对图片做文字识别（OCR）再导入识别出的文字",
                $"the file holds {source.Pictures.Count} picture(s) ({en}); the tables may be printed as pictures, whose figures cannot be read: import the agency's Word, Excel or text PDF file instead, or run OCR on the pictures and import the recognised text"));
        }

        if (source.Attachments.Count > 0)
        {
            var names = string.Join("、", source.Attachments.Take(3).Select(a => $"“{a.Name}”（第 {a.Line} 行）")) + (source.Attachments.Count > 3 ? " …" : "");
            var namesEn = string.Join(", ", source.Attachments.Take(3).Select(a => $"\"{a.Name}\" (line {a.Line})")) + (source.Attachments.Count > 3 ? " …" : "");
            reasons.Add(($"页面链接了 {source.Attachments.Count} 个附件（{names}），报告可能发布在附件中：请下载附件后导入附件",
                $"the page links to {source.Attachments.Count} attachment(s) ({namesEn}); the report may be published in one: download it and import that"));
        }

        return ($"没有找到统计表格：{string.Join("；", reasons.Select(r => r.Zh))}", $"no statistics table found: {string.Join("; ", reasons.Select(r => r.En))}");
    }

    // "第 12、40 行" for the first few pictures' lines, "第 3、5 页" for a PDF's pages.
    private static (string Zh, string En) PictureLines(IReadOnlyList<PicturePlace> pictures)
    {
        var paged = pictures.All(p => p.Page is not null);
        var places = pictures.Select(p => paged ? p.Page!.Value : p.Line).Distinct().ToList();
        var shown = string.Join("、", places.Take(5)) + (places.Count > 5 ? " …" : "");
        var en = shown.Replace("、", ", ", StringComparison.Ordinal);
        return paged ? ($"第 {shown} 页", $"page(s) {en}") : ($"第 {shown} 行", $"line(s) {en}");
    }

    private static ImportResult Fail(string file, int line, string rule, string zh, string en) =>
        new(null, null, [new Finding(rule, Severity.Error, zh, en) { File = file, Line = line }]);
}
