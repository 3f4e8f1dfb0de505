using System.Globalization;
using Spectre.Console;

namespace OpenData.Site.Commands;

/// <summary>Prints the table that ends an import of several files: one line a file, with what was read and what became of it.</summary>
internal static class ImportTable
{
    public static void Write(TextWriter output, IReadOnlyList<ImportOutcome> outcomes)
    {
        // Plain text without colours or terminal codes, so the table reads the same in a log, a pipe and a terminal.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "file", "agency", "year", "form", "cells read", "unsure", "findings", "result" })
        {
            table.AddColumn(new TableColumn(column));
        }

        foreach (var o in outcomes)
        {
            table.AddRow(
                Markup.Escape(o.File),
                Markup.Escape(o.Agency ?? "—"),
                o.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
                o.Form ?? "—",
                o.CellsRead.ToString(CultureInfo.InvariantCulture),
                o.Unsure.ToString(CultureInfo.InvariantCulture),
                o.Findings.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(o.Result));
        }

        console.Write(table);
        var failed = outcomes.Count(o => o.Failed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count} files: {outcomes.Count - failed} imported ({outcomes.Count(o => !o.Failed && o.Unsure == 0)} with every cell read, {outcomes.Count(o => !o.Failed && o.Unsure > 0)} with unsure cells left blank), {failed} not imported"));
    }
}
