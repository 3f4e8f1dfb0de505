namespace OpenData.Site.Import;

/// <summary>Joins a row label that a copy wrapped over several table rows back into one row, where the form knows the joined label.</summary>
/// <remarks>
/// Converters print a long label (“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”) as two or three rows: one
/// carries the numbers, the others only the rest of the label. Rows are joined only when no part is a label of the form on
/// its own, the joined text is, and at most one part carries values, so two real rows are never merged.
/// </remarks>
internal static class WrappedLabels
{
    private const int MostParts = 4;

    public static List<SourceRow> Join(IReadOnlyList<SourceRow> rows, ImportLayout layout)
    {
        var joined = new List<SourceRow>(rows.Count);
        var i = 0;
        while (i < rows.Count)
        {
            var merged = Longest(rows, i, layout);
            if (merged is { } found)
            {
                joined.Add(found.Row);
                i += found.Parts;
            }
            else
            {
                joined.Add(rows[i]);
                i++;
            }
        }

        return joined;
    }

    private static (SourceRow Row, int Parts)? Longest(IReadOnlyList<SourceRow> rows, int start, ImportLayout layout)
    {
        if (IsKnown(rows[start], layout) || !HasLabel(rows[start]))
        {
            return null;
        }

        var label = rows[start].LastSegment;
        for (var parts = 2; parts <= MostParts && start + parts <= rows.Count; parts++)
        {
            var next = rows[start + parts - 1];
            if (IsKnown(next, layout) || !HasLabel(next))
            {
                return null;
            }

            label += next.LastSegment;
            var taken = rows.Skip(start).Take(parts).ToList();
            var withValues = taken.Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
            if (withValues.Count <= 1 && layout.Candidates(label).Any(r => !r.IsHeader))
            {
                var carrier = withValues.Count == 1 ? withValues[0] : taken[0];
                var prefix = rows[start].Segments.Count > 1 ? string.Join(" / ", rows[start].Segments.SkipLast(1)) + " / " : "";
                return (carrier with { Line = rows[start].Line, Label = prefix + label }, parts);
            }
        }

        return null;
    }

    private static bool IsKnown(SourceRow row, ImportLayout layout) => layout.Candidates(row.LastSegment).Count > 0;

    // A part of a wrapped label is text, not a number (a row of numbers without a label is section 四's).
    private static bool HasLabel(SourceRow row) => row.LastSegment.Length > 0 && CellText.Parse(row.LastSegment).Value is null;
}
