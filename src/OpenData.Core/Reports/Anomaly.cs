namespace OpenData;

/// <summary>Something noticed in the published report that is not data, e.g. a value printed beside a heading row.</summary>
/// <param name="Location">Where it was seen: a row label, a line number or a section.</param>
/// <param name="Text">The text as published.</param>
/// <param name="Note">What it is and why it is not taken as data.</param>
public sealed record Anomaly(string Location, string Text, string Note);
