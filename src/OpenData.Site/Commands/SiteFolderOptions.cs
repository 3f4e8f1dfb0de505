using System.CommandLine;

namespace OpenData.Site.Commands;

/// <summary>The folder options of the commands that build a site (<c>build</c>, <c>serve</c>): defined once, so names,
/// defaults and help texts cannot differ between them.</summary>
/// <param name="Data">The data folder.</param>
/// <param name="Input">The site input folder.</param>
/// <param name="Output">Where the site is written.</param>
internal sealed record SiteFolderOptions(Option<string> Data, Option<string> Input, Option<string> Output)
{
    public const string DataName = "--data";
    public const string InputName = "--input";
    public const string OutputName = "--output";

    /// <summary>A new set of the options, for one command.</summary>
    public static SiteFolderOptions Create() => new(
        new Option<string>(DataName) { Description = "The data folder", DefaultValueFactory = _ => "data" },
        new Option<string>(InputName) { Description = "The site input folder (site.json, pages/)", DefaultValueFactory = _ => "input" },
        new Option<string>(OutputName) { Description = "Where the site is written", DefaultValueFactory = _ => "output" });
}
