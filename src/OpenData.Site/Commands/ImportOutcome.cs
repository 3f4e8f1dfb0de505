using OpenData.Site.Import;

namespace OpenData.Site.Commands;

/// <summary>What importing one file came to, for the table that ends a run of <c>opendata import</c>.</summary>
/// <param name="File">The file as given.</param>
/// <param name="Agency">The agency id written to, or <see langword="null"/> when not known.</param>
/// <param name="Year">The report year, or <see langword="null"/> when not known.</param>
/// <param name="Form">The form recognised, or <see langword="null"/>.</param>
/// <param name="CellsRead">Cells imported with a value (not blank).</param>
/// <param name="Unsure">Cells left blank because they could not be read with certainty.</param>
/// <param name="Findings">Findings of the import and of validation that need attention.</param>
/// <param name="Result">What happened to the data file: written, unchanged, overwritten, or why it was not imported.</param>
/// <param name="Failed">Whether the file was not imported.</param>
internal sealed record ImportOutcome(string File, string? Agency, int? Year, string? Form, int CellsRead, int Unsure, int Findings, string Result, bool Failed)
{
    public static ImportOutcome NotImported(string file, ImportResult result, string reason) =>
        new(file, null, result.Report?.Year, result.Report?.Form, 0, 0, result.Findings.Count, $"not imported ({reason})", true);
}
