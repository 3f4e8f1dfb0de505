namespace OpenData.Site;

/// <summary>What each page holds, in a sentence of its language: its <c>&lt;meta name="description"&gt;</c> and the
/// description of its JSON-LD. A number in it is said as the page shows it: a blank as not reported, a value with blank
/// parts as “at least …” with how many parts were not reported (<see cref="DerivedValue"/>), never as a plain number.</summary>
/// <remarks>Limits: search results show about 150 Latin characters of a description, and a Chinese character takes about
/// the width of two, so a description states the page's subject and headline figure first and stops at
/// <see cref="ChineseLimit"/> characters in Chinese and <see cref="EnglishLimit"/> in English, cut after a whole clause.</remarks>
internal static class PageDescription
{
    public const int ChineseLimit = 160;

    public const int EnglishLimit = 200;

    public static int Limit(Language language) => language.IsEnglish ? EnglishLimit : ChineseLimit;

    /// <summary>The home page: the site's own sentence from its settings, else what it holds.</summary>
    public static string Home(SiteModel site, Language language)
    {
        var own = language.T(site.Settings.Description, site.Settings.DescriptionEn);
        return Fit(own.Length > 0 ? own : language.T(
            $"{site.Settings.Title}：{site.Agencies.Count}个机构的{site.Reports.Count}份政府信息公开工作年度报告统计表，按原文照录。",
            $"{site.Settings.TitleEn}: the tables of {site.Reports.Count} annual reports on government information disclosure by {Count(site.Agencies.Count, "agency", "agencies")}, as published."), language);
    }

    public static string Agencies(SiteModel site, Language language)
    {
        var names = string.Join(language.T("、", ", "), site.Agencies.Select(a => site.AgencyName(a.Id, language)));
        return Fit(language.T(
            $"收录{site.Agencies.Count}个机构的{site.Reports.Count}份年度报告{Span(site.Years, language)}：{names}。",
            $"{Count(site.Agencies.Count, "agency", "agencies")} with {site.Reports.Count} annual reports{Span(site.Years, language)}: {names}."), language);
    }

    public static string Across(SiteModel site, Language language) => Fit(language.T(
        $"各机构按年度比较{Span(site.Years, language)}：本年新收申请、办理结果等每个指标以及公开率和纠错率的排名，按全部机构和各级别，共{site.Agencies.Count}个机构。",
        $"Agencies compared year by year{Span(site.Years, language)}: rankings of applications received, handled and every other indicator, and of disclosure and correction rates, overall and by level, {Count(site.Agencies.Count, "agency", "agencies")}."), language);

    public static string Quality(SiteModel site, Language language)
    {
        var shown = site.Findings.Where(SiteModel.IsShown).ToList();
        var errors = shown.Count(f => f.Severity == Severity.Error);
        var warnings = shown.Count - errors;
        return Fit(language.T(
            $"数据质量：{site.Reports.Count}份报告按原文核查，发现错误{errors}条、警告{warnings}条，按规则和机构列出；数值从不更正。",
            $"Data quality: {site.Reports.Count} reports checked as published, {Count(errors, "error", "errors")} and {Count(warnings, "warning", "warnings")} listed by rule and agency; figures are never corrected."), language);
    }

    public static string Completeness(SiteModel site, Language language)
    {
        var summary = CompletenessSummary.Of(site.Completeness);
        return Fit(language.T(
            $"报告发布情况：{site.Agencies.Count}个机构应发布{summary.Expected}份年度报告，已发布{summary.Published}份，缺失{summary.Missing}份，逾期{summary.Late}份；按年度和地区列出。",
            $"Publication record: {Count(site.Agencies.Count, "agency", "agencies")} owed {Count(summary.Expected, "annual report", "annual reports")}; {summary.Published} published, {summary.Missing} missing, {summary.Late} late; by year and region."), language);
    }

    public static string Downloads(SiteModel site, Language language) => Fit(language.T(
        $"下载{site.Agencies.Count}个机构{site.Reports.Count}份报告的全部数据：每个机构的历年对照表 CSV、XLSX 和 JSON，每份报告的 JSON，长格式数据，Frictionless 数据包，DCAT 目录和 JSON Schema。",
        $"Download all data of {site.Reports.Count} reports by {Count(site.Agencies.Count, "agency", "agencies")}: each agency's all-years CSV, XLSX and JSON, each report's JSON, long-format data, a Frictionless data package, a DCAT catalogue and JSON Schemas."), language);

    /// <summary>A report page: the agency, the year, applications received and handled, and the publication date.</summary>
    public static string Report(SiteModel site, Report report, Language language)
    {
        var agency = site.AgencyName(report.Agency, language);
        var year = Display.Year(report.Year);
        var received = Concept(site, "applications.new", report, language);
        var handled = Concept(site, "applications.done", report, language);
        var published = report.Provenance?.PublishedOn is { } date ? language.T($"；发布于{ReportTrace.Date(date)}", $"; published {ReportTrace.Date(date)}") : "";
        return Fit(language.T(
            $"{agency}{year}年政府信息公开工作年度报告统计表：本年新收申请{received}，办理结果总计{handled}{published}。",
            $"{agency}, {year} annual report on government information disclosure: applications received {received}, handled {handled}{published}."), language);
    }

    /// <summary>An agency page: the agency, the years its reports cover, and the latest applications received.</summary>
    public static string Agency(SiteModel site, Agency agency, Language language)
    {
        var name = site.AgencyName(agency.Id, language);
        var reports = site.ReportsOf(agency.Id);
        if (reports.Count == 0)
        {
            return Fit(language.T($"{name}：暂无年度报告。", $"{name}: no annual report yet."), language);
        }

        var latest = reports[^1];
        var received = Concept(site, "applications.new", latest, language);
        return Fit(language.T(
            $"{name}{Span([.. reports.Select(r => r.Year)], language)}{reports.Count}份政府信息公开工作年度报告的统计表、趋势和下载；{Display.Year(latest.Year)}年本年新收申请{received}。",
            $"{name}: tables, trends and downloads of {Count(reports.Count, "annual report", "annual reports")} on government information disclosure{Span([.. reports.Select(r => r.Year)], language)}; applications received in {Display.Year(latest.Year)}: {received}."), language);
    }

    /// <summary>An indicator page: the indicator, the agency, and its latest year and value.</summary>
    public static string Indicator(SiteModel site, IndicatorView view, Language language)
    {
        var name = site.AgencyName(view.Agency, language);
        var label = $"{view.Label(language)}（{view.Indicator.Code}）";
        var labelEn = $"{view.Label(language)} ({view.Indicator.Code})";
        if (view.Series.Count == 0)
        {
            return Fit(language.T($"{name} · {label}：暂无数据。", $"{name} · {labelEn}: no data."), language);
        }

        var last = view.Series[^1];
        var report = site.ReportOf(view.Agency, last.Year);
        var codes = view.Concept?.SourceFor(last.Form)?.Codes ?? [view.Indicator.Code];
        var value = Phrase(last.Value, view.Unit, language) + (report is null ? "" : Flags(site, report, codes, language));
        var chart = site.HasChart(view.Agency, view.Indicator.Code);
        return Fit(language.T(
            $"{name} · {label}：{Display.Year(last.Year)}年{value}；{view.Series.Count}个年度{Span([.. view.Series.Select(p => p.Year)], language)}的数值{(chart ? "、趋势图和图表数据" : "")}。",
            $"{name} · {labelEn}: {value} in {Display.Year(last.Year)}; values of {Count(view.Series.Count, "year", "years")}{Span([.. view.Series.Select(p => p.Year)], language)}{(chart ? ", a trend chart and its data" : "")}."), language);
    }

    /// <summary>A comparison page: the agency, the two years, and applications received in each.</summary>
    public static string Compare(SiteModel site, CompareView view, Language language)
    {
        var name = site.AgencyName(view.To.Agency, language);
        var (a, b) = (Display.Year(view.From.Year), Display.Year(view.To.Year));
        var from = Concept(site, "applications.new", view.From, language);
        var to = Concept(site, "applications.new", view.To, language);
        var forms = language.T("（表格版本不同，按对照表比较）", " (different forms, compared through the crosswalk)");
        return Fit(language.T(
            $"{name}{a}年与{b}年逐项比较{forms}：本年新收申请{a}年{from}，{b}年{to}。",
            $"{name}, {a} and {b} compared item by item{forms}: applications received {from} in {a}, {to} in {b}."), language);
    }

    public static string CompareIndex(SiteModel site, Agency agency, Language language)
    {
        var name = site.AgencyName(agency.Id, language);
        var years = site.ReportsOf(agency.Id).Select(r => r.Year).ToList();
        return Fit(language.T(
            $"{name}年度比较{Span(years, language)}：每一年度与上一年度、与最新年度逐项比较的页面。",
            $"{name}, compare years{Span(years, language)}: each year against the year before and against the latest year, item by item."), language);
    }

    /// <summary>The all-years table: the agency, the years and form versions it covers.</summary>
    public static string AllYears(SiteModel site, AllYearsView view, Language language)
    {
        var name = site.AgencyName(view.Agency.Id, language);
        var years = site.ReportsOf(view.Agency.Id).Select(r => r.Year).ToList();
        return Fit(language.T(
            $"{name}历年全部数据{Span(years, language)}：{view.Tables.Count}个表格版本的每一项统计数据逐年并列，附较上年增减和数据质量标记。",
            $"{name}, every year{Span(years, language)}: every cell of {Count(view.Tables.Count, "form version", "form versions")} year by year, with the change from the year before and data-quality marks."), language);
    }

    /// <summary>A year across agencies: how many agencies, and who received the most applications (ranked on exact values only).</summary>
    public static string AcrossYear(SiteModel site, AcrossView view, Language language)
    {
        var year = Display.Year(view.Year);
        var concept = Crosswalk.Find("applications.new")!;
        var top = view.Ranking(concept).FirstOrDefault(e => AcrossView.IsRanked(e.Value));
        var value = top is null ? "" : Concept(site, concept.Id, view.Reports.Single(r => r.Agency == top.Agency), language);
        var lead = top is null ? "" : language.T(
            $"；本年新收申请最多的是{site.AgencyName(top.Agency, language)}（{value}）",
            $"; most applications received: {site.AgencyName(top.Agency, language)} ({value})");
        return Fit(language.T(
            $"{year}年{view.Reports.Count}个机构比较：每个指标和公开率、纠错率的排名{lead}。",
            $"{year} across {Count(view.Reports.Count, "agency", "agencies")}: rankings of every indicator and of the disclosure and correction rates{lead}."), language);
    }

    /// <summary>A ranking of a year: how many agencies it lists, how many are ranked and without a report, and who comes
    /// first (agencies tied first are all named).</summary>
    public static string AcrossRanking(SiteModel site, RankingView view, IReadOnlyList<Standing> standings, Language language)
    {
        var year = Display.Year(view.Across.Year);
        var label = language.T(view.Measure.LabelZh, view.Measure.LabelEn);
        var ranked = standings.Count(s => s.Rank is not null);
        var missing = standings.Count(s => !s.HasReport);
        var first = standings.Where(s => s.Rank == 1).ToList();
        var value = first.Count == 0 ? "" : view.Measure.IsRate ? Display.Rate(first[0].Value, language) : Phrase(first[0].Value, view.Measure.Unit, language);
        var names = first.Count > 3
            ? language.T($"{first.Count}个机构并列", $"{first.Count} agencies tied")
            : string.Join(language.T("、", ", "), first.Select(s => site.AgencyName(s.Agency, language) + Display.AsPublished(s.Findings, language)));
        var lead = first.Count == 0 ? "" : language.T($"；第一名：{names}（{value}）", $"; first: {names} ({value})");
        var none = missing == 0 ? "" : language.T($"，{missing}个未发布报告", $", {missing} without a report");
        return Fit(language.T(
            $"{year}年{label}排名：{standings.Count}个机构，{ranked}个参加排名{none}，并按级别分别排名{lead}。",
            $"{year} ranking of {label}: {Count(standings.Count, "agency", "agencies")}, {ranked} ranked{none}, also within each level{lead}."), language);
    }

    /// <summary>The regions page: how many regions, and the top ones.</summary>
    public static string Regions(SiteModel site, Language language)
    {
        var top = string.Join(language.T("、", ", "), site.Regions.Where(r => r.Head.Parent is not { } p || site.RegionOf(p) is null).Select(r => site.AgencyName(r.Id, language)));
        return Fit(language.T(
            $"{site.Regions.Count}个地区，按行政层级排列，每个地区合计其全部成员机构的年度报告数据：{top}。",
            $"{Count(site.Regions.Count, "region", "regions")} by administrative level, each adding up the annual reports of all its members: {top}."), language);
    }

    /// <summary>A region page: the region, its members, and the latest total of applications received.</summary>
    public static string Region(SiteModel site, RegionView view, Language language)
    {
        var name = site.AgencyName(view.Region.Id, language);
        var members = view.Region.Members.Count;
        if (view.Years.Count == 0)
        {
            return Fit(language.T($"{name}（地区合计，{members}个机构）：暂无年度报告。", $"{name} (region as a whole, {Count(members, "agency", "agencies")}): no annual report yet."), language);
        }

        var latest = view.Years[^1];
        var received = Phrase(latest.Value("applications.new"), "件", language);
        var years = view.Years.Select(y => y.Year).ToList();
        return Fit(language.T(
            $"{name}（地区合计，{members}个机构）{Span(years, language)}：各年度指标合计、比率、各组成部分所占比例和发布情况；{Display.Year(latest.Year)}年本年新收申请{received}。",
            $"{name} (region as a whole, {Count(members, "agency", "agencies")}){Span(years, language)}: totals by year, rates, shares of the parts and publication record; applications received in {Display.Year(latest.Year)}: {received}."), language);
    }

    /// <summary>A Markdown page: its title and its opening paragraph (else its section headings); an English page whose
    /// text is Chinese only says so in English.</summary>
    public static string Markdown(SiteModel site, MarkdownPage page, Language language)
    {
        if (language.IsEnglish && page.MarkdownEn is null)
        {
            return Fit($"{page.TitleIn(language)}: a page of {site.Settings.TitleEn}, in Chinese.", language);
        }

        var text = MarkdownRenderer.Opening(language.IsEnglish ? page.MarkdownEn! : page.Markdown, language);
        var title = page.TitleIn(language);
        return Fit(text.Length == 0 ? title : language.T($"{title}：{text}", $"{title}: {text}"), language);
    }

    /// <summary>A value in words: a blank as not reported, a partial value as a lower bound with the parts not reported,
    /// an exact value as its number (with its unit in Chinese).</summary>
    public static string Phrase(DerivedValue value, string unit, Language language)
    {
        if (value.IsBlank)
        {
            return language.T("未填报", "not reported");
        }

        var note = value.IsPartial ? Display.PartialNote(value, language) : null;
        return (value.Known, note) switch
        {
            (null, _) => language.T($"不详（{note}）", $"unknown ({note})"),
            ({ } n, null) => language.T($"{Display.Number(n)}{unit}", Display.Number(n)),
            ({ } n, _) => language.T($"至少{Display.Number(n)}{unit}（{note}）", $"at least {Display.Number(n)} ({note})"),
        };
    }

    /// <summary>Cuts a description to its language's limit after the last whole clause (or word) that fits, so no number
    /// is ever cut short, and marks the cut with “…”.</summary>
    public static string Fit(string text, Language language)
    {
        // Most descriptions are single-spaced already: kept as they are rather than split into words and joined again.
        var collapsed = IsCollapsed(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var limit = Limit(language);
        if (collapsed.Length <= limit)
        {
            return collapsed;
        }

        var room = collapsed[..(limit - 1)];
        var cut = language.IsEnglish ? room.LastIndexOfAny([',', ';', ' ']) : room.LastIndexOfAny(['，', '；', '、', '：', '。']);
        return (cut > 0 ? room[..cut] : room).TrimEnd() + "…";
    }

    // Whether the text is its words joined by single spaces: its only white space is spaces between two words.
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static string Concept(SiteModel site, string id, Report report, Language language)
    {
        var concept = Crosswalk.Find(id)!;
        return concept.SourceFor(report.Form) is not { } source
            ? language.T("不适用", "not on this form")
            : Phrase(Crosswalk.Resolve(concept, report), concept.Unit, language) + Flags(site, report, source.Codes, language);
    }

    /// <summary>The rules a value's cells break, in the words every sentence of the site uses (<see cref="Display.AsPublished"/>).</summary>
    public static string Flags(SiteModel site, Report report, IReadOnlyList<string> codes, Language language) =>
        Display.AsPublished(site.FindingsOn(report, codes), language);

    private static string Span(IReadOnlyList<int> years, Language language)
    {
        if (years.Count == 0)
        {
            return "";
        }

        // A loop, not Min() and Max() of the interface: asked for by every indicator page.
        var (first, last) = (years[0], years[0]);
        for (var i = 1; i < years.Count; i++)
        {
            (first, last) = (Math.Min(first, years[i]), Math.Max(last, years[i]));
        }

        return first == last
            ? language.T($"（{Display.Year(years[0])}年）", $" ({Display.Year(years[0])})")
            : language.T($"（{Display.Year(first)}—{Display.Year(last)}年）", $" ({Display.Year(first)}–{Display.Year(last)})");
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
