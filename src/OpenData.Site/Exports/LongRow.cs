namespace OpenData.Site;

/// <summary>One value in long format: the shape of the XLSX downloads of agencies and of the whole site, and of the data
/// package's table of every value.</summary>
/// <param name="Agency">The agency id.</param>
/// <param name="Year">The report year.</param>
/// <param name="Form">The form id.</param>
/// <param name="Code">The indicator code.</param>
/// <param name="Label">The indicator label as printed on the form.</param>
/// <param name="Unit">The unit (the cell's own unit when it was printed with one).</param>
/// <param name="Value">The number as published, or <see langword="null"/> for a blank.</param>
/// <param name="Status"><c>reported</c>, or <c>blank</c> for a cell that was not filled in (never 0).</param>
/// <param name="Flag">The rule ids of the validation findings on the cell (errors and warnings, as the report page marks
/// them), separated by a space, such as <c>R-N2</c>; empty when it has none. The value stays as published.</param>
/// <param name="LabelEn">The indicator label in English (<see cref="Indicator.LabelEn"/>), beside the printed one; the
/// last column, so that files read by position keep their columns.</param>
internal sealed record LongRow(
    string Agency,
    int Year,
    string Form,
    string Code,
    string Label,
    string Unit,
    decimal? Value,
    string Status,
    string Flag = "",
    string LabelEn = "")
{
    public static readonly string[] Columns = ["agency", "year", "form", "code", "label", "unit", "value", "status", "flag", "label_en"];

    /// <summary>The report's rows, one per indicator of its form, in the form's order, without findings.</summary>
    public static List<LongRow> Of(Report report) => Of(report, null);

    /// <summary>The report's rows, one per indicator of its form, in the form's order, each with the rule ids of the
    /// findings <paramref name="site"/> has on its cell.</summary>
    public static List<LongRow> Of(Report report, SiteModel? site)
    {
        var indicators = report.FormDefinition?.Indicators ?? [];
        var rows = new List<LongRow>(indicators.Count);
        foreach (var indicator in indicators)
        {
            var value = report.Value(indicator.Code);
            rows.Add(new LongRow(report.Agency, report.Year, report.Form, indicator.Code, indicator.Label,
                value.Unit ?? indicator.Unit ?? "", value.Number, value.IsBlank ? "blank" : "reported",
                site is null ? "" : Display.Rules(site.FindingsOn(report, indicator.Code)), indicator.LabelEn));
        }

        return rows;
    }
}
