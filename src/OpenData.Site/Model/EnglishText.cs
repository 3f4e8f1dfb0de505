using System.Runtime.CompilerServices;

namespace OpenData.Site;

/// <summary>The English text of a <see cref="Language.T(ChineseText, EnglishText)"/> written as an interpolated string:
/// formatted only when the language is English, so a page never formats the text of the other language (nor works out
/// what goes in it).</summary>
/// <remarks>Formats as an interpolated string made into a <see cref="string"/> does (the current culture), so the text
/// is the same.</remarks>
[InterpolatedStringHandler]
internal ref struct EnglishText
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>The text of a page in <paramref name="language"/>.</summary>
    public EnglishText(int literalLength, int formattedCount, Language language, out bool isWritten)
    {
        isWritten = language.IsEnglish;
        _text = isWritten ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>The text of a page of <paramref name="page"/>.</summary>
    public EnglishText(int literalLength, int formattedCount, PageContext page, out bool isWritten)
        : this(literalLength, formattedCount, page.Language, out isWritten)
    {
    }

    /// <summary>The text of a page of <paramref name="component"/>.</summary>
    public EnglishText(int literalLength, int formattedCount, PageComponent component, out bool isWritten)
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
