namespace OpenData.Site.Import;

/// <summary>A report file read into lines of text and table rows, before any form is applied.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Method">How the source was read (text, HTML, PDF, Word, spreadsheet), for the report's provenance.</param>
/// <param name="Notes">Lines starting with <c># </c>: notes about the copy, not report text (text samples only).</param>
/// <param name="Lines">Text lines and table rows in document order.</param>
/// <param name="Problems">Errors found while reading (e.g. a one-cell-per-line table with no header).</param>
internal sealed record ImportSource(string File, ProvenanceMethod Method, IReadOnlyList<SourceLine> Notes, IReadOnlyList<SourceLine> Lines, IReadOnlyList<Finding> Problems)
{
    /// <summary>Notes on what reading left out (a page's hidden text), reported with the import's findings.</summary>
    public IReadOnlyList<Finding> Remarks { get; init; } = [];

    /// <summary>The lines where the body shows a picture a table could be printed as (an <c>img</c>, a Word picture): a
    /// table printed as a picture has no text to read, which a failed import then says.</summary>
    public IReadOnlyList<PicturePlace> Pictures { get; init; } = [];

    /// <summary>The page's links to files the report may be published in (a notice page whose report is an attachment),
    /// which a failed import then names.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The table rows, in order.</summary>
    public IEnumerable<SourceRow> Rows => Lines.Where(l => l.Row is not null).Select(l => l.Row!);

    /// <summary>A file that could not be read: no lines, one D-READ error at its first line, "无法读取{kind}：{why}".</summary>
    /// <param name="file">The file as named on the command line.</param>
    /// <param name="method">How it would have been read.</param>
    /// <param name="kindZh">What the file is, in Chinese as it follows 无法读取: a Latin name after a space (" Word 文件").</param>
    /// <param name="kindEn">What the file is, in English (Word file).</param>
    /// <param name="whyZh">What is wrong and what to do, in Chinese.</param>
    /// <param name="whyEn">What is wrong and what to do, in English.</param>
    public static ImportSource Unreadable(string file, ProvenanceMethod method, string kindZh, string kindEn, string whyZh, string whyEn) =>
        new(file, method, [], [], [new Finding("D-READ", Severity.Error, $"无法读取{kindZh}：{whyZh}", $"the {kindEn} cannot be read: {whyEn}") { File = file, Line = 1 }]);

    /// <summary>The source read as the characters printed (<see cref="PrintedCharacters"/>): what was read otherwise is
    /// collected in <paramref name="printed"/>, and the first line holding any of it is returned.</summary>
    public ImportSource AsPrinted(PrintedCharacters printed, out int? firstLine)
    {
        static bool Holds(SourceLine line) => PrintedCharacters.Occur(line.Text) || line.Row is { } row && row.AllCells.Any(PrintedCharacters.Occur);

        SourceLine Read(SourceLine line) => !Holds(line) ? line : line with
        {
            Text = printed.Read(line.Text),
            Row = line.Row is not { } row ? null : row with { Label = printed.Read(row.Label), Cells = [.. row.Cells.Select(printed.Read)] },
        };

        var holding = Notes.Concat(Lines).Where(Holds).ToList();
        firstLine = holding.Count == 0 ? null : holding.Min(l => l.Number);
        return holding.Count == 0 ? this : this with { Notes = [.. Notes.Select(Read)], Lines = [.. Lines.Select(Read)] };
    }
}
