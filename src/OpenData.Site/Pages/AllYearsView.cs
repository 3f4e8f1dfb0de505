namespace OpenData.Site;

/// <summary>One agency's all-years table: every cell of every form version it reported in, year by year.</summary>
/// <remarks>Public because it is a page's view (<see cref="SitePage{TView}"/>); what reaches the site model is internal.</remarks>
public sealed class AllYearsView
{
    // Each table's rows as the page of each language shows them, worked out for the first of the two pages (in parallel,
    // either may come first) and kept with the view; the agency's CSV, which makes the view too, never asks for them.
    private readonly Dictionary<AllYearsTable, Lazy<Dictionary<string, AllYearsTable.AllYearsRow>>> _rows;

    private AllYearsView(Agency agency, IReadOnlyList<AllYearsTable> tables, SiteModel site, IReadOnlyList<Report> reports)
    {
        Agency = agency;
        Tables = tables;

        // By reference: a record compares its contents.
        _rows = new(ReferenceEqualityComparer.Instance);
        foreach (var table in tables)
        {
            _rows.Add(table, new(() => table.WorkOutRows(site, reports)));
        }
    }

    public Agency Agency { get; }

    /// <summary>One table per form version, the newest form first.</summary>
    public IReadOnlyList<AllYearsTable> Tables { get; }

    internal static AllYearsView Create(SiteModel site, Agency agency)
    {
        var reports = site.ReportsOf(agency.Id);
        var tables = reports
            .Where(r => r.FormDefinition is not null)
            .GroupBy(r => r.FormDefinition!)
            .OrderByDescending(g => g.Max(r => r.Year))
            .Select(g => new AllYearsTable(g.Key, [.. g.OrderBy(r => r.Year)]))
            .ToList();
        return new AllYearsView(agency, tables, site, reports);
    }

    /// <summary>What the row of <paramref name="indicator"/> in <paramref name="table"/> (one of <see cref="Tables"/>)
    /// shows in either language: its id, its kind, and each year's findings and change.</summary>
    internal AllYearsTable.AllYearsRow Row(AllYearsTable table, Indicator indicator) => _rows[table].Value[indicator.Code];
}

/// <summary>The years an agency reported in one form version.</summary>
/// <param name="Form">The form.</param>
/// <param name="Reports">Its reports in that form, oldest first.</param>
public sealed record AllYearsTable(Form Form, IReadOnlyList<Report> Reports)
{
    /// <summary>Every row of the table, by cell code (<see cref="AllYearsView.Row"/>).</summary>
    /// <param name="site">The site, whose findings the rows show.</param>
    /// <param name="all">Every report of the agency, oldest first (for <see cref="IsNewestRow"/>).</param>
    internal Dictionary<string, AllYearsRow> WorkOutRows(SiteModel site, IReadOnlyList<Report> all)
    {
        var rows = new Dictionary<string, AllYearsRow>(Form.Indicators.Count, StringComparer.Ordinal);
        foreach (var indicator in Form.Indicators)
        {
            var code = indicator.Code;
            var kind = KindOf(indicator, site);
            var findings = new IReadOnlyList<Finding>[Reports.Count];
            var changes = new decimal?[Reports.Count];
            if (kind == RowKind.Values)
            {
                for (var i = 0; i < Reports.Count; i++)
                {
                    findings[i] = site.FindingsOn(Reports[i], code);
                    changes[i] = Change(i > 0 ? Reports[i - 1] : null, Reports[i], code);
                }
            }

            rows.TryAdd(code, new AllYearsRow(Routes.AllYearsRowId(IsNewestRow(all, Form.Id, code) ? null : Form.Id, code), kind, findings, changes));
        }

        return rows;
    }

    /// <summary>What a row shows when its value is the same in every year (and more than one year is shown): one note
    /// across the years instead of the same figure again and again.</summary>
    internal RowKind KindOf(Indicator indicator, SiteModel site)
    {
        if (Reports.Count < 2)
        {
            return RowKind.Values;
        }

        var first = Reports[0].Number(indicator.Code);
        foreach (var report in Reports)
        {
            if (report.Number(indicator.Code) != first || site.FindingsOn(report, indicator.Code).Count > 0)
            {
                return RowKind.Values;
            }
        }

        return first is null ? RowKind.AlwaysBlank : RowKind.AlwaysSame;
    }

    /// <summary>The heading of a section: the form's section title; else the heading row the form prints above the
    /// section's first cell (the 2014 form is one table with a heading per section); else that table's title.</summary>
    internal string SectionTitle(IGrouping<string, Indicator> section, Language language)
    {
        if (Form.SectionTitles.ContainsKey(section.Key))
        {
            return FormText.SectionTitle(Form, section.Key, language);
        }

        var first = section.First().Code;
        foreach (var table in Form.Tables)
        {
            FormRow? heading = null;
            foreach (var row in table.Rows)
            {
                if (row.IsHeader && row.Depth == 0)
                {
                    heading = row;
                }
                else if (row.Cells.Contains(first))
                {
                    return heading is not null && table.Section != section.Key ? FormText.Label(heading, language) : FormText.Title(table, language);
                }
            }
        }

        return section.Key;
    }

    /// <summary>Whether <paramref name="form"/> is the newest form version of <paramref name="reports"/> with the cell
    /// <paramref name="code"/>, that of the latest report whose form has it: the table of the newest form comes first, and
    /// its row of the cell is named by the code alone (<see cref="Routes.AllYearsRowId"/>).</summary>
    /// <param name="reports">The agency's reports, oldest first.</param>
    /// <param name="form">The form version of the row.</param>
    /// <param name="code">The cell's code.</param>
    internal static bool IsNewestRow(IReadOnlyList<Report> reports, string form, string code)
    {
        // Asked for every cell without a trend page of every report page: a form is looked up once for each run of
        // reports on it (a decade of reports is on three forms), not once for each report.
        string? without = null;
        for (var i = reports.Count - 1; i >= 0; i--)
        {
            if (reports[i].Form == without)
            {
                continue;
            }

            if (reports[i].FormDefinition?.Find(code) is not null)
            {
                return reports[i].Form == form;
            }

            without = reports[i].Form;
        }

        return true;
    }

    /// <summary>The change of a cell from the year before, when the report of the year just before is in this form (the
    /// table marks no comparability, so it shows no change across a form break): Core's <see cref="YearOverYear"/>, as
    /// on the report pages (<see cref="SiteModel.ChangesOf"/>).</summary>
    /// <returns>The change, or <see langword="null"/> when there is none (no report of the year before in this form, or a blank value).</returns>
    internal static decimal? Change(Report? before, Report report, string code) =>
        before is not null && before.Year == report.Year - 1 ? YearOverYear.Compare(report, before, code).Delta : null;

    /// <summary>A row of the table as the pages of every language show it.</summary>
    /// <param name="Id">The row's id (<see cref="Routes.AllYearsRowId"/>).</param>
    /// <param name="Kind">What the row shows.</param>
    /// <param name="Findings">For <see cref="RowKind.Values"/>, the findings shown on each year's cell, as
    /// <see cref="Reports"/>.</param>
    /// <param name="Changes">For <see cref="RowKind.Values"/>, each year's change (<see cref="Change"/>), as
    /// <see cref="Reports"/>.</param>
    internal sealed record AllYearsRow(string Id, RowKind Kind, IReadOnlyList<IReadOnlyList<Finding>> Findings, IReadOnlyList<decimal?> Changes);

    internal enum RowKind
    {
        /// <summary>The values differ (or one year is shown): each year's value.</summary>
        Values,

        /// <summary>The same number in every year.</summary>
        AlwaysSame,

        /// <summary>Blank in every year.</summary>
        AlwaysBlank,
    }
}
