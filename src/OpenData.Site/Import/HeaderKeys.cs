namespace OpenData.Site.Import;

/// <summary>A printed header cell as columns are looked up by: its last path segment normalised, and the last two joined
/// where the cell prints the spanning group above the column (<c>行政诉讼 / 未经复议直接起诉 / 维持</c>).</summary>
/// <param name="Both">The last two segments' key, or <see langword="null"/> for a header of one segment.</param>
/// <param name="Last">The last segment's key, or <see langword="null"/> for an empty header.</param>
internal readonly record struct HeaderKeys(string? Both, string? Last)
{
    /// <summary>The keys of a header; normalise a header once and look it up in every table with them.</summary>
    public static HeaderKeys Of(string header)
    {
        var segments = header.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return segments.Length switch
        {
            0 => default,
            1 => new(null, Labels.Normalize(segments[0])),
            _ => new(Labels.Normalize(segments[^2] + segments[^1]), Labels.Normalize(segments[^1])),
        };
    }
}
