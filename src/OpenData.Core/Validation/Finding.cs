using System.Globalization;
using System.Text;

namespace OpenData;

/// <summary>One result of loading or validating data: a broken rule, a bad file, or a note.</summary>
/// <remarks>Findings never change data: published figures stay as published and the finding is shown beside them.</remarks>
/// <param name="Rule">The rule id: <c>R-*</c> identities, <c>I-*</c> inequalities, <c>X-*</c> cross-year rules,
/// <c>D-*</c> data-file problems, <c>V-*</c> value checks, <c>F-YEAR</c> form and year, <c>C-*</c> completeness, <c>T-*</c> text checks.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="MessageZh">What is wrong, in Chinese, naming the numbers involved.</param>
/// <param name="MessageEn">What is wrong, in English, naming the numbers involved.</param>
public sealed record Finding(string Rule, Severity Severity, string MessageZh, string MessageEn)
{
    /// <summary>The data file concerned, as given when loading (usually relative to the working folder).</summary>
    public string? File { get; init; }

    /// <summary>The place in the file: a JSON path such as <c>$.values["s3.done.nat"]</c>, or <see langword="null"/>.</summary>
    public string? Path { get; init; }

    /// <summary>The line in the file (1-based), when known.</summary>
    public int? Line { get; init; }

    /// <summary>The agency id, when known.</summary>
    public string? Agency { get; init; }

    /// <summary>The report year, when known.</summary>
    public int? Year { get; init; }

    /// <summary>The indicator code the finding is attached to, or <see langword="null"/>.</summary>
    public string? Code { get; init; }

    /// <summary>The values involved, by code (a code of an earlier year ends in <c>@-1</c>); <see langword="null"/> marks a blank.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal?>> Numbers { get; init; } = [];

    /// <summary>The reason given in the data file for accepting this finding, or <see langword="null"/> if it is not acknowledged.</summary>
    public string? Acknowledged { get; init; }

    /// <summary>Whether the finding was accepted on purpose in the data file.</summary>
    public bool IsAcknowledged => Acknowledged is not null;

    /// <summary>Whether the finding makes validation fail: an error that is not acknowledged.</summary>
    public bool IsBlocking => Severity == Severity.Error && !IsAcknowledged;

    /// <summary>The finding as a compiler-style line: <c>file: path: error R-N2: message</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $":{Line}");
            }

            text.Append(": ");
        }

        if (Path is not null)
        {
            text.Append(Path).Append(": ");
        }

        text.Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Rule).Append(": ").Append(MessageZh);
        if (!string.Equals(MessageZh, MessageEn, StringComparison.Ordinal))
        {
            text.Append(" | ").Append(MessageEn);
        }

        if (Acknowledged is not null)
        {
            text.Append(" [acknowledged: ").Append(Acknowledged).Append(']');
        }

        return text.ToString();
    }
}
