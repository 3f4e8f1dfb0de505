namespace OpenData;

/// <summary>Whether a report that was due was published, and when.</summary>
public enum ReportStatus
{
    /// <summary>Published by its deadline.</summary>
    OnTime,

    /// <summary>Published after its deadline.</summary>
    Late,

    /// <summary>Published; its publication date is not recorded, so timeliness is unknown.</summary>
    DateUnknown,

    /// <summary>Not in the data although its deadline has passed.</summary>
    Missing,
}

/// <summary>One report an agency owes: its year, its deadline and what became of it.</summary>
/// <param name="Agency">The agency id.</param>
/// <param name="Year">The report year.</param>
/// <param name="Deadline">The last day on which it was on time (<see cref="PublicationDeadline"/>).</param>
/// <param name="Status">Published on time, late, with no date, or missing.</param>
/// <param name="PublishedOn">The publication date when the data records one.</param>
public sealed record ExpectedReport(string Agency, int Year, DateOnly Deadline, ReportStatus Status, DateOnly? PublishedOn)
{
    /// <summary>Days after the deadline for a late report; 0 otherwise.</summary>
    public int DaysLate => Status == ReportStatus.Late && PublishedOn is { } on ? on.DayNumber - Deadline.DayNumber : 0;

    /// <summary>Whether the report is in the data.</summary>
    public bool IsPublished => Status != ReportStatus.Missing;
}

/// <summary>Counts over a set of expected reports (a year, a region).</summary>
/// <param name="Expected">Reports due.</param>
/// <param name="Published">Reports in the data.</param>
/// <param name="Missing">Reports due and not in the data.</param>
/// <param name="Late">Reports published after their deadline.</param>
/// <param name="DateUnknown">Reports published with no recorded date.</param>
/// <param name="OnTime">Reports published by their deadline.</param>
public sealed record CompletenessSummary(int Expected, int Published, int Missing, int Late, int DateUnknown, int OnTime)
{
    /// <summary>Reports on time over reports due, or <see langword="null"/> when none is due. A report with no date is
    /// not counted as on time: the share is a lower bound while any date is unknown.</summary>
    public decimal? OnTimeShare => Expected == 0 ? null : (decimal)OnTime / Expected;

    /// <summary>The counts over <paramref name="reports"/>.</summary>
    public static CompletenessSummary Of(IEnumerable<ExpectedReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports.ToList();
        return new CompletenessSummary(
            list.Count,
            list.Count(r => r.IsPublished),
            list.Count(r => r.Status == ReportStatus.Missing),
            list.Count(r => r.Status == ReportStatus.Late),
            list.Count(r => r.Status == ReportStatus.DateUnknown),
            list.Count(r => r.Status == ReportStatus.OnTime));
    }
}

/// <summary>Which reports each agency owed and what became of them: the assessors' first question.</summary>
/// <remarks>
/// An agency owes a report for every year from its first report in the data to the last year whose deadline has passed
/// on <c>asOf</c> (<see cref="PublicationDeadline"/>, by the agency's level). A report in the data for a year not yet
/// due is listed too. Nothing before an agency's first report is expected: the data cannot say when it began to publish.
/// </remarks>
public static class Completeness
{
    /// <summary>The expected reports of every agency of <paramref name="data"/>, by agency id then year.</summary>
    public static IReadOnlyList<ExpectedReport> Of(DataSet data, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new List<ExpectedReport>();
        // One pass over the reports, not one per agency (ReportsOf scans them all).
        var byAgency = data.Reports.GroupBy(r => r.Report.Agency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Report.Year, r => r.Report), StringComparer.Ordinal);
        foreach (var agency in data.Agencies)
        {
            if (byAgency.GetValueOrDefault(agency.Id) is not { } reports)
            {
                continue;
            }

            var first = reports.Keys.Min();
            var last = Math.Max(reports.Keys.Max(), LastDue(asOf, agency.Level));
            for (var year = first; year <= last; year++)
            {
                var deadline = PublicationDeadline.For(year, agency.Level);
                var published = reports.GetValueOrDefault(year)?.Provenance?.PublishedOn;
                var status = !reports.ContainsKey(year) ? ReportStatus.Missing
                    : published is not { } on ? ReportStatus.DateUnknown
                    : on > deadline ? ReportStatus.Late
                    : ReportStatus.OnTime;
                result.Add(new ExpectedReport(agency.Id, year, deadline, status, published));
            }
        }

        return result;
    }

    /// <summary>The last report year whose deadline is before <paramref name="asOf"/> for an agency of <paramref name="level"/>.</summary>
    public static int LastDue(DateOnly asOf, AgencyLevel? level) =>
        PublicationDeadline.For(asOf.Year - 1, level) < asOf ? asOf.Year - 1 : asOf.Year - 2;
}
