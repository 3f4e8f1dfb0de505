namespace OpenData.Site.Tests.Packaging;

/// <summary>Tests that run <c>dotnet pack</c> or <c>dotnet publish</c> on the repository's projects: one at a time, since
/// each builds OpenData.Core in Release into the same folders.</summary>
[CollectionDefinition(Name)]
public sealed class PackagingGroup
{
    public const string Name = "dotnet pack and publish";
}
