using System.Text.RegularExpressions;

namespace OpenData.Site;

/// <summary>Which files of <c>input/assets</c> a site publishes, and how they are named: the one rule the loader and the
/// build's input hashes share.</summary>
/// <remarks>Every file is published under <c>assets/</c> with the same path. Files and folders whose name starts with a
/// dot (<c>.DS_Store</c>, <c>.git</c>) are left out. Names become URLs, so they must be ASCII letters, digits, <c>.</c>,
/// <c>-</c> and <c>_</c>.</remarks>
internal static partial class InputAssets
{
    /// <summary>The folder inside the input folder.</summary>
    public const string FolderName = "assets";

    /// <summary>The files to publish: (name with <c>/</c>, full path), in ordinal order of name; none without the folder.</summary>
    public static IReadOnlyList<(string Name, string File)> Enumerate(string inputFolder)
    {
        var folder = Path.Combine(inputFolder, FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File: f))
            .Where(f => !f.Name.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>Whether a name can be published as it is: every part ASCII letters, digits, <c>.</c>, <c>-</c>, <c>_</c>.</summary>
    public static bool IsValidName(string name) => name.Split('/').All(part => Part().IsMatch(part));

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
