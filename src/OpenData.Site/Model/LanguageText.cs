using System.Runtime.CompilerServices;

namespace OpenData.Site;

/// <summary>Which language's text a <see cref="LanguageText{TLanguage}"/> is.</summary>
internal interface ITextLanguage
{
    /// <summary>Whether a page in <paramref name="language"/> shows this language's text.</summary>
    public static abstract bool IsShownIn(Language language);
}

/// <summary>The Chinese text of a <see cref="Language.T(LanguageText{InChinese}, LanguageText{InEnglish})"/>.</summary>
internal readonly struct InChinese : ITextLanguage
{
    public static bool IsShownIn(Language language) => !language.IsEnglish;
}

/// <summary>The English text of a <see cref="Language.T(LanguageText{InChinese}, LanguageText{InEnglish})"/>.</summary>
internal readonly struct InEnglish : ITextLanguage
{
    public static bool IsShownIn(Language language) => language.IsEnglish;
}

/// <summary>The text in one language of a <see cref="Language.T(LanguageText{InChinese}, LanguageText{InEnglish})"/>
/// written as an interpolated string: formatted only on a page in that language, so a page never formats the text of
/// the other language (nor works out what goes in it).</summary>
/// <remarks>Formats as an interpolated string made into a <see cref="string"/> does (the current culture), so the text
/// is the same.</remarks>
/// <typeparam name="TLanguage">The language of the text.</typeparam>
[InterpolatedStringHandler]
internal ref struct LanguageText<TLanguage>
    where TLanguage : ITextLanguage
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>The text of a page in <paramref name="language"/>.</summary>
    public LanguageText(int literalLength, int formattedCount, Language language, out bool isWritten)
    {
        isWritten = TLanguage.IsShownIn(language);
        _text = isWritten ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>The text of a page of <paramref name="page"/>.</summary>
    public LanguageText(int literalLength, int formattedCount, PageContext page, out bool isWritten)
        : this(literalLength, formattedCount, page.Language, out isWritten)
    {
    }

    /// <summary>The text of a page of <paramref name="component"/>.</summary>
    public LanguageText(int literalLength, int formattedCount, PageComponent component, out bool isWritten)
        : this(literalLength, formattedCount, component.L, out isWritten)
    {
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) => _text.AppendFormatted(value, alignment, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    /// <summary>The text; called once, and only when it is written.</summary>
    public string ToStringAndClear() => _text.ToStringAndClear();
}
