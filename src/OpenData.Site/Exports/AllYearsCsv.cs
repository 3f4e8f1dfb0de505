using System.Globalization;

namespace OpenData.Site;

/// <summary>An agency's CSV (<see cref="Routes.AgencyCsv"/>): its all-years table (<see cref="AllYearsView"/>, the
/// all-years page) as one table, one row per indicator and one column per year.</summary>
/// <remarks>
/// <para>The columns are <see cref="Columns"/>, then one per year of the agency's reports, oldest first (<c>2019</c>,
/// <c>2020</c>, …). The rows are the page's: a table per form version the agency reported in, the newest form first, and
/// in each every indicator of the form in the form's order, with its labels and unit once.</para>
/// <para>A year's cell holds the number as published; it is empty when the cell was blank as published (never 0) or when
/// that year's report is on another form version (its rows are those of its own form). A number published with a unit of
/// its own other than the row's (<c>251000元</c> in a row of 万元) is its text as published, so the unit is never lost.
/// Statuses and findings are not in this table: the agency's XLSX and JSON and the site's long CSV keep them.</para>
/// <para>Written by <see cref="CsvExport.Write"/>: UTF-8 with a byte order mark, CRLF, text that could run as a formula
/// escaped.</para>
/// </remarks>
internal static class AllYearsCsv
{
    /// <summary>The columns before the years.</summary>
    public static readonly string[] Columns = ["form", "code", "label", "label_en", "unit"];

    /// <summary>The agency's all-years table as CSV.</summary>
    public static byte[] Of(SiteModel site, Agency agency) => Of(AllYearsView.Create(site, agency));

    /// <summary>The all-years table of <paramref name="view"/> as CSV.</summary>
    public static byte[] Of(AllYearsView view)
    {
        var years = view.Tables.SelectMany(t => t.Reports).Select(r => r.Year).Distinct().Order().ToList();
        string[] header = [.. Columns, .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))];
        return CsvExport.Write(header, view.Tables.SelectMany(table => Rows(table, years)));
    }

    private static IEnumerable<object?[]> Rows(AllYearsTable table, List<int> years)
    {
        // The column of each year, and the report of this form in it (none: another form's year).
        var reports = new Report?[years.Count];
        foreach (var report in table.Reports)
        {
            reports[years.IndexOf(report.Year)] = report;
        }

        foreach (var indicator in table.Form.Indicators)
        {
            var row = new object?[Columns.Length + years.Count];
            row[0] = table.Form.Id;
            row[1] = indicator.Code;
            row[2] = indicator.Label;
            row[3] = indicator.LabelEn;
            row[4] = indicator.Unit ?? "";
            for (var i = 0; i < reports.Length; i++)
            {
                row[Columns.Length + i] = reports[i] is { } report ? Cell(report.Value(indicator.Code), indicator) : null;
            }

            yield return row;
        }
    }

    private static object? Cell(ReportValue value, Indicator indicator) =>
        value.Number is not { } number ? null
        : value.Unit is { } unit && unit != indicator.Unit ? value.Raw ?? number.ToString(CultureInfo.InvariantCulture) + unit
        : number;
}
