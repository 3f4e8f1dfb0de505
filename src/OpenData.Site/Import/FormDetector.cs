namespace OpenData.Site.Import;

/// <summary>Tells which national form a source's tables follow, from the row labels and column headers only some forms print.</summary>
internal static class FormDetector
{
    /// <summary>The form, or <see langword="null"/> when no form is recognised or two fit equally and the year does not decide.</summary>
    public static Form? Detect(ImportSource source, int? year)
    {
        var scores = ImportLayout.All.ToDictionary(l => l, _ => 0);
        foreach (var row in source.Rows)
        {
            Score(scores, l => l.Candidates(row.LastSegment).Count > 0);
            foreach (var cell in row.AllCells.Where(c => c.Length > 0 && CellText.Parse(c).Value is null or { IsBlank: true }))
            {
                Score(scores, l => l.Tables.Any(t => t.ColumnOf(cell) >= 0));
            }
        }

        var best = scores.Values.Max();
        if (best == 0)
        {
            return null;
        }

        var top = scores.Where(p => p.Value == best).Select(p => p.Key.Form).ToList();
        if (top.Count == 1)
        {
            return top[0];
        }

        return year is { } y && top.Contains(Forms.ForYear(y)) ? Forms.ForYear(y) : null;
    }

    // Only what some forms print and others do not tells them apart.
    private static void Score(Dictionary<ImportLayout, int> scores, Func<ImportLayout, bool> knows)
    {
        var knowing = scores.Keys.Where(knows).ToList();
        if (knowing.Count > 0 && knowing.Count < scores.Count)
        {
            foreach (var layout in knowing)
            {
                scores[layout]++;
            }
        }
    }
}
