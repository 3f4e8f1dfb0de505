namespace OpenData.Site;

/// <summary>A ranking of a year (<see cref="RankingView"/>: a concept of the crosswalk or a rate) as CSV, in the order of
/// the page's first table.</summary>
/// <remarks>Columns: <c>rank</c> (competition rank, shared by tied agencies: 1, 2, 2, 4; empty for an unranked value),
/// <c>agency</c> (id), <c>name</c> (as in the agency file), <c>value</c>, <c>unit</c> (件, or % for a rate), <c>status</c>,
/// <c>blank_parts</c>, <c>level</c> (the agency's level as in the agency file, empty when it has none), <c>level_rank</c>
/// (the rank within the level), for a rate <c>numerator</c> and <c>denominator</c> (empty for a concept), and <c>name_en</c>
/// (the agency's English name where its agency file gives one; last, so files read by position keep their columns). The status is
/// <c>reported</c>, <c>partial</c> (some of the cells summed were blank: <c>value</c> is a lower bound from the reported ones,
/// never the whole, and takes no rank), <c>blank</c> (no value, never 0) or <c>missing</c> (the agency owed a report of the
/// year and published none); <c>blank_parts</c> counts the cells not reported. A rate over a denominator of 0 has no
/// value and no rank, with its status <c>reported</c> (both terms were) and its terms.</remarks>
internal static class RankingCsv
{
    public static readonly string[] Columns = ["rank", "agency", "name", "value", "unit", "status", "blank_parts", "level", "level_rank", "numerator", "denominator", "name_en"];

    /// <summary>The name of <see cref="All"/> in the data package, and of its file (<c>data/rankings.csv</c>).</summary>
    public const string PackageName = "rankings";

    /// <summary>The columns of <see cref="All"/>: the year and the measure id, then <see cref="Columns"/> but the names,
    /// which the data package's table of agencies (<see cref="CsvExport.Agencies"/>) holds once for every agency: with
    /// them the table repeated two names on each of its 66,000 rows at 300 agencies × 10 years (3 KiB a report).</summary>
    public static readonly string[] AllColumns = ["year", "measure", .. Columns.Where(c => c is not ("name" or "name_en"))];

    public static byte[] Of(RankingView view, SiteModel site) => CsvExport.Write(Columns, Rows(view, site, names: true));

    /// <summary>Every ranking of every year in one file, by year then in the order of <see cref="RankedMeasure.All"/>,
    /// without a byte order mark: the data package's resource <see cref="PackageName"/>.</summary>
    public static void All(SiteModel site, Stream stream)
    {
        stream.Write(CsvExport.Write(AllColumns, [], byteOrderMark: false));
        foreach (var year in site.Years)
        {
            // A year at a time: at 300 agencies × 10 years the file has 54,000 rows, never held together.
            var view = new AcrossView(year, [.. site.Reports.Where(r => r.Year == year)]);
            stream.Write(CsvExport.Write(null, RankedMeasure.All.SelectMany(m => Rows(new RankingView(view, m), site, names: false).Select(row => (object?[])[year, m.Id, .. row])), byteOrderMark: false));
        }
    }

    // A ranking's rows in the columns of Columns, or without the names (AllColumns).
    private static IEnumerable<object?[]> Rows(RankingView view, SiteModel site, bool names)
    {
        var standings = view.Standings(site);
        var rate = view.Measure.IsRate;
        return standings.Select(s =>
        {
            object?[] row =
            [
                s.Rank, s.Agency, s.Value.Known, view.Measure.Unit, s.Status,
                s.HasReport ? s.Value.BlankParts : null, s.Level is { } level ? Display.Level(level, Language.Chinese) : null,
                s.LevelRank,
                rate && s.HasReport ? s.Numerator.Known : null, rate && s.HasReport ? s.Denominator.Known : null,
            ];
            return names ? [.. row[..2], site.AgencyName(s.Agency, Language.Chinese), .. row[2..], site.FindAgency(s.Agency)?.NameEn] : row;
        });
    }
}
