namespace OpenData.Site;

/// <summary>Which outside addresses from data files may become links.</summary>
internal static class Links
{
    /// <summary>The address when it is absolute http or https; otherwise <see langword="null"/>, and the page shows it as text.</summary>
    public static string? External(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.OriginalString : null;
}
