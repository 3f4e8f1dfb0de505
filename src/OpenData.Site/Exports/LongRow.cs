namespace OpenData.Site;

/// <summary>One value in long format: the shape of every CSV and XLSX download and of the datapackage resources.</summary>
/// <param name="Agency">The agency id.</param>
/// <param name="Year">The report year.</param>
/// <param name="Form">The form id.</param>
/// <param name="Code">The indicator code.</param>
/// <param name="Label">The indicator label as printed on the form.</param>
/// <param name="Unit">The unit (the cell's own unit when it was printed with one).</param>
/// <param name="Value">The number as published, or <see langword="null"/> for a blank.</param>
/// <param name="Status"><c>reported</c>, or <c>blank</c> for a cell that was not filled in (never 0).</param>
internal sealed record LongRow(
    string Agency,
    int Year,
    string Form,
    string Code,
    string Label,
    string Unit,
    decimal? Value,
    string Status)
{
    public static readonly string[] Columns = ["agency", "year", "form", "code", "label", "unit", "value", "status"];

    /// <summary>The report's rows, one per indicator of its form, in the form's order.</summary>
    public static List<LongRow> Of(Report report)
    {
        var indicators = report.FormDefinition?.Indicators ?? [];
        var rows = new List<LongRow>(indicators.Count);
        foreach (var indicator in indicators)
        {
            var value = report.Value(indicator.Code);
            rows.Add(new LongRow(report.Agency, report.Year, report.Form, indicator.Code, indicator.Label,
                value.Unit ?? indicator.Unit ?? "", value.Number, value.IsBlank ? "blank" : "reported"));
        }

        return rows;
    }
}
