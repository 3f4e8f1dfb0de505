using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenData;

/// <summary>Turns System.Text.Json exceptions into findings with a JSON path and a line.</summary>
internal static partial class JsonErrors
{
    public static Finding ToFinding(JsonException e, string displayPath)
    {
        var message = PathSuffix().Replace(e.Message, "").Trim();
        message = StripTypeNames(message);
        return new Finding("D-JSON", Severity.Error, $"JSON 格式错误：{message}", $"invalid JSON: {message}")
        {
            File = displayPath,
            Path = string.IsNullOrEmpty(e.Path) ? "$" : BracketQuotes().Replace(e.Path, "[\"$1\"]"),
            Line = e.LineNumber is { } line ? (int)line + 1 : null,
        };
    }

    // System.Text.Json names .NET types in its messages; data-file authors need JSON words.
    private static string StripTypeNames(string message) =>
        message
            .Replace("System.Collections.Generic.IReadOnlyDictionary`2[System.String,OpenData.ReportValue]", "object", StringComparison.Ordinal)
            .Replace("System.Collections.Generic.IReadOnlyList`1", "array", StringComparison.Ordinal)
            .Replace("System.Int32", "integer", StringComparison.Ordinal)
            .Replace("System.String", "string", StringComparison.Ordinal)
            .Replace("OpenData.", "", StringComparison.Ordinal);

    // System.Text.Json writes $.values['a.b']; findings use the one form $.values["a.b"] everywhere.
    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex BracketQuotes();

    [GeneratedRegex(@"\s*Path: \S* \| LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$")]
    private static partial Regex PathSuffix();
}
