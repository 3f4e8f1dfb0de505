namespace OpenData.Site;

/// <summary>The data of a ranking chart (<see cref="AcrossView.Ranking(Concept)"/>) as CSV, in the order of the page's table.</summary>
/// <remarks>Columns: <c>rank</c> (empty for an unranked value), <c>agency</c> (id), <c>name</c> (as in the agency file),
/// <c>value</c>, <c>unit</c>, <c>status</c> and <c>blank_parts</c>. The status is <c>reported</c>, <c>partial</c> (some of the
/// cells the concept sums were blank: <c>value</c> is the sum of the reported ones, a lower bound, never the whole, and the
/// value takes no rank) or <c>blank</c> (no value, never 0); <c>blank_parts</c> counts the cells not reported.</remarks>
internal static class RankingCsv
{
    public static readonly string[] Columns = ["rank", "agency", "name", "value", "unit", "status", "blank_parts"];

    public static byte[] Of(AcrossView view, Concept concept, SiteModel site)
    {
        var rank = 0;
        var rows = new List<object?[]>();
        foreach (var entry in view.Ranking(concept))
        {
            int? ranked = AcrossView.IsRanked(entry.Value) ? ++rank : null;
            rows.Add([ranked, entry.Agency, site.AgencyName(entry.Agency, Language.Chinese), entry.Value.Known, concept.Unit, CsvExport.Status(entry.Value), entry.Value.BlankParts]);
        }

        return CsvExport.Write(Columns, rows);
    }
}
