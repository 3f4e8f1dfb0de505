namespace OpenData;

/// <summary>Checks reports against their form's rules, value kinds and year, and against the previous year's report.</summary>
/// <remarks>
/// Validation never throws on bad data and never changes it: it returns findings. Acknowledgements in a report mark the
/// findings they cover (they stay visible); an acknowledgement that covers nothing is itself reported (D-ACK), so stale
/// ones do not pile up.
/// </remarks>
/// <example>
/// <code>
/// var data = DataSet.Load("data");
/// var result = Validator.Validate(data);
/// foreach (var finding in result.Findings) Console.WriteLine(finding);
/// </code>
/// </example>
public static class Validator
{
    /// <summary>Validates every report of a data set, including the cross-year rules along each agency's series, after the loading findings.</summary>
    public static ValidationResult Validate(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var findings = new List<Finding>(data.Findings);

        findings.AddRange(DataSetChecks.Hierarchy(data));

        // Each agency's series is checked on its own, in parallel; findings are joined in agency order.
        var agencies = data.Agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var series = data.Reports.GroupBy(r => r.Report.Agency, StringComparer.Ordinal).Select(g => g.ToList()).ToArray();
        var parts = new List<Finding>[series.Length];
        Parallel.For(0, series.Length, i =>
        {
            var byYear = series[i].ToDictionary(r => r.Report.Year);
            var agency = agencies.GetValueOrDefault(series[i][0].Report.Agency);
            parts[i] = [.. series[i].SelectMany(sourced => Validate(sourced.Report, byYear.GetValueOrDefault(sourced.Report.Year - 1)?.Report, sourced.File, agency).Findings),
                .. DataSetChecks.Series(data, series[i])];
        });
        foreach (var part in parts)
        {
            findings.AddRange(part);
        }

        return new ValidationResult(findings);
    }

    /// <summary>Validates one report; with the previous year's report of the same agency the cross-year rules are checked too.</summary>
    /// <param name="report">The report.</param>
    /// <param name="previous">The same agency's report for the year before, or <see langword="null"/>.</param>
    /// <param name="file">How findings name the report's file, or <see langword="null"/>.</param>
    /// <param name="agency">The agency, whose level decides the publication deadline, or <see langword="null"/>.</param>
    public static ValidationResult Validate(Report report, Report? previous = null, string? file = null, Agency? agency = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is not null && (previous.Year != report.Year - 1 || !string.Equals(previous.Agency, report.Agency, StringComparison.Ordinal)))
        {
            previous = null;
        }

        var findings = new List<Finding>();
        var form = report.FormDefinition;
        if (form is null)
        {
            findings.Add(new Finding("D-FORM", Severity.Error, $"未知的表格版本“{report.Form}”", $"unknown form \"{report.Form}\"") { Path = "$.form" });
            return Finish(findings, report, file);
        }

        CheckYear(form, report, findings);
        CheckValues(form, report, findings);
        if (report.Provenance?.SourceUrl is { } url && !WebAddress.IsValid(url))
        {
            findings.Add(WebAddress.Invalid(url, "$.provenance.sourceUrl"));
        }

        foreach (var rule in form.Rules)
        {
            if (rule.FirstYear is { } first && report.Year < first)
            {
                continue;
            }

            if (RuleCheck.Check(rule, report, rule.IsCrossYear ? previous : null) is { } finding)
            {
                findings.Add(finding);
            }
        }

        CheckCompleteness(form, report, findings);
        if (DataSetChecks.PublicationDate(report, agency?.Level) is { } date)
        {
            findings.Add(date);
        }

        findings.AddRange(TextChecks.Run(report));
        ReportImportFindings(report, findings);
        return Finish(findings, report, file);
    }

    // What the import left unsettled stays a warning on its cell until a person fills the cell and removes the entry.
    private static void ReportImportFindings(Report report, List<Finding> findings)
    {
        var stored = report.ImportFindings ?? [];
        for (var i = 0; i < stored.Count; i++)
        {
            var entry = stored[i];
            var evidence = entry.Evidence is null ? "" : $"（原文：{entry.Evidence}）";
            var evidenceEn = entry.Evidence is null ? "" : $" (text read: {entry.Evidence})";
            findings.Add(new Finding(entry.Rule, Severity.Warning, entry.Message + evidence, entry.MessageEn + evidenceEn)
            {
                Path = $"$.importFindings[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]",
                Code = entry.Code,
                Numbers = [.. (entry.Codes.Count > 0 ? entry.Codes : entry.Code is null ? [] : [entry.Code]).Select(c => new KeyValuePair<string, decimal?>(c, report.Number(c)))],
            });
        }
    }

    private static ValidationResult Finish(List<Finding> findings, Report report, string? file)
    {
        var used = new HashSet<Acknowledgement>();
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var acknowledgement = finding.Severity == Severity.Info ? null : report.Acknowledged.FirstOrDefault(a => a.Covers(finding));
            if (acknowledgement is not null)
            {
                used.Add(acknowledgement);
            }

            result.Add(finding with
            {
                File = finding.File ?? file,
                Agency = report.Agency,
                Year = report.Year,
                Acknowledged = acknowledgement?.Reason,
            });
        }

        for (var i = 0; i < report.Acknowledged.Count; i++)
        {
            var a = report.Acknowledged[i];
            if (!used.Contains(a))
            {
                result.Add(new Finding("D-ACK", Severity.Warning,
                    $"确认项 {a.Rule}{(a.Code is null ? "" : " " + a.Code)} 没有对应的问题，可以删除",
                    $"the acknowledgement of {a.Rule}{(a.Code is null ? "" : " at " + a.Code)} matches no finding; remove it")
                { File = file, Path = $"$.acknowledged[{i}]", Agency = report.Agency, Year = report.Year, Code = a.Code });
            }
        }

        return new ValidationResult(result);
    }

    private static void CheckYear(Form form, Report report, List<Finding> findings)
    {
        var fit = form.Fit(report.Year);
        if (fit == YearFit.Prescribed)
        {
            return;
        }

        var expected = Forms.ForYear(report.Year).Id;
        findings.Add(fit == YearFit.Transitional
            ? new Finding("F-YEAR", Severity.Warning,
                $"{report.Year} 年报告沿用了 {form.Id}（{form.Basis}），该年应使用 {expected}",
                $"the {report.Year} report keeps {form.Id} ({form.Basis}); {expected} applies from that year")
            { Path = "$.form" }
            : new Finding("F-YEAR", Severity.Error,
                $"{form.Id} 不适用于 {report.Year} 年（适用 {form.FirstYear}–{form.LastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "今"} 年），该年应使用 {expected}",
                $"{form.Id} does not apply to {report.Year} (it applies to {form.FirstYear}–{form.LastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "now"}); use {expected}")
            { Path = "$.form" });
    }

    // No agency receives a billion applications or publishes a billion items; larger numbers are typing or OCR slips.
    private const decimal MaxCount = 999_999_999m;

    // 10^13 covers amounts written in 元 where the form says 万元 (a province's fees), yet catches runaway digits.
    private const decimal MaxAmount = 9_999_999_999_999m;

    private static void CheckValues(Form form, Report report, List<Finding> findings)
    {
        foreach (var indicator in form.Indicators)
        {
            if (report.Number(indicator.Code) is not { } number)
            {
                continue;
            }

            var label = RuleCheck.ShortLabel(indicator);
            var shown = RuleCheck.Format(number);
            if (number < 0 && indicator.Kind != ValueKind.SignedChange)
            {
                findings.Add(new Finding("V-NEG", Severity.Error, $"{label} 为负数 {shown}", $"{indicator.Code} is negative ({shown})")
                { Code = indicator.Code, Path = DataFiles.ValuePath(indicator.Code), Numbers = [new(indicator.Code, number)] });
            }

            if (Math.Abs(number) > (indicator.Kind == ValueKind.Amount ? MaxAmount : MaxCount))
            {
                findings.Add(new Finding("V-BIG", Severity.Error, $"{label} 数值 {shown} 大得不合理，请核对原表", $"{indicator.Code} is implausibly large ({shown}); check the published table")
                { Code = indicator.Code, Path = DataFiles.ValuePath(indicator.Code), Numbers = [new(indicator.Code, number)] });
            }

            if (indicator.Kind != ValueKind.Amount && number != decimal.Truncate(number))
            {
                findings.Add(new Finding("V-INT", Severity.Error, $"{label} 应为整数，实为 {shown}", $"{indicator.Code} must be a whole number, found {shown}")
                { Code = indicator.Code, Path = DataFiles.ValuePath(indicator.Code), Numbers = [new(indicator.Code, number)] });
            }
        }
    }

    private static void CheckCompleteness(Form form, Report report, List<Finding> findings)
    {
        var blank = form.Indicators.Count(i => report.Number(i.Code) is null);
        if (blank == 0)
        {
            return;
        }

        findings.Add(new Finding("C-BLANK", Severity.Info,
            $"{form.Indicators.Count} 个单元格中有 {blank} 个空白（未填报，不等于 0）",
            $"{blank} of {form.Indicators.Count} cells are blank (not reported, which is not zero)"));
    }
}
