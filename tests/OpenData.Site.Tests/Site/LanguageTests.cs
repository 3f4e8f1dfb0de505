using System.Globalization;

namespace OpenData.Site.Tests.Build;

public sealed class LanguageTests
{
    [Fact]
    public void T_formats_only_the_text_of_its_language_and_works_out_only_its_holes()
    {
        var worked = new List<string>();
        string Hole(string text)
        {
            worked.Add(text);
            return text;
        }

        var zh = Language.Chinese.T($"{Hole("中")}文", $"{Hole("Eng")}lish");
        var en = Language.English.T($"{Hole("中")}文", $"{Hole("Eng")}lish");

        Assert.Equal(("中文", "English"), (zh, en));
        Assert.Equal(["中", "Eng"], worked);
    }

    [Fact]
    public void T_with_one_interpolated_text_picks_as_with_plain_texts()
    {
        var n = 1234.5m;

        Assert.Equal("共 1234.5 件", Language.Chinese.T($"共 {n} 件", "1234.5 in all"));
        Assert.Equal("1234.5 in all", Language.English.T($"共 {n} 件", "1234.5 in all"));
        Assert.Equal("共", Language.Chinese.T("共", $"{n:0.0} in all"));
        Assert.Equal("1234.5 in all", Language.English.T("共", $"{n:0.0} in all"));
    }

    [Fact]
    public void An_interpolated_text_is_formatted_as_a_plain_interpolated_string_in_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var value = 1234.5m;
            var day = new DateOnly(2024, 3, 31);

            Assert.Equal($"{value} {day} {value,10:0.00}|{value,-8}|", Language.English.T("", $"{value} {day} {value,10:0.00}|{value,-8}|"));
            Assert.Equal($"{value} {day}", Language.Chinese.T($"{value} {day}", ""));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
