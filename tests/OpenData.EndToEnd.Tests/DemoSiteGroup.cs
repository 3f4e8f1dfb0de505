namespace OpenData.EndToEnd.Tests;

/// <summary>All browser tests share one build of the demo site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class DemoSiteGroup : ICollectionFixture<DemoSite>
{
    public const string Name = "demo site";
}
