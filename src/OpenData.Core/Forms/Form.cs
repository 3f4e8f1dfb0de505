using System.Collections.Frozen;

namespace OpenData;

/// <summary>A statistical form of the annual report, national or a province's own: its indicators, printed tables and rules.</summary>
/// <remarks>Forms are immutable and shared; get them from <see cref="Forms"/>.</remarks>
public sealed class Form
{
    private readonly FrozenDictionary<string, Indicator> _byCode;

    internal Form(
        string id,
        string nameZh,
        string nameEn,
        string basis,
        int firstYear,
        int? lastYear,
        IReadOnlyList<FormTable> tables,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<Rule> rules)
    {
        Id = id;
        NameZh = nameZh;
        NameEn = nameEn;
        Basis = basis;
        FirstYear = firstYear;
        LastYear = lastYear;
        Tables = tables;
        Indicators = indicators;
        Rules = rules;
        _byCode = indicators.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>The form id used in data files: <c>national-2014</c>, <c>national-2019</c>, <c>national-2021</c> or a local
    /// form's, such as <c>fujian-2014</c>.</summary>
    public string Id { get; }

    /// <summary>The form's name in Chinese.</summary>
    public string NameZh { get; }

    /// <summary>The form's name in English.</summary>
    public string NameEn { get; }

    /// <summary>The document that prescribes the form, e.g. 国办公开办函〔2021〕30号.</summary>
    public string Basis { get; }

    /// <summary>The first report year the form is prescribed for (a local form: the first its province used it for).</summary>
    public int FirstYear { get; }

    /// <summary>The last report year the form is prescribed for (inclusive), or <see langword="null"/> while it is current.</summary>
    public int? LastYear { get; }

    /// <summary>The province whose own form this is (福建省), or <see langword="null"/> for a national form.</summary>
    /// <remarks>A local form is never the one <see cref="Forms.ForYear(int)"/> gives; its years say when the province used it.</remarks>
    public string? Province { get; internal init; }

    /// <summary>Whether the form is one of the national forms.</summary>
    public bool IsNational => Province is null;

    /// <summary>The printed tables, in the order the form prints them.</summary>
    public IReadOnlyList<FormTable> Tables { get; }

    /// <summary>Every indicator (value cell) of the form, in printed order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Every rule the form prints or implies, within a report and across years.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>
    /// The numbers (一, 二…) of the narrative sections the report prints before its tables, or <see langword="null"/> when the
    /// tables come after the whole text (the old form's table is an attachment).
    /// </summary>
    /// <remarks>The new forms print the tables as sections 二 to 四, between the text of 一 and of 五 and 六.</remarks>
    public IReadOnlyList<string>? NarrativeSectionsBeforeTables { get; internal init; }

    /// <summary>Headings of the sections that print several tables (二、主动公开政府信息情况), by section number.</summary>
    public IReadOnlyDictionary<string, string> SectionTitles { get; internal init; } = FrozenDictionary<string, string>.Empty;

    /// <summary><see cref="SectionTitles"/> in English, by section number.</summary>
    public IReadOnlyDictionary<string, string> SectionTitlesEn { get; internal init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Whether a narrative section with this title comes before the tables in the printed report.</summary>
    /// <param name="title">The section's title as read (一、总体情况); an untitled section always comes first.</param>
    public bool IsNarrativeBeforeTables(string title) =>
        title.Length == 0 || NarrativeSectionsBeforeTables is null || NarrativeSectionsBeforeTables.Any(s => title.StartsWith(s, StringComparison.Ordinal));

    /// <summary>The heading of a section of the tables: its entry in <see cref="SectionTitles"/>, else the section number itself.</summary>
    public string SectionTitle(string section) => SectionTitles.GetValueOrDefault(section, section);

    /// <summary>The English heading of a section of the tables: its entry in <see cref="SectionTitlesEn"/>, else the section number itself.</summary>
    public string SectionTitleEn(string section) => SectionTitlesEn.GetValueOrDefault(section, section);

    /// <summary>Finds an indicator of this form by code.</summary>
    /// <returns>The indicator, or <see langword="null"/> if the form has no such code.</returns>
    public Indicator? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Whether the form has an indicator with this code.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>How well the form fits a report year.</summary>
    /// <remarks>
    /// A year before <see cref="FirstYear"/> never fits. The year after <see cref="LastYear"/> is a transition year
    /// (the 2019 notice let agencies keep the old table for 2019); later years do not fit.
    /// </remarks>
    public YearFit Fit(int year) =>
        year < FirstYear ? YearFit.TooEarly
        : LastYear is null || year <= LastYear ? YearFit.Prescribed
        : year == LastYear + 1 ? YearFit.Transitional
        : YearFit.Superseded;

    /// <inheritdoc />
    public override string ToString() => Id;
}
