namespace OpenData.Site.Import;

/// <summary>A report file read into lines of text and table rows, before any form is applied.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Method">How the source was read (text, HTML, PDF, Word, spreadsheet), for the report's provenance.</param>
/// <param name="Notes">Lines starting with <c># </c>: notes about the copy, not report text (text samples only).</param>
/// <param name="Lines">Text lines and table rows in document order.</param>
/// <param name="Problems">Errors found while reading (e.g. a one-cell-per-line table with no header).</param>
internal sealed record ImportSource(string File, ProvenanceMethod Method, IReadOnlyList<SourceLine> Notes, IReadOnlyList<SourceLine> Lines, IReadOnlyList<Finding> Problems)
{
    /// <summary>The table rows, in order.</summary>
    public IEnumerable<SourceRow> Rows => Lines.Where(l => l.Row is not null).Select(l => l.Row!);
}
