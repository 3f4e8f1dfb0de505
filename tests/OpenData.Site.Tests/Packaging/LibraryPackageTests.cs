using System.Security.Cryptography;

namespace OpenData.Site.Tests.Packaging;

[Collection(PackagingGroup.Name)]
public sealed class LibraryPackageTests
{
    [Fact]
    public void The_packed_library_restores_into_a_fresh_project_and_validates_a_real_report()
    {
        var feed = DotnetProcess.Pack("OpenData.Core", RepoPaths.NewTempFolder());
        var app = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="opendata-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenData.Core" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using OpenData;

            var loaded = DataFiles.ReadReport(args[0]);
            var result = Validator.Validate(loaded.Value!);
            foreach (var finding in result.Findings.Where(f => f.Rule == "R-N2"))
            {
                Console.WriteLine(finding.MessageZh);
            }

            Console.WriteLine($"indicators: {Forms.National2019.Indicators.Count}");
            """);
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");

        var run = DotnetProcess.Run("dotnet", $"run -- \"{Path.Combine(RepoPaths.Data, "pingtan", "2020.json")}\"", app, 600);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("（七）总计 自然人 20 ≠ 26", run.Output, StringComparison.Ordinal);
        Assert.Contains("indicators: 198", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Packing_twice_gives_byte_identical_packages_with_readme_and_xml_docs()
    {
        var first = DotnetProcess.Pack("OpenData.Core", RepoPaths.NewTempFolder());
        var second = DotnetProcess.Pack("OpenData.Core", RepoPaths.NewTempFolder());

        var a = Path.Combine(first, "OpenData.Core.0.1.0.nupkg");
        var b = Path.Combine(second, "OpenData.Core.0.1.0.nupkg");
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(a)), SHA256.HashData(File.ReadAllBytes(b)));
        using var zip = System.IO.Compression.ZipFile.OpenRead(a);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.Contains("lib/net10.0/OpenData.Core.xml", names);
        Assert.True(File.Exists(Path.Combine(first, "OpenData.Core.0.1.0.snupkg")));
    }
}
