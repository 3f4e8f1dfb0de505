using System.Text.Json.Serialization;

namespace OpenData;

/// <summary>One agency's annual report for one year: its form, its values as published, text and provenance.</summary>
/// <remarks>A list absent from a data file reads as empty, never as null. Stored as <c>data/&lt;agency&gt;/&lt;year&gt;.json</c>. Values are keyed by indicator code; an absent or blank code is not reported.</remarks>
/// <param name="Agency">The agency id (the folder name).</param>
/// <param name="Year">The report year (the statistics period, not the publication year).</param>
/// <param name="Form">The form id, e.g. <c>national-2021</c>.</param>
/// <param name="Values">The values by indicator code, as published.</param>
public sealed record Report(string Agency, int Year, string Form, IReadOnlyDictionary<string, ReportValue> Values)
{
    /// <summary>The JSON Schema the file names in <c>$schema</c>.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }

    /// <summary>The report's title as published, e.g. 平潭综合实验区2025年政府信息公开工作年度报告.</summary>
    public string? Title { get; init; }

    /// <summary>Where the data came from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>The report's text sections (一、总体情况 … 六、其他需要报告的事项), in order.</summary>
    public IReadOnlyList<NarrativeSection> Narrative { get; init => field = value ?? []; } = [];

    /// <summary>Things noticed in the published report that are not data.</summary>
    public IReadOnlyList<Anomaly> Anomalies { get; init => field = value ?? []; } = [];

    /// <summary>Places the import could not settle (cells left blank because they could not be read with certainty, with the text read); absent from the file when there are none.</summary>
    public IReadOnlyList<ImportFinding>? ImportFindings { get; init => field = value is { Count: > 0 } ? value : null; }

    /// <summary>Changes made to this data file after it was first written.</summary>
    public IReadOnlyList<Correction> Corrections { get; init => field = value ?? []; } = [];

    /// <summary>Published inconsistencies accepted on purpose, with reasons.</summary>
    public IReadOnlyList<Acknowledgement> Acknowledged { get; init => field = value ?? []; } = [];

    /// <summary>The form definition, or <see langword="null"/> if <see cref="Form"/> names no known form.</summary>
    [JsonIgnore]
    public Form? FormDefinition => Forms.Find(Form);

    /// <summary>The value of an indicator; <see cref="ReportValue.Blank"/> when it is absent.</summary>
    public ReportValue Value(string code) => Values.TryGetValue(code, out var value) ? value : ReportValue.Blank;

    /// <summary>The number of an indicator, or <see langword="null"/> when it is blank or absent.</summary>
    public decimal? Number(string code) => Values.TryGetValue(code, out var value) ? value.Number : null;
}
