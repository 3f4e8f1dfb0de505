using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace OpenData.Site.Tests.Packaging;

/// <summary>The program as the README says to publish it: self-contained, compiled ahead of time as one composite image
/// with the framework, tiering on (precompiled code called often is compiled again), profile-guided tiering and background
/// garbage collection off, and the same site.</summary>
[Collection(PackagingGroup.Name)]
public sealed class PublishedProgramTests
{
    [Fact]
    public void The_published_program_is_precompiled_and_builds_the_demo_byte_for_byte_as_in_process()
    {
        var program = RepoPaths.NewTempFolder();
        var published = DotnetProcess.Run("dotnet", $"publish \"{Path.Combine(RepoPaths.Root, "src", "OpenData.Site")}\" -c Release -o \"{program}\"", RepoPaths.Root, 600);
        Assert.True(published.ExitCode == 0, published.Output);

        // The precompiled code of the program and of the framework is in one composite image; each assembly points to it.
        Assert.True(File.Exists(Path.Combine(program, "OpenData.Site.r2r.dll")), "no composite image OpenData.Site.r2r.dll");
        foreach (var assembly in new[] { "OpenData.Site.dll", "OpenData.Core.dll", "System.Private.CoreLib.dll", "Microsoft.AspNetCore.Components.dll" })
        {
            using var pe = new PEReader(File.OpenRead(Path.Combine(program, assembly)));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} carries no ReadyToRun header");
        }

        // Self-contained: the runtime is in the folder, not looked up among installed frameworks.
        Assert.True(File.Exists(Path.Combine(program, "libcoreclr.so")) || File.Exists(Path.Combine(program, "coreclr.dll")), "the runtime is not in the folder");

        using (var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(program, "OpenData.Site.runtimeconfig.json"))))
        {
            var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
            Assert.True(properties.GetProperty("System.Runtime.TieredCompilation").GetBoolean());
            Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
            Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
            Assert.False(config.RootElement.GetProperty("runtimeOptions").TryGetProperty("frameworks", out _), "a self-contained program names no shared framework");
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
