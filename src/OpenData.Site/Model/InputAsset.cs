namespace OpenData.Site;

/// <summary>A file of <c>input/assets</c>, published as <c>assets/&lt;Name&gt;</c>.</summary>
/// <param name="Name">Its path inside <c>input/assets</c>, with <c>/</c>, e.g. <c>logo.svg</c> or <c>fonts/site.woff2</c>.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record InputAsset(string Name, byte[] Content);
