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
}
