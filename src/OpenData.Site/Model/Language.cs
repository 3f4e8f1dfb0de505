using System.Runtime.CompilerServices;

namespace OpenData.Site;

/// <summary>A page language: its BCP 47 code and the folder its pages live in.</summary>
internal sealed record Language(string Code, string Prefix)
{
    public static Language Chinese { get; } = new("zh-CN", "");

    public static Language English { get; } = new("en", "en/");

    public bool IsEnglish => Prefix.Length > 0;

    /// <summary>Picks the text for this language.</summary>
    public string T(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>Picks the text for this language, when a text is an interpolated string: only the text picked is
    /// formatted, and only its holes are worked out (a page's sentences were formatted in both languages for each).</summary>
    public string T([InterpolatedStringHandlerArgument("")] LanguageText<InChinese> zh, [InterpolatedStringHandlerArgument("")] LanguageText<InEnglish> en) =>
        IsEnglish ? en.ToStringAndClear() : zh.ToStringAndClear();

    /// <inheritdoc cref="T(LanguageText{InChinese}, LanguageText{InEnglish})"/>
    public string T([InterpolatedStringHandlerArgument("")] LanguageText<InChinese> zh, string en) => IsEnglish ? en : zh.ToStringAndClear();

    /// <inheritdoc cref="T(LanguageText{InChinese}, LanguageText{InEnglish})"/>
    public string T(string zh, [InterpolatedStringHandlerArgument("")] LanguageText<InEnglish> en) => IsEnglish ? en.ToStringAndClear() : zh;
}
