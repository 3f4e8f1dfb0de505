using System.Globalization;

namespace OpenData.Site.Import;

/// <summary>What differs between a data file on disk and a fresh import of the same report, cell by cell.</summary>
internal static class ReportChanges
{
    /// <summary>One line per changed value (<c>s3.new.nat: 23 → 24</c>) and one per other changed part; empty when they agree.</summary>
    public static IReadOnlyList<string> Describe(Report before, Report after)
    {
        var changes = new List<string>();
        if (before.Form != after.Form)
        {
            changes.Add($"form: {before.Form} → {after.Form}");
        }

        var codes = before.Values.Keys.Concat(after.Values.Keys).Distinct(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var old = before.Value(code);
            var now = after.Value(code);
            if (old.Number != now.Number || old.Unit != now.Unit || old.Raw != now.Raw)
            {
                changes.Add($"{code}: {Show(old)} → {Show(now)}");
            }
        }

        Compare(changes, "title", before.Title, after.Title);
        Compare(changes, "provenance", DataFiles.Serialize(before with { Values = Empty(), Narrative = [], Anomalies = [] }), DataFiles.Serialize(after with { Values = Empty(), Narrative = [], Anomalies = [] }));
        Compare(changes, "narrative", Text(before.Narrative), Text(after.Narrative));
        Compare(changes, "anomalies", string.Join("\n", before.Anomalies), string.Join("\n", after.Anomalies));
        return changes;
    }

    private static Dictionary<string, ReportValue> Empty() => new(StringComparer.Ordinal);

    private static void Compare(List<string> changes, string part, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add($"{part} changed");
        }
    }

    private static string Text(IEnumerable<NarrativeSection> sections) =>
        string.Join("\n", sections.Select(s => $"{s.Title}\n{string.Join("\n", s.Paragraphs)}\n{Text(s.Sections ?? [])}"));

    private static string Show(ReportValue value) =>
        value.IsBlank ? "(blank)" : value.Raw ?? value.Number!.Value.ToString(CultureInfo.InvariantCulture);
}
