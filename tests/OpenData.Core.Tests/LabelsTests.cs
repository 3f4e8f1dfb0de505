using System.Text;
using CsCheck;

namespace OpenData.Tests;

public sealed class LabelsTests
{
    [Theory]
    [InlineData("１．政府公报公开政府信息数", "1.政府公报公开政府信息数")]
    [InlineData("1、政府公报公开政府信息数", "1.政府公报公开政府信息数")]
    [InlineData("1. 政府公报公开政府信息数", "1.政府公报公开政府信息数")]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("社会公益 组织", "社会公益组织")]
    [InlineData("3.危及“三安全一稳定”", "3.危及三安全一稳定")]
    [InlineData("3.危及\"三安全一稳定\"", "3.危及三安全一稳定")]
    [InlineData("其中：主动公开规范性文件数", "主动公开规范性文件数")]
    [InlineData("其中:涉及国家秘密", "涉及国家秘密")]
    [InlineData("其中：", "")]
    [InlineData("一.概述", "一、概述")]
    [InlineData("①属于国家秘密", "1.属于国家秘密")]
    [InlineData("(1)属于国家秘密", "1.属于国家秘密")]
    [InlineData("⑵其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开")]
    [InlineData("1.申请人无正当理由逾期不补正，行政机关不再处理", "1.申请人无正当理由逾期不补正行政机关不再处理")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理", "1.申请人无正当理由逾期不补正行政机关不再处理")]
    public void Normalize_ignores_how_a_copy_prints_the_label(string printed, string expected)
    {
        Assert.Equal(expected, Labels.Normalize(printed));
    }

    [Theory]
    [InlineData("2019 年上海市人民政府办公厅", "2019年上海市人民政府办公厅")]
    [InlineData("统计时限为 2022 年 1 月 1 日至 2022 年 12 月 31 日", "统计时限为2022年1月1日至2022年12月31日")]
    [InlineData("行政复议 ３６ 起", "行政复议３６起")]
    [InlineData("共 2,602 条", "共2,602条")]
    [InlineData("version 2 of OpenData", "version 2 of OpenData")]
    public void Unspaced_drops_the_spaces_between_Chinese_and_numbers_only(string printed, string expected)
    {
        Assert.Equal(expected, Labels.Unspaced(printed));
    }

    [Fact]
    public void Compatibility_form_is_nfkc_for_every_character()
    {
        for (var c = '\u0000'; c < '\uFFFF'; c++)
        {
            if (!char.IsSurrogate(c))
            {
                var text = c.ToString();
                Assert.Equal(Outcome(() => text.Normalize(NormalizationForm.FormKC)), Outcome(() => Labels.CompatibilityForm(text)));
            }
        }
    }

    // Labels as copies print them: ideographs, ASCII, full-width forms and spaces, with characters ICU must compose or
    // decompose (a combining accent after a letter, ①, ⑵, …, a compatibility ideograph, a no-break space, half-width katakana).
    // The normalised text, or the exception's type where there is none (a noncharacter such as U+FFFE).
    private static string Outcome(Func<string> normalise)
    {
        try
        {
            return normalise();
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    private const string Composed = "\u3000、。《》“”\u0301\u0308①⑵…\uF900\u00A0\uFF76\uFF9Eﬁ\u1100\u1161";

    [Fact]
    public void Compatibility_form_is_nfkc_for_any_label()
    {
        var alphabet = Gen.OneOf(
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Char['\u0020', '\u007E'],
            Gen.Char['\uFF01', '\uFF5E'],
            Gen.Int[0, Composed.Length - 1].Select(i => Composed[i]));
        alphabet.Array[0, 24].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(text.Normalize(NormalizationForm.FormKC), Labels.CompatibilityForm(text)));
    }
}
