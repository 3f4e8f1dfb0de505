namespace OpenData.Site.Import;

/// <summary>Puts labels and numbers that a converter printed apart back together: a run of row labels, then a run of rows of numbers alone.</summary>
/// <remarks>
/// Copies made from PDF or Word by converters often print a table's label column first and its numbers after it, either
/// row by row (one line of numbers a row) or column by column (one line a column: each column's numbers as one block).
/// The labels are paired with the number rows in order only when the counts and widths fit the form exactly. When both
/// orders fit (as many rows as columns), the form's printed identities decide; if they do not, nothing is paired and
/// the rows are left to be reported as unsure.
/// </remarks>
internal static class DetachedLabels
{
    public static List<SourceRow> Pair(IReadOnlyList<SourceRow> rows, ImportLayout layout)
    {
        var paired = new List<SourceRow>(rows.Count);
        var i = 0;
        while (i < rows.Count)
        {
            var labels = TakeWhile(rows, i, r => IsLabelOnly(r, layout));
            var numbers = TakeWhile(rows, i + labels.Count, IsNumbersOnly);
            var targets = labels.Select(r => layout.Candidates(r.LastSegment).FirstOrDefault(c => !c.IsHeader)).ToList();
            var dataLabels = labels.Where((_, n) => targets[n] is not null).ToList();
            var dataTargets = targets.OfType<LayoutRow>().ToList();
            if (labels.Count >= 2 && numbers.Count >= 2 && Match(dataTargets, numbers, layout) is { } cells)
            {
                paired.AddRange(labels.Where((_, n) => targets[n] is null));
                paired.AddRange(dataLabels.Select((label, n) => label with { Cells = cells[n] }));
                i += labels.Count + numbers.Count;
                continue;
            }

            paired.Add(rows[i]);
            i++;
        }

        return paired;
    }

    // The cells of each labelled row, read row by row or column by column, or null when neither fits with certainty.
    private static List<IReadOnlyList<string>>? Match(List<LayoutRow> targets, List<SourceRow> numbers, ImportLayout layout)
    {
        if (targets.Count == 0 || targets.Any(t => t.Codes.Count != targets[0].Codes.Count))
        {
            return null;
        }

        var width = targets[0].Codes.Count;
        var lines = numbers.Select(r => r.AllCells).ToList();
        var byRow = lines.Count == targets.Count && lines.All(l => l.Count == width) ? lines : null;
        var byColumn = lines.Count == width && lines.All(l => l.Count == targets.Count)
            ? Enumerable.Range(0, targets.Count).Select(r => (IReadOnlyList<string>)[.. lines.Select(l => l[r])]).ToList()
            : null;
        if (byRow is null || byColumn is null)
        {
            return byRow ?? byColumn;
        }

        // As many rows as columns: only the printed identities can tell the two readings apart.
        var rowFits = Fits(targets, byRow, layout);
        var columnFits = Fits(targets, byColumn, layout);
        return rowFits == columnFits ? null : rowFits ? byRow : byColumn;
    }

    private static bool Fits(List<LayoutRow> targets, List<IReadOnlyList<string>> cells, ImportLayout layout)
    {
        var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
        for (var r = 0; r < targets.Count; r++)
        {
            for (var c = 0; c < targets[r].Codes.Count; c++)
            {
                values[targets[r].Codes[c]] = CellText.Parse(cells[r][c]).Value ?? ReportValue.Blank;
            }
        }

        var report = new Report("check", layout.Form.FirstYear, layout.Form.Id, values);
        return !Validator.Validate(report).Findings.Any(f => f.Rule.StartsWith("R-", StringComparison.Ordinal) && f.Severity == Severity.Error);
    }

    private static List<SourceRow> TakeWhile(IReadOnlyList<SourceRow> rows, int start, Func<SourceRow, bool> fits)
    {
        var taken = new List<SourceRow>();
        for (var i = start; i < rows.Count && fits(rows[i]); i++)
        {
            taken.Add(rows[i]);
        }

        return taken;
    }

    private static bool IsLabelOnly(SourceRow row, ImportLayout layout) =>
        row.Cells.All(c => c.Trim().Length == 0) && layout.Candidates(row.LastSegment).Count > 0;

    private static bool IsNumbersOnly(SourceRow row) =>
        row.AllCells.Count >= 2 && row.AllCells.All(c => CellText.Parse(c).Value is { IsBlank: false });
}
