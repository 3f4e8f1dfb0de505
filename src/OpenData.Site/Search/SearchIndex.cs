using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site;

/// <summary>The index of the search box: a script that sets a global to the agencies, regions and indicators of the
/// site, and a second one with the text of the reports, which <c>assets/search.js</c> loads on first use.</summary>
/// <remarks>
/// <para>Scripts rather than JSON files, loaded by a <c>script</c> element: a page opened from a folder
/// (<c>file://</c>) may not fetch a file beside it in Chromium, but may run a script. Paths in the index are relative to
/// the site root, so the site works from any folder; the script adds <c>en/</c> on English pages.</para>
/// <para>Each agency has its name, English name, level, the government above it (its place in the index) or else its
/// region, and the first letters of the pinyin of its name (<see cref="PinyinInitials"/>); each government with agencies below it is a
/// region, linked to its group on the agencies page; each indicator that has a page has its label in both languages, and
/// each agency the set of indicators it has pages for. The report text is the narrative of each report as published.</para>
/// <para>The files depend on every agency (<see cref="FileScope.Site"/>) and are written in a fixed order without
/// indentation, so the same data gives the same bytes.</para>
/// </remarks>
internal static class SearchIndex
{
    public const string IndexGlobal = "opendataSearch";
    public const string TextGlobal = "opendataSearchText";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(SiteModel site, ISiteSink files)
    {
        files.Text(FileScope.Site, Routes.SearchIndex, () => Index(site));
        files.Text(FileScope.Site, Routes.SearchText, () => Text(site));
    }

    /// <summary>The agencies, regions and indicators, as the script <see cref="Routes.SearchIndex"/>.</summary>
    public static string Index(SiteModel site)
    {
        var indicators = new List<(string Code, string Zh, string En)>();
        var indicatorAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<int[]>();
        var setAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var agencySet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var agency in site.Agencies)
        {
            var reports = site.ReportsOf(agency.Id);
            var set = new List<int>();
            foreach (var indicator in site.IndicatorCodes[agency.Id])
            {
                if (!indicatorAt.TryGetValue(indicator.Code, out var at))
                {
                    at = indicators.Count;
                    indicatorAt[indicator.Code] = at;
                    var concept = Crosswalk.ConceptOf(indicator.Code, reports);
                    indicators.Add((indicator.Code, indicator.Label, concept?.LabelEn ?? indicator.Label));
                }

                set.Add(at);
            }

            set.Sort();
            var key = string.Join(',', set);
            if (!setAt.TryGetValue(key, out var setIndex))
            {
                setIndex = sets.Count;
                setAt[key] = setIndex;
                sets.Add([.. set]);
            }

            agencySet[agency.Id] = setIndex;
        }

        var agencyAt = AgencyPlaces(site);
        var parents = site.Agencies.Where(a => a.Parent is not null).Select(a => a.Parent!).ToHashSet(StringComparer.Ordinal);
        return Script(IndexGlobal, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("agencies");
            foreach (var agency in site.Agencies)
            {
                w.WriteStartObject();
                w.WriteString("id", agency.Id);
                w.WriteString("n", agency.Name);
                if (agency.NameEn is not null)
                {
                    w.WriteString("e", agency.NameEn);
                }

                w.WriteString("p", PinyinInitials.Of(agency.Name));
                if (agency.Parent is { } parent && agencyAt.TryGetValue(parent, out var up) && parent != agency.Id)
                {
                    w.WriteNumber("u", up);
                }
                else if (agency.Region is { } region)
                {
                    w.WriteString("g", region);
                }

                if (agency.Level is { } level)
                {
                    w.WriteNumber("l", Array.IndexOf(Enum.GetValues<AgencyLevel>(), level));
                }

                w.WriteNumber("i", agencySet[agency.Id]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("levels");
            foreach (var level in Enum.GetValues<AgencyLevel>())
            {
                w.WriteStartArray();
                w.WriteStringValue(Display.Level(level, Language.Chinese));
                w.WriteStringValue(Display.Level(level, Language.English));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("regions");
            foreach (var agency in site.Agencies.Where(a => parents.Contains(a.Id)))
            {
                w.WriteStartObject();
                w.WriteString("id", agency.Id);
                w.WriteString("n", agency.Name);
                if (agency.NameEn is not null)
                {
                    w.WriteString("e", agency.NameEn);
                }

                w.WriteString("p", PinyinInitials.Of(agency.Name));
                w.WriteString("u", Routes.Agencies + "#" + AgencyGroups.RegionAnchor(agency.Id));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("indicators");
            foreach (var (code, zh, en) in indicators)
            {
                w.WriteStartArray();
                w.WriteStringValue(code);
                w.WriteStringValue(zh);
                w.WriteStringValue(en);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("sets");
            foreach (var set in sets)
            {
                w.WriteStartArray();
                foreach (var i in set)
                {
                    w.WriteNumberValue(i);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The narrative of every report, as the script <see cref="Routes.SearchText"/>: agency (its place in the
    /// index), year and text, sections joined by a line end.</summary>
    public static string Text(SiteModel site)
    {
        var agencyAt = AgencyPlaces(site);
        return Script(TextGlobal, w =>
        {
            w.WriteStartArray();
            foreach (var report in site.Reports)
            {
                if (!agencyAt.TryGetValue(report.Agency, out var at))
                {
                    continue;
                }

                var text = new StringBuilder();
                Append(text, report.Narrative);
                w.WriteStartArray();
                w.WriteNumberValue(at);
                w.WriteNumberValue(report.Year);
                w.WriteStringValue(text.ToString().TrimEnd('\n'));
                w.WriteEndArray();
            }

            w.WriteEndArray();
        });
    }

    // The place of each agency in the index, by id (the first of an id, as SiteModel.Agency finds it).
    private static Dictionary<string, int> AgencyPlaces(SiteModel site) =>
        site.Agencies.Select((a, i) => (a.Id, i)).DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.i, StringComparer.Ordinal);

    private static void Append(StringBuilder text, IReadOnlyList<NarrativeSection> sections)
    {
        foreach (var section in sections)
        {
            if (section.Title.Length > 0)
            {
                text.Append(section.Title).Append('\n');
            }

            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph).Append('\n');
            }

            Append(text, section.Sections ?? []);
        }
    }

    private static string Script(string global, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            write(writer);
        }

        return $"window.{global}={Encoding.UTF8.GetString(stream.ToArray())};\n";
    }
}
