using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site;

/// <summary>The index of the search box: a script that sets a global to the agencies, regions and indicators of the
/// site, which <c>assets/search.js</c> loads on first use, and the report text in shards that a query loads by its words.</summary>
/// <remarks>
/// <para>Scripts rather than JSON files, loaded by a <c>script</c> element: a page opened from a folder
/// (<c>file://</c>) may not fetch a file beside it in Chromium, but may run a script. Paths in the index are relative to
/// the site root, so the site works from any folder; the script adds <c>en/</c> on English pages.</para>
/// <para>Each agency has its name, English name, level, the government above it (its place in the index) or else its
/// region, and the first letters of the pinyin of its name (<see cref="PinyinInitials"/>); each government with agencies below it is a
/// region, linked to its group on the agencies page; each indicator that has a page has its label in both languages, and
/// each agency the set of indicators it has pages for in each language (English pages are the concepts'). The report text is the narrative of each report as published,
/// as bigrams (<see cref="TextShards"/>).</para>
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
        string[] paths = [.. Enumerable.Range(0, TextShardCount).Select(Routes.SearchText)];
        files.Group(FileScope.Site, paths, () => TextShards(site).Select((text, i) => SiteFile.Text(paths[i], text)));
    }

    /// <summary>The agencies, regions and indicators, as the script <see cref="Routes.SearchIndex"/>.</summary>
    public static string Index(SiteModel site)
    {
        var indicators = new List<(string Code, string Zh, string En)>();
        var indicatorAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<int[]>();
        var setAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var agencySet = new Dictionary<string, (int Chinese, int English)>(StringComparer.Ordinal);
        int SetOf(List<int> set)
        {
            set.Sort();
            var key = string.Join(',', set);
            if (!setAt.TryGetValue(key, out var setIndex))
            {
                setIndex = sets.Count;
                setAt[key] = setIndex;
                sets.Add([.. set]);
            }

            return setIndex;
        }

        foreach (var agency in site.Agencies)
        {
            var reports = site.ReportsOf(agency.Id);
            var set = new List<int>();
            var english = new List<int>();
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
                if (site.HasIndicatorPage(agency.Id, indicator.Code, Language.English))
                {
                    english.Add(at);
                }
            }

            agencySet[agency.Id] = (SetOf(set), SetOf(english));
        }

        var agencyAt = AgencyPlaces(site);
        var parents = site.Agencies.Where(a => a.Parent is not null).Select(a => a.Parent!).ToHashSet(StringComparer.Ordinal);
        return Script(IndexGlobal, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("agencies");
            foreach (var agency in site.Agencies)
            {
                WriteNames(w, agency);
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

                // The indicators with a page: in Chinese ("i"), and in English ("j": the concepts, SiteModel.HasIndicatorPage).
                w.WriteNumber("i", agencySet[agency.Id].Chinese);
                w.WriteNumber("j", agencySet[agency.Id].English);
                w.WriteStartArray("y");
                foreach (var report in site.ReportsOf(agency.Id))
                {
                    w.WriteNumberValue(report.Year);
                }

                w.WriteEndArray();
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
                WriteNames(w, agency);
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

    /// <summary>The shards of the report text (<see cref="Routes.SearchText"/>), by shard number: for each pair of
    /// neighbouring characters of a report's narrative as published (a bigram: Chinese is written without spaces, so a
    /// word of two or more characters is found as the run of its bigrams), the reports that contain it.</summary>
    /// <remarks>The reports are numbered in the order of the index's agencies, then by year (each agency's <c>y</c>);
    /// a list is written in base 36 with runs as <c>first-last</c>. A bigram's shard is <see cref="ShardOf"/>, which
    /// the script computes the same way, so a query loads only the shards of its own bigrams.</remarks>
    public static IReadOnlyList<string> TextShards(SiteModel site)
    {
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var agency in site.Agencies)
        {
            foreach (var report in site.ReportsOf(agency.Id))
            {
                var text = new StringBuilder();
                Append(text, report.Narrative);
                foreach (var bigram in Bigrams(text.ToString()))
                {
                    (postings.TryGetValue(bigram, out var list) ? list : postings[bigram] = []).Add(number);
                }

                number++;
            }
        }

        var shards = new List<string>();
        for (var shard = 0; shard < TextShardCount; shard++)
        {
            var at = shard;
            shards.Add($"(window.{TextGlobal}=window.{TextGlobal}||{{}})[{at.ToString(CultureInfo.InvariantCulture)}]=" + Json(w =>
            {
                w.WriteStartObject();
                foreach (var (bigram, reports) in postings.Where(p => ShardOf(p.Key) == at))
                {
                    w.WriteString(bigram, Runs(reports));
                }

                w.WriteEndObject();
            }) + ";\n");
        }

        return shards;
    }

    /// <summary>The number of shards of the report text.</summary>
    public const int TextShardCount = 64;

    /// <summary>The shard of a bigram: (31 × first + second) mod <see cref="TextShardCount"/>, of its UTF-16 code units.</summary>
    public static int ShardOf(string bigram) => ((31 * bigram[0]) + bigram[1]) % TextShardCount;

    /// <summary>The distinct bigrams of a text, lower case, of characters that are not white space.</summary>
    public static IEnumerable<string> Bigrams(string text)
    {
        var lower = text.ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            if (!char.IsWhiteSpace(lower[i]) && !char.IsWhiteSpace(lower[i + 1]) && !char.IsSurrogate(lower[i]) && !char.IsSurrogate(lower[i + 1]) && seen.Add(lower.Substring(i, 2)))
            {
                yield return lower.Substring(i, 2);
            }
        }
    }

    // Ascending numbers in base 36, a run of consecutive ones as first-last: "0-2bh,2bj".
    private static string Runs(List<int> numbers)
    {
        var text = new StringBuilder();
        for (var i = 0; i < numbers.Count; i++)
        {
            var last = i;
            while (last + 1 < numbers.Count && numbers[last + 1] == numbers[last] + 1)
            {
                last++;
            }

            text.Append(text.Length > 0 ? "," : "").Append(Base36(numbers[i]));
            if (last > i)
            {
                text.Append('-').Append(Base36(numbers[last]));
            }

            i = last;
        }

        return text.ToString();
    }

    private static string Base36(int n)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var text = new StringBuilder();
        do
        {
            text.Insert(0, digits[n % 36]);
            n /= 36;
        }
        while (n > 0);
        return text.ToString();
    }

    // Starts an agency's or region's object with what finds it: id, names and the pinyin initials of its name.
    private static void WriteNames(Utf8JsonWriter w, Agency agency)
    {
        w.WriteStartObject();
        w.WriteString("id", agency.Id);
        w.WriteString("n", agency.Name);
        if (agency.NameEn is not null)
        {
            w.WriteString("e", agency.NameEn);
        }

        w.WriteString("p", PinyinInitials.Of(agency.Name));
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

    private static string Script(string global, Action<Utf8JsonWriter> write) => $"window.{global}={Json(write)};\n";

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
