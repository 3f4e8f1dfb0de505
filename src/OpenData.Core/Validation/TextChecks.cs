using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData;

/// <summary>Cross-checks figures the narrative restates (收到申请7件, 办结148件, 行政复议36起…) against the imported table.</summary>
/// <remarks>
/// Run by <see cref="Validator"/> on the narrative kept in the data file, so the check is made again whenever the data is
/// validated and its finding is shown on the cell it concerns. Only the first statement of each kind is read; a
/// disagreement is a warning naming both numbers, never a change.
/// </remarks>
internal static partial class TextChecks
{
    private sealed record Check(string Rule, string Form, Regex Pattern, string[] Codes, string WhatZh, string WhatEn, string[]? AlsoAccept = null);

    private static readonly Check[] Checks =
    [
        new("T-ACTIVE", Forms.National2014Id, Active(), ["old.active.total"], "主动公开政府信息", "items published proactively"),
        new("T-RECEIVED", Forms.National2014Id, Received(), ["old.apply.received.total"], "收到申请", "applications received"),
        new("T-RECEIVED", "new", Received(), ["s3.new.tot"], "收到申请", "applications received", ["s3.new.tot", "s3.carry_in.tot"]),
        new("T-DONE", "new", Done(), ["s3.done.tot"], "办结（答复）申请", "applications closed"),
        new("T-CARRY", "new", CarriedOut(), ["s3.carry_out.tot"], "结转下年度", "applications carried over"),
        new("T-REVIEW", "new", Review(), ["s4.rev.total"], "行政复议", "administrative reconsideration cases"),
        new("T-LIT", "new", Lawsuit(), ["s4.lit_direct.total", "s4.lit_after.total"], "行政诉讼", "administrative litigation cases"),
    ];

    /// <summary>The text checks of one report: each kind of figure the narrative restates, compared with the table.</summary>
    public static IEnumerable<Finding> Run(Report report)
    {
        var texts = Texts(report.Narrative, "$.narrative").ToList();
        var isOld = report.Form == Forms.National2014Id;
        foreach (var check in Checks.Where(c => isOld ? c.Form == Forms.National2014Id : c.Form == "new"))
        {
            // Full-width digits and thousands separators are read as in table cells; a space around a number is no word.
            var hit = texts.Select(t => (t.Path, Match: check.Pattern.Match(Labels.Unspaced(Labels.CompatibilityForm(t.Text))))).FirstOrDefault(h => h.Match.Success);
            if (hit.Match is null || !decimal.TryParse(hit.Match.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var said))
            {
                continue;
            }

            var table = Sum(report, check.Codes);
            if (table.IsBlank || Agrees(table, said) || check.AlsoAccept is { } other && Agrees(Sum(report, other), said))
            {
                continue;
            }

            var codes = string.Join(" + ", check.Codes);
            var shown = (table.IsPartial ? "≥ " : "") + table.Known!.Value.ToString(CultureInfo.InvariantCulture);
            var saidText = said.ToString(CultureInfo.InvariantCulture);
            yield return new Finding(check.Rule, Severity.Warning,
                $"正文“{hit.Match.Value}”称{check.WhatZh} {saidText}，表格 {codes} 为 {shown}",
                $"the text \"{hit.Match.Value}\" gives {check.WhatEn} as {saidText}; the table ({codes}) gives {shown}")
            {
                Path = hit.Path,
                Code = check.Codes[0],
                Numbers = [new("text", said), .. check.Codes.Select(c => new KeyValuePair<string, decimal?>(c, report.Number(c)))],
            };
        }
    }

    // Titles and paragraphs in reading order, each with its JSON path in the data file.
    private static IEnumerable<(string Text, string Path)> Texts(IReadOnlyList<NarrativeSection> sections, string path)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            yield return (sections[i].Title, at + ".title");
            for (var p = 0; p < sections[i].Paragraphs.Count; p++)
            {
                yield return (sections[i].Paragraphs[p], string.Create(CultureInfo.InvariantCulture, $"{at}.paragraphs[{p}]"));
            }

            foreach (var inner in Texts(sections[i].Sections ?? [], at + ".sections"))
            {
                yield return inner;
            }
        }
    }

    private static DerivedValue Sum(Report report, string[] codes) => DerivedValue.Sum(codes.Select(report.Number));

    // A sum with blank cells agrees with any figure at least what its reported cells give: the blanks are unknown, not 0.
    private static bool Agrees(DerivedValue table, decimal said) =>
        table.Exact == said || (table.IsPartial && table.Known <= said);

    [GeneratedRegex(@"(?<!应)主动公开政府信息(?<n>\d{1,3}(?:,\d{3})+|\d+)条", RegexOptions.CultureInvariant)]
    private static partial Regex Active();

    [GeneratedRegex(@"(?:收到|受理)(?:政府信息公开)?申请(?<n>\d{1,3}(?:,\d{3})+|\d+)件|收到(?<n>\d{1,3}(?:,\d{3})+|\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex Received();

    [GeneratedRegex(@"(?:办结|答复)(?:政府信息公开申请|依申请公开)?(?<n>\d{1,3}(?:,\d{3})+|\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"结转(?:至\d{4}年)?(?<n>\d{1,3}(?:,\d{3})+|\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedOut();

    [GeneratedRegex(@"行政复议(?:案件)?(?<n>\d{1,3}(?:,\d{3})+|\d+)(?:起|件)", RegexOptions.CultureInvariant)]
    private static partial Regex Review();

    [GeneratedRegex(@"(?<!复议、)(?:行政)?诉讼(?:案件)?(?<n>\d{1,3}(?:,\d{3})+|\d+)(?:起|件)", RegexOptions.CultureInvariant)]
    private static partial Regex Lawsuit();
}
