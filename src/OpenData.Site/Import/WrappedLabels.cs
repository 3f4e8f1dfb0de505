namespace OpenData.Site.Import;

/// <summary>Joins a row label that a copy wrapped over several lines back into one row, where the form knows the joined label.</summary>
/// <remarks>
/// Converters print a long label (“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”) as two to six rows or
/// lines: one carries the numbers (the first, the last or one between, as the cell was aligned), the others only the rest of
/// the label. A line of text between table rows (a part too short to be read as a row of its own) is such a part too, and
/// so is text a reader took for a cell (“权益” after “（三）不”, a heading's piece printed on the line). Parts are joined only
/// when no part is a label of the form on its own (unless its values come later), the joined text is the label of a row of
/// values, and at most one part carries values, so two real rows are never merged. Words of the form's headings that a
/// copy printed at the start of a later part (a merged cell's label on the line it landed on) are left out of the join.
/// </remarks>
internal static class WrappedLabels
{
    // A label of 40 characters wrapped at eight a line.
    private const int MostParts = 6;

    // A line of text longer than this is prose, not a piece of a row label (the longest label of the forms has 40 characters).
    private const int LongestPart = 48;

    public static List<SourceRow> Join(IReadOnlyList<SourceLine> lines, ImportLayout layout)
    {
        var parts = lines.Select(l => l.Row is { } row ? Piece.Of(row) : Piece.Of(l)).ToList();
        var joined = new List<SourceRow>(parts.Count);
        var i = 0;
        while (i < parts.Count)
        {
            // A line of text that joined nothing stays text.
            var (row, taken) = Longest(parts, i, layout) is { } found ? (found.Row, found.Parts) : (lines[i].Row, 1);
            if (row is not null && !row.Cells.Any(c => c.Trim().Length > 0)
                && i + taken < parts.Count && parts[i + taken] is { IsNumbers: true } numbers && OwnNumbers(parts, i + taken)
                && layout.Candidates(row.LastSegment).Any(r => !r.IsHeader && (r.Codes.Count == numbers.Values.Count || (r.Table.HasUnitColumn && r.Codes.Count + 1 == numbers.Values.Count))))
            {
                // The row's numbers on the line after its label (a PDF's text in the order it was written: a long label's
                // lines, then its cell of numbers), as many as the row has cells (总计 above section 四's 15 numbers is a
                // column's header, not （七）总计).
                row = row with { Cells = numbers.Values };
                taken++;
            }

            if (row is not null)
            {
                joined.Add(row);
            }

            i += taken;
        }

        return joined;
    }

    // Whether the line of numbers after a label is that label's: not when another line of numbers follows it, as where labels
    // and numbers stand apart in runs (a run of labels, then a run of rows or columns of numbers, which DetachedLabels pairs).
    private static bool OwnNumbers(List<Piece?> parts, int numbers) =>
        !(numbers + 1 < parts.Count && parts[numbers + 1] is { IsNumbers: true });

    private static (SourceRow Row, int Parts)? Longest(List<Piece?> parts, int start, ImportLayout layout)
    {
        // A first part that is a label on its own starts a wrapped label only when its values are on a later line
        // (“（一）主动公开政府信息数” above “（不同渠道和方式公开相同信息计1条） 条 7221”).
        // Nor does a line of numbers after a heading's pieces (（三）不 0 5 …): those numbers belong to the row above it, if any.
        if (parts[start] is not { } first || !first.HasLabel || first.IsNumbers || (first.IsKnown(layout) && first.HasValues))
        {
            return null;
        }

        var label = first.Text;
        var core = label;
        var pieces = 1;
        for (var count = 2; count <= MostParts && start + count <= parts.Count; count++)
        {
            // A line of numbers alone between the pieces of a label carries its values (a cell centred on its row).
            if (parts[start + count - 1] is not { } next || next.IsKnown(layout) || !(next.HasLabel || next.HasValues))
            {
                return null;
            }

            if (next.HasLabel)
            {
                pieces++;
                label += next.Text;
                core += layout.WithoutHeadingWords(next.Text);
            }

            var withValues = parts.Skip(start).Take(count).Where(p => p!.HasValues).ToList();
            if (withValues.Count > 1)
            {
                return null;
            }

            // Numbers alone after a label are that label's row printed apart (DetachedLabels pairs them), not a wrap.
            if (pieces == 1)
            {
                continue;
            }

            foreach (var joined in label == core ? [label] : new[] { label, core })
            {
                if (layout.Candidates(joined).Any(r => !r.IsHeader))
                {
                    var carrier = withValues.Count == 1 ? withValues[0]! : first;
                    var prefix = first.Source.Segments.Count > 1 ? string.Join(" / ", first.Source.Segments.SkipLast(1)) + " / " : "";
                    return (new SourceRow(first.Source.Line, prefix + joined, carrier.Values, carrier.Source.IsIncomplete), count);
                }
            }
        }

        return null;
    }

    /// <summary>A row or line as a possible part of a wrapped label: the text of its label, the cells that hold its values.</summary>
    private sealed record Piece(SourceRow Source, string Text, IReadOnlyList<string> Values)
    {
        public bool HasValues => Values.Any(c => c.Trim().Length > 0);

        // A part of a wrapped label is text, not a number (a row of numbers without a label is section 四's).
        public bool HasLabel => Text.Length > 0 && CellText.Parse(Text).Value is null;

        public bool IsKnown(ImportLayout layout) => layout.Candidates(Text).Count > 0;

        // Numbers alone, or after pieces of a merged heading only (度办理结 105022 87404 …: a heading printed a few
        // characters a line beside its rows); a whole heading with numbers (（六）其他处理 11 0 …) is a row of its own.
        public bool IsNumbers => HasValues && (!HasLabel || (ImportLayout.IsHeadingText(Text) && !ImportLayout.IsKnownRowLabel(Text)));

        // A row's label, with the words a reader took for its first cells (text that is neither a number nor a unit); a
        // row of numbers alone has no label.
        public static Piece Of(SourceRow row)
        {
            if (CellText.Parse(row.Label).Value is { IsBlank: false } || (ImportLayout.IsKnownUnit(row.Label) && row.Cells.Any(c => CellText.Parse(c).Value is { IsBlank: false })))
            {
                // Numbers alone, or the old form's unit and number (条 7221).
                return new Piece(row, "", row.AllCells);
            }

            var words = row.Cells.TakeWhile(c => c.Trim().Length > 0 && CellText.Parse(c).Value is null && !ImportLayout.IsKnownUnit(c)).Count();
            var text = words == 0 ? row.LastSegment : string.Join(" ", [row.LastSegment, .. row.Cells.Take(words)]);
            return Split(new Piece(row, text, [.. row.Cells.Skip(words)]));
        }

        // Numbers a reader kept in the label (“度办理结 105022” before the cells, its words apart by one space) are values.
        private static Piece Split(Piece piece)
        {
            var words = piece.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var numbers = 0;
            while (numbers < words.Length - 1 && CellText.Parse(words[^(numbers + 1)]).Value is { IsBlank: false })
            {
                numbers++;
            }

            return numbers == 0 || !piece.HasValues ? piece : piece with { Text = string.Join(" ", words[..^numbers]), Values = [.. words[^numbers..], .. piece.Values] };
        }

        // A line of text: its words, with the numbers after them (and the old form's unit before those) as cells.
        public static Piece? Of(SourceLine line)
        {
            var words = line.Text.Split([' ', '\u3000', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var cells = 0;
            while (cells < words.Length - 1 && CellText.Parse(words[^(cells + 1)]).Value is not null)
            {
                cells++;
            }

            if (cells > 0 && cells < words.Length - 1 && ImportLayout.IsKnownUnit(words[^(cells + 1)]))
            {
                cells++;
            }

            if (words.Length > 0 && (CellText.Parse(words[0]).Value is { IsBlank: false } || ImportLayout.IsKnownUnit(words[0])) && cells == words.Length - 1)
            {
                return new Piece(new SourceRow(line.Number, words[0], [.. words[1..]]), "", words);
            }

            var label = string.Join(" ", words[..^cells]);
            return label.Length == 0 || label.Length > LongestPart || label.Contains('。', StringComparison.Ordinal)
                ? null
                : new Piece(new SourceRow(line.Number, label, [.. words[^cells..]]), label, [.. words[^cells..]]);
        }
    }
}
