namespace OpenData;

/// <summary>A section of the report's text, e.g. 一、总体情况, with its paragraphs and sub-sections.</summary>
/// <param name="Title">The heading as published.</param>
/// <param name="Paragraphs">The paragraphs, in order, as published.</param>
/// <param name="Sections">Sub-sections such as （一）…, in order; empty when there are none.</param>
public sealed record NarrativeSection(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<NarrativeSection>? Sections = null);
