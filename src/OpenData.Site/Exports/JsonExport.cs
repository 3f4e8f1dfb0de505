using System.Text.Json;

namespace OpenData.Site;

/// <summary>The JSON downloads of more than one report: an agency with all its years, and the whole site.</summary>
/// <remarks>Each report is its data file as published (the shape of <c>report.schema.json</c>, without <c>$schema</c>),
/// beside the findings about it, so what was published and what was found stay apart:
/// <c>{"agency": {…}, "reports": [{"report": {…}, "findings": […]}], "findings": […]}</c>, the last the findings about the
/// agency that are about none of its reports; the whole site is
/// <c>{"agencies": [that, …]}</c>, agencies and years in site order. Both are written compact, on one line (a third
/// smaller than indented: 15 MB instead of 24 MB for the whole site of 300 agencies × 10 years): they are read by
/// programs, and a person reads a report's own JSON, which stays indented as its data file is.</remarks>
internal static class JsonExport
{
    /// <summary>One agency with all its years.</summary>
    /// <param name="site">The site.</param>
    /// <param name="agency">The agency.</param>
    /// <param name="indented">Indented, for tests to compare; the download is compact.</param>
    public static string Agency(SiteModel site, Agency agency, bool indented = false) => JsonText.Write(w => WriteAgency(w, site, agency), indented);

    /// <summary>Every agency with all its years, written to <paramref name="destination"/> one report at a time: at 300
    /// agencies × 10 years the file is tens of megabytes and is never held whole. Made from data alone (no settings), as
    /// its <see cref="FileScope.AllData"/> scope says.</summary>
    public static void Site(SiteModel site, Stream destination) => JsonText.Write(destination, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("agencies");
        foreach (var agency in site.Agencies)
        {
            WriteAgency(w, site, agency);
            w.Flush();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, indented: false);

    private static void WriteAgency(Utf8JsonWriter w, SiteModel site, Agency agency)
    {
        w.WriteStartObject();
        w.WritePropertyName("agency");
        WriteDataFile(w, DataFiles.Serialize(agency));
        w.WriteStartArray("reports");
        foreach (var report in site.ReportsOf(agency.Id))
        {
            w.WriteStartObject();
            w.WritePropertyName("report");
            WriteDataFile(w, DataFiles.Serialize(report));
            w.WriteStartArray("findings");
            foreach (var finding in site.FindingsOf(report))
            {
                FindingJson.Write(w, finding);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // What was found about the agency but no one report of it (its agency file, a year it has no report of).
        var reports = site.ReportsOf(agency.Id);
        w.WriteStartArray("findings");
        foreach (var finding in site.FindingsOf(agency.Id).Where(f => f.Year is not { } year || !reports.Any(r => r.Year == year)))
        {
            FindingJson.Write(w, finding);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // A data file's object, property by property as written, without the $schema it names relative to the data folder.
    private static void WriteDataFile(Utf8JsonWriter w, string json)
    {
        using var document = JsonDocument.Parse(json);
        w.WriteStartObject();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name != "$schema")
            {
                property.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }
}
