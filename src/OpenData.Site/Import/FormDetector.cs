namespace OpenData.Site.Import;

/// <summary>Tells which national form a source's tables follow, from the row labels and column headers only some forms print.</summary>
/// <remarks>
/// Rows decide before column headers, and a row weighs as many as the numbers it prints: a report that prints section 二 in
/// the 2019 form's columns (上一年项目数量, 本年增/减 …) under the 2021 form's section 三 (（六）其他处理 in three sub-rows of
/// seven numbers) is read in the 2021 form, where its applications are; the 2019-style columns are then not read as the 2021
/// form's (<see cref="TableMapper"/>). Headers tell forms apart that print the same rows.
/// </remarks>
internal static class FormDetector
{
    /// <summary>The form, or <see langword="null"/> when no form is recognised or two fit equally and the year does not decide.</summary>
    public static Form? Detect(ImportSource source, int? year)
    {
        var rows = ImportLayout.All.ToDictionary(l => l, _ => 0);
        var headers = ImportLayout.All.ToDictionary(l => l, _ => 0);
        foreach (var row in source.Rows)
        {
            var numbers = row.Cells.Count(c => CellText.Parse(c).Value is { IsBlank: false });
            Score(rows, l => l.Candidates(row.LastSegment).Count > 0, Math.Max(1, numbers));
            foreach (var cell in row.AllCells.Where(c => c.Length > 0 && CellText.Parse(c).Value is null or { IsBlank: true }))
            {
                var keys = HeaderKeys.Of(cell);
                Score(headers, l => l.NamesColumn(keys), 1);
            }
        }

        var ranked = ImportLayout.All.Select(l => (l.Form, Rows: rows[l], Headers: headers[l])).ToList();
        var best = ranked.MaxBy(s => (s.Rows, s.Headers));
        if (best.Rows == 0 && best.Headers == 0)
        {
            return null;
        }

        var top = ranked.Where(s => (s.Rows, s.Headers) == (best.Rows, best.Headers)).Select(s => s.Form).ToList();
        if (top.Count == 1)
        {
            return top[0];
        }

        return year is { } y && top.Contains(Forms.ForYear(y)) ? Forms.ForYear(y) : null;
    }

    // Only what some forms print and others do not tells them apart.
    private static void Score(Dictionary<ImportLayout, int> scores, Func<ImportLayout, bool> knows, int weight)
    {
        var knowing = scores.Keys.Where(knows).ToList();
        if (knowing.Count > 0 && knowing.Count < scores.Count)
        {
            foreach (var layout in knowing)
            {
                scores[layout] += weight;
            }
        }
    }
}
