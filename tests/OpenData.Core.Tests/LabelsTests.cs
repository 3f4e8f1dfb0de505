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
    public void Normalize_ignores_how_a_copy_prints_the_label(string printed, string expected)
    {
        Assert.Equal(expected, Labels.Normalize(printed));
    }
}
