namespace OpenData.Site.Import;

/// <summary>Reads a Word 97–2003 document (.doc) of a report: body paragraphs as text, each table as rows, in document order,
/// as <see cref="DocxSourceReader"/> reads a .docx.</summary>
/// <remarks>
/// The compound file (<see cref="CompoundFile"/>) holds the text and its properties (<see cref="WordBinary"/>). A row's
/// cells span the table's columns as far as their edges reach (a cell as wide as three of another row's spans three, as
/// <c>gridSpan</c> says in a .docx), and a cell merged with the one above extends it (<c>vMerge</c>); a cell's paragraphs
/// are one text. Line numbers count paragraphs with text and table rows, as for a .docx.
/// </remarks>
internal static class DocSourceReader
{
    // Cell edges closer than this (in twips, a fiftieth of an inch) are one column edge.
    private const int EdgeTolerance = 30;

    /// <summary>The document's text and table rows; an encrypted or damaged file gives a D-READ error instead of lines.</summary>
    /// <param name="file">The file as named on the command line, or an embedded object's name.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="objects">Whether to read Word documents embedded as objects (<see cref="EmbeddedObjects"/>); embedded
    /// workbooks are read either way, so an embedded document is read with its workbooks, not its documents.</param>
    public static ImportSource Read(string file, byte[] bytes, bool objects = true)
    {
        CompoundFile document;
        try
        {
            document = CompoundFile.Open(bytes);
        }
        catch (InvalidDataException e)
        {
            return Damaged(file, e);
        }

        return Read(file, document, objects);
    }

    /// <summary>The text and table rows of the Word document a compound file (or an object's storage in one) holds.</summary>
    public static ImportSource Read(string file, CompoundFile document, bool objects)
    {
        List<WordBinary.Paragraph> paragraphs;
        try
        {
            paragraphs = WordBinary.Read(document);
        }
        catch (WordBinary.EncryptedDocumentException)
        {
            return Broken(file, "文件已加密，需要密码才能打开：请提供未加密的版本", "it is encrypted and needs a password: provide an unencrypted copy");
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A damaged file: every offset of it is checked or bounded, and any that is not ends here, never in a stack trace.
            return Damaged(file, e);
        }

        return Source(file, ProvenanceMethod.ImportedDoc, paragraphs, storage => EmbeddedObjects.InPool(document, storage, nested: objects));
    }

    private static ImportSource Damaged(string file, Exception e) =>
        Broken(file, $"文件已损坏或不是 Word 97–2003 文档（{e.Message}）：请在 Word、WPS 或 LibreOffice 中另存为 .docx 后再导入",
            $"it is damaged or not a Word 97–2003 document ({e.Message}): save it as .docx in Word, WPS or LibreOffice, then import that");

    /// <summary>The lines and table rows of a Word document's paragraphs (<see cref="WordBinary"/>, <see cref="RtfText"/>).</summary>
    /// <param name="file">The file as named on the command line.</param>
    /// <param name="method">How it was read.</param>
    /// <param name="paragraphs">Its paragraphs.</param>
    /// <param name="objects">Reads an object a paragraph of the body anchors (<see cref="WordBinary.Paragraph.Objects"/>),
    /// or <see langword="null"/> where the format keeps none.</param>
    public static ImportSource Source(string file, ProvenanceMethod method, List<WordBinary.Paragraph> paragraphs, Func<string, EmbeddedFile?>? objects = null)
    {
        var lines = new List<SourceLine>();
        var remarks = new List<Finding>();
        var pictures = new List<PicturePlace>();
        var number = 0;
        var table = new List<(int Line, List<string> Cells, WordBinary.RowDefinition Row)>();
        var cells = new List<string>();
        var cell = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Depth == 0)
            {
                EndTable();
                var text = WrappedText.Join(paragraph.Text.Split('\n'));
                if (text.Length > 0)
                {
                    lines.Add(new SourceLine(++number, text));
                }

                if (paragraph.Pictures > 0)
                {
                    pictures.AddRange(Enumerable.Repeat(new PicturePlace(text.Length > 0 ? number : number + 1), paragraph.Pictures));
                }

                foreach (var embedded in paragraph.Objects.Select(o => objects?.Invoke(o)).OfType<EmbeddedFile>())
                {
                    EmbeddedObjects.Add(embedded, file, lines, ref number, remarks);
                }
            }
            else if (paragraph.Row is { } row)
            {
                table.Add((++number, [.. cells], row));
                cells.Clear();
            }
            else
            {
                cell.AddRange(paragraph.Text.Split('\n'));
                if (paragraph.EndsCell)
                {
                    cells.Add(WrappedText.Join(cell));
                    cell.Clear();
                }
            }
        }

        EndTable();
        return new ImportSource(file, method, [], lines, []) { Remarks = remarks, Pictures = pictures };

        void EndTable()
        {
            foreach (var part in Parts(table))
            {
                lines.AddRange(TableGrid.ToLines(Rows(part)));
            }

            table.Clear();

            cells.Clear();
            cell.Clear();
        }
    }

    // Tables set one under the other with no paragraph between are one table to Word (section 二's small tables often are):
    // a row that shares no cell edge inside the table with the row above starts a table of its own, so one table's cells do
    // not span the other's columns.
    private static List<List<(int Line, List<string> Cells, WordBinary.RowDefinition Row)>> Parts(List<(int Line, List<string> Cells, WordBinary.RowDefinition Row)> table)
    {
        var parts = new List<List<(int Line, List<string> Cells, WordBinary.RowDefinition Row)>>();
        for (var i = 0; i < table.Count; i++)
        {
            var inner = table[i].Row.Edges.Count > 2 ? table[i].Row.Edges.Skip(1).SkipLast(1) : [];
            var above = i > 0 && table[i - 1].Row.Edges.Count > 2 ? table[i - 1].Row.Edges.Skip(1).SkipLast(1).ToList() : [];
            if (i == 0 || !inner.Any(e => above.Any(a => Math.Abs(a - e) <= EdgeTolerance)))
            {
                parts.Add([]);
            }

            parts[^1].Add(table[i]);
        }

        return parts;
    }

    // Spans from the cells' edges against every edge of the table; a cell merged with the one above (at the same left edge)
    // is left out and that one spans one more row, as an HTML rowspan.
    private static List<GridRow> Rows(List<(int Line, List<string> Cells, WordBinary.RowDefinition Row)> table)
    {
        var edges = Columns(table.Where(r => r.Row.Edges.Count == r.Cells.Count + 1).SelectMany(r => r.Row.Edges));
        // Edges that make more columns than any row has cells are widths fitted to each row's content (an autofit table, or
        // one converted from a web page), not merged cells: each cell is then one column.
        var spans = edges.Count - 1 <= table.Max(r => r.Cells.Count);
        var rows = new List<(int Line, List<GridCell> Cells)>();
        var owners = new Dictionary<int, (int Row, int Index)>();
        foreach (var (line, texts, definition) in table)
        {
            var cells = new List<GridCell>();
            var next = new Dictionary<int, (int Row, int Index)>();
            var defined = spans && definition.Edges.Count == texts.Count + 1;
            for (var i = 0; i < texts.Count; i++)
            {
                if (!defined)
                {
                    cells.Add(new GridCell(texts[i]));
                    continue;
                }

                var column = ColumnOf(edges, definition.Edges[i]);
                var span = Math.Max(1, ColumnOf(edges, definition.Edges[i + 1]) - column);
                if (definition.MergedLeft[i] && cells.Count > 0)
                {
                    cells[^1] = cells[^1] with { ColumnSpan = cells[^1].ColumnSpan + span };
                }
                else if (definition.MergedAbove[i] && owners.TryGetValue(column, out var owner))
                {
                    var above = rows[owner.Row].Cells[owner.Index];
                    rows[owner.Row].Cells[owner.Index] = above with { RowSpan = above.RowSpan + 1 };
                    next[column] = owner;
                }
                else
                {
                    cells.Add(new GridCell(texts[i], 1, span));
                    next[column] = (rows.Count, cells.Count - 1);
                }
            }

            owners = next;
            rows.Add((line, cells));
        }

        return [.. rows.Select(r => new GridRow(r.Line, r.Cells))];
    }

    private static List<int> Columns(IEnumerable<int> edges)
    {
        var columns = new List<int>();
        foreach (var edge in edges.Order())
        {
            if (columns.Count == 0 || edge - columns[^1] > EdgeTolerance)
            {
                columns.Add(edge);
            }
        }

        return columns;
    }

    private static int ColumnOf(List<int> columns, int edge)
    {
        var nearest = 0;
        for (var i = 1; i < columns.Count; i++)
        {
            if (Math.Abs(columns[i] - edge) < Math.Abs(columns[nearest] - edge))
            {
                nearest = i;
            }
        }

        return nearest;
    }

    private static ImportSource Broken(string file, string zh, string en) =>
        ImportSource.Unreadable(file, ProvenanceMethod.ImportedDoc, " Word 文件", "Word file", zh, en);
}
