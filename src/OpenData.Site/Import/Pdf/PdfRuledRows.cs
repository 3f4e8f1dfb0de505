namespace OpenData.Site.Import;

/// <summary>Turns the rows of a ruled table into label paths and value cells in column order, as an HTML table is read.</summary>
/// <remarks>
/// The value columns start after the label cell of a row a form knows, when the ruled cells after it are as many as that row's
/// values (printed or left blank: a ruled blank cell is still a column, even with no header or number above or below it on
/// the page). Otherwise they start at the leftmost cell holding a number, a unit, a printed blank or a form's column header.
/// Cells left of the values are the label path.
/// Rows cut differently from the table's data rows are mapped onto the data rows' columns by position, so a header spanning
/// several columns repeats in each (as an HTML <c>colspan</c> does); a data row's printed value standing over no column or over
/// several is not placed by guess: the row keeps its own cells, too few or too many, and the mapper leaves it blank with a
/// finding. A caption spanning the whole table is a row of one cell.
/// A merged cell continuing from the row above repeats as a label but is blank as a value, so it is never counted twice.
/// </remarks>
internal static class PdfRuledRows
{
    public static List<(double Top, string Label, List<string> Cells)> Read(List<(double Top, List<PdfCell> Cells)> rows)
    {
        var result = new List<(double, string, List<string>)>();
        var tableStart = StartFromForm(rows) ?? StartOfValues(rows);
        var groups = new List<List<(double Top, List<PdfCell> Cells)>> { new() };
        foreach (var row in rows)
        {
            if (row.Cells.Count == 1)
            {
                groups.Add([row]);
                groups.Add([]);
            }
            else
            {
                groups[^1].Add(row);
            }
        }

        foreach (var group in groups.Where(g => g.Count > 0))
        {
            if (group is [{ Cells.Count: 1 } caption])
            {
                result.Add((caption.Top, caption.Cells[0].Text, []));
                continue;
            }

            var start = StartFromForm(group) ?? StartOfValues(group) ?? tableStart ?? group.Select(r => r.Cells.Count > 1 ? r.Cells[1].Left : double.MaxValue).Min();
            var hasLabels = group.Any(r => r.Cells.Any(c => c.Center < start));
            var data = group.Where(r => r.Cells.Any(c => !c.IsContinuation && PdfCellKinds.IsNumber(c.Text))).ToList();
            var reference = data.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.First().Cells
                ?? group.OrderByDescending(r => r.Cells.Count).First().Cells;
            var referenceLabels = reference.Count(c => c.Center < start);
            var columns = reference.Skip(referenceLabels).ToList();
            foreach (var (top, cells) in group)
            {
                var isData = data.Any(d => d.Cells == cells);
                List<PdfCell> labels;
                List<string> values;
                if (!isData && cells.Count == reference.Count)
                {
                    // A header cut like the data rows (Word tables whose rows have their own widths): match cells by order.
                    labels = cells.Take(referenceLabels).ToList();
                    values = [.. cells.Skip(referenceLabels).Select(Value)];
                }
                else
                {
                    labels = cells.Where(c => c.Center < start).ToList();
                    var own = cells.Where(c => c.Center >= start).ToList();
                    values = own.Count == columns.Count || (isData && own.Any(c => Value(c).Length > 0 && columns.Count(column => column.Center >= c.Left && column.Center <= c.Right) != 1))
                        ? [.. own.Select(Value)]
                        : [.. columns.Select(column => own.FirstOrDefault(c => column.Center >= c.Left && column.Center <= c.Right) is { } c ? Value(c) : "")];
                }

                var label = string.Join(" / ", labels.Select(c => c.Text).Where(t => t.Length > 0).Aggregate(new List<string>(), (parts, t) =>
                {
                    if (parts.Count == 0 || parts[^1] != t)
                    {
                        parts.Add(t);
                    }

                    return parts;
                }));
                if (!hasLabels && values.Count > 0)
                {
                    // No label column (平潭's section 四): the first value stands where the label would.
                    result.Add((top, values[0], values[1..]));
                }
                else
                {
                    result.Add((top, label, values));
                }
            }
        }

        return result;
    }

    private static bool IsColumnHeader(PdfCell cell) => cell.Text.Length > 0 && !TableMapper.HeaderWords.Contains(Labels.Normalize(cell.Text)) && ImportLayout.IsKnownColumnLabel(cell.Text);

    private static string Value(PdfCell cell) => cell.IsContinuation ? "" : cell.Text;

    // The form model and the ruling lines: a row whose label names a form's row, followed by exactly as many ruled cells as that
    // row has values, starts its values right after the label. A row alone at the top of a page, under no header, with its
    // first value left blank, keeps that blank cell as its first value (found by the random test: 6 cells read for 7 columns).
    private static double? StartFromForm(List<(double Top, List<PdfCell> Cells)> rows)
    {
        var starts = rows
            .Select(r => Enumerable.Range(0, r.Cells.Count - 1).Where(i => ImportLayout.FitsDataRow(r.Cells[i].Text, r.Cells.Count - 1 - i)).Select(i => (double?)r.Cells[i + 1].Left).FirstOrDefault())
            .OfType<double>()
            .ToList();
        return starts.Count > 0 ? starts.Min() - 0.5 : null;
    }

    private static double? StartOfValues(List<(double Top, List<PdfCell> Cells)> rows)
    {
        var values = rows.SelectMany(r => r.Cells).Where(c => !c.IsContinuation && PdfCellKinds.IsValueColumnText(c.Text)).Select(c => c.Left).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        // A form's column header (自然人) may start a column no row of a short table piece fills, unless a row's label reaches
        // past it (Word tables whose rows are cut differently).
        var headers = rows.SelectMany(r => r.Cells.Skip(1)).Where(IsColumnHeader).Select(c => c.Left).DefaultIfEmpty(double.MaxValue).Min();
        var start = headers < values.Min() && rows.All(r => r.Cells[0].Right <= headers + 1) ? headers : values.Min();
        return start - 0.5;
    }
}
