namespace OpenData;

/// <summary>What the import of a published report could not settle at one place, kept in the data file with its evidence.</summary>
/// <remarks>
/// A cell the import could not read with certainty is blank (<c>null</c>) in <see cref="Report.Values"/> and named here
/// (rule <c>D-UNSURE</c>), with the text that was read and, where several readings fit, each of them. Nothing here is
/// data: a person who checks the published report fills the cell and removes the entry. <see cref="Validator"/> reports
/// every entry as a warning on its cell, so it is shown wherever the cell is.
/// </remarks>
/// <param name="Rule">The rule id, e.g. <c>D-UNSURE</c> (a cell not read with certainty) or <c>D-LAYOUT</c> (a row printed in another form's layout).</param>
/// <param name="Message">What was not settled and why, in Chinese.</param>
/// <param name="MessageEn">The same in English.</param>
public sealed record ImportFinding(string Rule, string Message, string MessageEn)
{
    /// <summary>The first indicator concerned, or <see langword="null"/> for a finding about the report as a whole.</summary>
    public string? Code { get; init; }

    /// <summary>Every indicator left blank because of this finding (a row's cells), in form order; empty when only <see cref="Code"/> is concerned.</summary>
    public IReadOnlyList<string> Codes { get; init => field = value ?? []; } = [];

    /// <summary>The 1-based line of the source (for a PDF, of its extracted text), when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based page of the source, for a PDF.</summary>
    public int? Page { get; init; }

    /// <summary>The text as read from the source at that place.</summary>
    public string? Evidence { get; init; }

    /// <summary>The readings that fit the text equally well (e.g. <c>69 | 36 | 65</c>), when there were several.</summary>
    public IReadOnlyList<string> Candidates { get; init => field = value ?? []; } = [];
}
