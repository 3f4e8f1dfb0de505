using System.Reflection;
using PublicApiGenerator;

namespace OpenData.Tests;

public sealed class PublicApiTests
{
    private static readonly Assembly Core = typeof(Report).Assembly;

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var api = Core.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] });

        Golden.Match(api, RepoPaths.Source("OpenData.Core.Tests", "PublicApi/OpenData.Core.approved.txt"));
    }

    [Fact]
    public void Public_classes_are_sealed_or_static_and_live_in_one_namespace()
    {
        foreach (var type in Core.GetExportedTypes())
        {
            Assert.Equal("OpenData", type.Namespace);
            if (type.IsClass)
            {
                Assert.True(type.IsSealed, $"{type.Name} should be sealed or static");
            }
        }
    }

    [Fact]
    public void Every_public_member_has_xml_documentation()
    {
        var xml = Path.ChangeExtension(Core.Location, ".xml");
        var docs = File.ReadAllText(xml);

        foreach (var type in Core.GetExportedTypes())
        {
            Assert.Contains($"\"T:{type.FullName}\"", docs, StringComparison.Ordinal);
        }
    }
}
