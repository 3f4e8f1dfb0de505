namespace OpenData.Site;

/// <summary>Why a build cannot go on, or (<paramref name="IsWarning"/>) what it did that its author should know: a
/// message naming the file and the place in it, like a compiler's.</summary>
internal sealed record BuildProblem(string File, string? Place, string Message, bool IsWarning = false)
{
    public override string ToString() =>
        Place is null ? $"{File}: {Kind}: {Message}" : $"{File}: {Place}: {Kind}: {Message}";

    private string Kind => IsWarning ? "warning" : "error";
}
