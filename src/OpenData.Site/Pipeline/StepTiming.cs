namespace OpenData.Site;

/// <summary>How long one build step took.</summary>
internal sealed record StepTiming(string Step, TimeSpan Elapsed);
