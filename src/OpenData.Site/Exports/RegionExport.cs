namespace OpenData.Site;

/// <summary>A region's totals as data: CSV, XLSX and JSON of the same rows (<see cref="RegionView"/>).</summary>
/// <remarks>One row per year and quantity: each crosswalk concept summed over the members, then each rate worked out from
/// the sums (<c>rate.disclosure</c>, <c>rate.correction</c>, unit %). <c>status</c> is <c>reported</c>, <c>partial</c> (some
/// parts not reported: <c>value</c> is the sum of the reported ones, a lower bound, or empty when no bound follows, as for
/// a rate over a partial denominator) or <c>blank</c> (no value, never 0); <c>blank_parts</c> counts the parts not reported
/// (a member without a report of the year is one); <c>missing</c> names the members without a report, <c>blank</c> those
/// whose report leaves the quantity blank, by id, separated by a space.</remarks>
internal static class RegionExport
{
    public static readonly string[] Columns = ["region", "year", "quantity", "label", "unit", "value", "status", "blank_parts", "members", "missing", "blank"];

    /// <summary>The rate ids of the downloads, in the order of <see cref="RegionView.Rates"/>.</summary>
    public static readonly string[] RateIds = ["rate.disclosure", "rate.correction"];

    public static IEnumerable<object?[]> Rows(RegionView view)
    {
        foreach (var year in view.Years)
        {
            var missing = string.Join(' ', year.Missing);
            foreach (var total in year.Totals)
            {
                yield return [view.Region.Id, year.Year, total.Concept.Id, total.Concept.LabelZh, total.Concept.Unit, total.Value.Known, CsvExport.Status(total.Value), total.Value.BlankParts, year.Members.Count, missing, string.Join(' ', total.Blank)];
            }

            for (var i = 0; i < RegionView.Rates.Count; i++)
            {
                var rate = RegionView.Rates[i];
                var value = year.Percent(rate.Numerator, rate.Denominator);
                yield return [view.Region.Id, year.Year, RateIds[i], rate.LabelZh, "%", value.Known, CsvExport.Status(value), value.BlankParts, year.Members.Count, missing, ""];
            }
        }
    }

    public static byte[] Csv(RegionView view, bool byteOrderMark = true) => CsvExport.Write(Columns, Rows(view), byteOrderMark);

    public static byte[] Xlsx(RegionView view) => XlsxExport.Table(Columns, Rows(view));

    /// <summary>The region, its members and, per year, the totals and rates with the members behind each partial one.</summary>
    public static string Json(SiteModel site, RegionView view) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("region", view.Region.Id);
        w.WriteString("name", site.Agency(view.Region.Id).Name);
        Ids(w, "members", view.Region.Members.Select(a => a.Id));
        w.WriteStartArray("years");
        foreach (var year in view.Years)
        {
            w.WriteStartObject();
            w.WriteNumber("year", year.Year);
            Ids(w, "missing", year.Missing);
            w.WriteStartArray("totals");
            foreach (var total in year.Totals)
            {
                Value(w, total.Concept.Id, total.Concept.LabelZh, total.Concept.Unit, total.Value);
                Ids(w, "blank", total.Blank);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("rates");
            for (var i = 0; i < RegionView.Rates.Count; i++)
            {
                var rate = RegionView.Rates[i];
                Value(w, RateIds[i], rate.LabelZh, "%", year.Percent(rate.Numerator, rate.Denominator));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    // A value's object, left open: its id, label, unit, value (null when blank or without a bound), status and blank parts.
    private static void Value(System.Text.Json.Utf8JsonWriter w, string id, string label, string unit, DerivedValue value)
    {
        w.WriteStartObject();
        w.WriteString("quantity", id);
        w.WriteString("label", label);
        w.WriteString("unit", unit);
        if (value.Known is { } known)
        {
            w.WriteNumber("value", known);
        }
        else
        {
            w.WriteNull("value");
        }

        w.WriteString("status", CsvExport.Status(value));
        w.WriteNumber("blankParts", value.BlankParts);
    }

    private static void Ids(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }
}
