namespace OpenData.Site;

/// <summary>A build step found problems that leave nothing sensible to publish; the previous output stays as it was.</summary>
internal sealed class BuildFailedException(IReadOnlyList<BuildProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<BuildProblem> Problems { get; } = problems;
}
