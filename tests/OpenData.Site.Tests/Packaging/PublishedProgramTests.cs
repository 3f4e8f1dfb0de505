using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace OpenData.Site.Tests.Packaging;

/// <summary>The program as the README says to publish it: compiled ahead of time, tiering off, and the same site.</summary>
[Collection(PackagingGroup.Name)]
public sealed class PublishedProgramTests
{
    [Fact]
    public void The_published_program_is_precompiled_and_builds_the_demo_byte_for_byte_as_in_process()
    {
        var program = RepoPaths.NewTempFolder();
        var published = DotnetProcess.Run("dotnet", $"publish \"{Path.Combine(RepoPaths.Root, "src", "OpenData.Site")}\" -c Release -o \"{program}\"", RepoPaths.Root, 600);
        Assert.True(published.ExitCode == 0, published.Output);

        using (var pe = new PEReader(File.OpenRead(Path.Combine(program, "OpenData.Site.dll"))))
        {
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "OpenData.Site.dll carries no ReadyToRun code");
        }

        using (var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(program, "OpenData.Site.runtimeconfig.json"))))
        {
            var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
            Assert.False(properties.GetProperty("System.Runtime.TieredCompilation").GetBoolean());
            Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        }

        var work = RepoPaths.NewTempFolder();
        var output = Path.Combine(work, "output");
        var built = DotnetProcess.Run(Path.Combine(program, "OpenData.Site"), $"build --data \"{RepoPaths.Data}\" --input \"{RepoPaths.Input}\" --output \"{output}\"", work);
        Assert.True(built.ExitCode == 0, built.Output);

        var expected = Path.Combine(RepoPaths.NewTempFolder(), "output");
        new BuildPipeline(TimeProvider.System).Run(RepoPaths.Data, RepoPaths.Input, expected, null);
        Assert.Equal(FolderHashes.Of(expected), FolderHashes.Of(output));
    }
}
