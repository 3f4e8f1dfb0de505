namespace OpenData.Site.Tests.Packaging;

[Collection(PackagingGroup.Name)]
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_creates_and_builds_a_site()
    {
        var feed = DotnetProcess.Pack("OpenData.Site", RepoPaths.NewTempFolder());
        var tools = RepoPaths.NewTempFolder();
        var work = RepoPaths.NewTempFolder();

        var install = DotnetProcess.Run("dotnet", $"tool install OpenData.Site --version 0.1.0 --tool-path \"{tools}\" --add-source \"{feed}\"", work, 600);
        Assert.True(install.ExitCode == 0, install.Output);
        var opendata = Path.Combine(tools, "opendata");

        var version = DotnetProcess.Run(opendata, "--version", work);
        var created = DotnetProcess.Run(opendata, "new site --agency-id tool-test --agency-name 工具测试机关（示例数据）", work);
        var built = DotnetProcess.Run(opendata, "build --data site/data --input site/input --output site/output", work);

        Assert.True(version.ExitCode == 0, version.Output);
        Assert.StartsWith("0.1.0", version.Output.Trim(), StringComparison.Ordinal);
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.True(built.ExitCode == 0, built.Output);
        Assert.True(File.Exists(Path.Combine(work, "site", "output", "agencies", "tool-test", "index.html")));
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(work, "site", "output"), "*.svg", SearchOption.AllDirectories), _ => true);
    }
}
