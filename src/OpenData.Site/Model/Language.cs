namespace OpenData.Site;

/// <summary>A page language: its BCP 47 code and the folder its pages live in.</summary>
internal sealed record Language(string Code, string Prefix)
{
    public static Language Chinese { get; } = new("zh-CN", "");

    public static Language English { get; } = new("en", "en/");

    public bool IsEnglish => Prefix.Length > 0;

    /// <summary>Picks the text for this language.</summary>
    public string T(string zh, string en) => IsEnglish ? en : zh;
}
