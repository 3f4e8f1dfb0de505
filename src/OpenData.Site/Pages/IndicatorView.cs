namespace OpenData.Site;

/// <summary>One agency's indicator over all its years: the data behind an indicator page, its chart and the chart's CSV.</summary>
/// <remarks>A class, not a record: it keeps what it worked out (<see cref="Describe"/>), which is not part of its value.
/// Public because it is a page's view (<see cref="SitePage{TView}"/>); its members that reach the internal site model are
/// internal.</remarks>
public sealed partial class IndicatorView(string agency, Indicator indicator, Concept? concept, IReadOnlyList<SeriesPoint> series)
{
    // Described once in each language: the page and the chart say the same.
    private string? _summaryZh;
    private string? _summaryEn;

    public string Agency { get; } = agency;

    public Indicator Indicator { get; } = indicator;

    public Concept? Concept { get; } = concept;

    public IReadOnlyList<SeriesPoint> Series { get; } = series;

    internal static IndicatorView Create(SiteModel site, string agency, Indicator indicator)
    {
        var reports = site.ReportsOf(agency);
        var (concept, series) = SeriesOf(indicator.Code, reports);
        // The agency's first report of each point's year, found in its few reports (a dictionary of them, made for each of
        // the agency's indicators, was a tenth of what an indicator page allocated).
        return new IndicatorView(agency, indicator, concept, series)
        {
            Findings = [.. series.Select(p => site.ReportOf(agency, p.Year) is { } report
                ? concept is null ? site.FindingsOn(report, indicator.Code) : site.FindingsOn(report, concept)
                : [])],
        };
    }

    /// <summary>The fewest years with a number that make a trend chart. With two, the line says no more than the table's
    /// change column beside it (a cell of the 2019 form, in use for two years, never has more), so the page shows the table
    /// alone and says why; no chart or chart CSV is made.</summary>
    public const int ChartYears = 3;

    /// <summary>The years of <see cref="Series"/> with a number (a partial value's lower bound counts).</summary>
    public int YearsWithNumber => YearsWithNumberIn(Series);

    /// <summary>What an indicator page of <paramref name="code"/> follows: the crosswalk concept when one links the code
    /// across the agency's forms, and its series over the agency's reports.</summary>
    internal static (Concept? Concept, IReadOnlyList<SeriesPoint> Series) SeriesOf(string code, IReadOnlyList<Report> reports)
    {
        var concept = Crosswalk.ConceptOf(code, reports);
        return (concept, concept is null ? Crosswalk.Series(code, reports) : Crosswalk.Series(concept, reports));
    }

    /// <summary>Whether a series is drawn: at least <see cref="ChartYears"/> years with a number (<see cref="SiteModel.HasChart"/>).</summary>
    internal static bool HasChartYears(IReadOnlyList<SeriesPoint> series) => YearsWithNumberIn(series) >= ChartYears;

    private static int YearsWithNumberIn(IReadOnlyList<SeriesPoint> series) => series.Count(p => p.Value.Known is not null);

    /// <summary>The findings on each point of <see cref="Series"/> (by index): those on the cell, or on the cells the
    /// concept sums that year. A flagged value is shown as published, with its rule ids, on the page, in the summary and on
    /// the chart.</summary>
    public IReadOnlyList<IReadOnlyList<Finding>> Findings { get; init; } = [.. series.Select(_ => (IReadOnlyList<Finding>)[])];

    /// <summary>The findings on the point of <paramref name="year"/>; none when the series has no such year.</summary>
    public IReadOnlyList<Finding> FindingsIn(int year)
    {
        for (var i = 0; i < Series.Count; i++)
        {
            if (Series[i].Year == year && i < Findings.Count)
            {
                return Findings[i];
            }
        }

        return [];
    }

    public string Unit => Indicator.Unit ?? Concept?.Unit ?? "";

    /// <summary>The series in a sentence or two (<see cref="Summary.Describe"/>), worked out once per language.</summary>
    internal string Describe(Language language) => language.IsEnglish
        ? _summaryEn ??= Summary.Describe(this, language)
        : _summaryZh ??= Summary.Describe(this, language);

    /// <summary>The page and chart title: the agency, then the indicator.</summary>
    internal string Title(SiteModel site, Language language) => $"{site.AgencyName(Agency, language)} · {Label(language)}";

    internal string Label(Language language) => Concept is not null && language.IsEnglish ? Concept.LabelEn : FormText.Label(Indicator, language);

    /// <summary>The unit in the page's language: the cell's, else its concept's; "" when the value carries its unit.</summary>
    internal string UnitIn(Language language) =>
        Indicator.Unit is not null ? FormText.Unit(Indicator, language) : Concept is null ? "" : FormText.Unit(Concept, language);

    /// <summary>A label that reads well inside a sentence: the crosswalk concept's name, else the row label without its
    /// printed numbering (<see cref="FormText.ShortLabel"/>).</summary>
    internal string ShortLabel(Language language) =>
        Concept is not null ? language.T(Concept.LabelZh, Concept.LabelEn) : FormText.ShortLabel(Indicator, language);

    /// <summary>The forms of the series, each once, with the years it covers: "national-2014（2016—2018年）、national-2019（2019年）".
    /// A form the series leaves and comes back to is named again.</summary>
    internal string Forms(Language language)
    {
        var runs = new List<string>();
        for (var start = 0; start < Series.Count;)
        {
            var end = start;
            while (end + 1 < Series.Count && Series[end + 1].Form == Series[start].Form)
            {
                end++;
            }

            var (from, to) = (Display.Year(Series[start].Year), Display.Year(Series[end].Year));
            runs.Add(start == end
                ? language.T($"{Series[start].Form}（{from}年）", $"{Series[start].Form} ({from})")
                : language.T($"{Series[start].Form}（{from}—{to}年）", $"{Series[start].Form} ({from}–{to})"));
            start = end + 1;
        }

        return string.Join(language.T("、", ", "), runs);
    }

    /// <summary>The years of the series on <paramref name="form"/>, as "（2016—2018年）"; empty when it has none.</summary>
    internal string YearsOn(string form, Language language)
    {
        var years = Series.Where(p => p.Form == form).Select(p => p.Year).ToList();
        return years.Count == 0 ? ""
            : years[0] == years[^1] ? language.T($"（{Display.Year(years[0])}年）", $" ({Display.Year(years[0])})")
            : language.T($"（{Display.Year(years[0])}—{Display.Year(years[^1])}年）", $" ({Display.Year(years[0])}–{Display.Year(years[^1])})");
    }

    /// <summary>What the change cell of <c>Series[index]</c> says besides the number: how the point compares with the
    /// year before when that is not the same indicator in the same form, and that the form changed; empty otherwise.</summary>
    internal string ChangeNote(int index, Language language)
    {
        if (index == 0)
        {
            return "";
        }

        var point = Series[index];
        // Next to a blank value there is no change to qualify: only a form change is worth saying there.
        if (point.Value.IsBlank || Series[index - 1].Value.IsBlank)
        {
            return point.IsBreak ? language.T("表格版本变更", "form change") : "";
        }

        var comparability = point.Comparability == Comparability.Same && !point.IsBreak ? "" : Display.Comparability(point.Comparability, language);
        return point.IsBreak ? comparability + language.T("，表格版本变更", ", form change") : comparability;
    }

    internal ChartSeries Chart(SiteModel site, Language language) => new(
        Title(site, language),
        Describe(language) + (Series.Any(p => p.IsBreak) ? language.T("图中虚线表示表格版本变更。", " The dashed line marks a change of form.") : "") + FlaggedYears(language),
        ChartKind.Line,
        [.. Series.Select(p => Display.Year(p.Year))],
        [.. Series.Select(p => p.Value)],
        [.. Series.Where(p => p.IsBreak).Select(p => Display.Year(p.Year))],
        Unit,
        Findings.Any(f => f.Count > 0) ? [.. Findings.Select(Display.Rules)] : null);

    /// <summary>The chart's words for its flagged points: which years are marked, and that their values are as published
    /// and break which rules; empty when no point has findings.</summary>
    internal string FlaggedYears(Language language)
    {
        // Asked for by every indicator page (its chart's alt text), and most have no flagged point: nothing is made for those.
        List<int>? flagged = null;
        for (var i = 0; i < Series.Count; i++)
        {
            if (Findings[i].Count > 0)
            {
                (flagged ??= []).Add(i);
            }
        }

        if (flagged is null)
        {
            return "";
        }

        var years = flagged.Select(i => language.T($"{Display.Year(Series[i].Year)}年（不符合 {Display.Rules(Findings[i])}）", $"{Display.Year(Series[i].Year)} (breaks {Display.Rules(Findings[i])})"));
        return language.T($"图中红圈标出的{string.Join("、", years)}数值按原报告照录。", $" Ringed in red, as published: {string.Join(", ", years)}.");
    }
}
