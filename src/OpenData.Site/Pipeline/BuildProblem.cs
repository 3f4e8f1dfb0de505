namespace OpenData.Site;

/// <summary>Why a build cannot go on: a message naming the file and the place in it, like a compiler error.</summary>
internal sealed record BuildProblem(string File, string? Place, string Message)
{
    public override string ToString() => Place is null ? $"{File}: error: {Message}" : $"{File}: {Place}: error: {Message}";
}
