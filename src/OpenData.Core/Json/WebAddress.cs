namespace OpenData;

/// <summary>Addresses in data files (source of a report, an agency's website) must be absolute http or https: they become links.</summary>
internal static class WebAddress
{
    public static bool IsValid(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static Finding Invalid(string url, string path) =>
        new("V-URL", Severity.Error,
            $"网址“{url}”无效：只能使用以 http:// 或 https:// 开头的完整网址",
            $"invalid address \"{url}\": use a full http:// or https:// address")
        { Path = path };
}
