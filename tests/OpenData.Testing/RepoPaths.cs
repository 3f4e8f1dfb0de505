namespace OpenData.Testing;

/// <summary>Where the repository, its data and the shared samples are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    // Above the program (a test assembly, or the benchmarks published to artifacts/benchmarks), else above the current
    // folder (the benchmarks published elsewhere and run from the repository).
    private static readonly Lazy<string> RootPath = new(() =>
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"OpenData.sln is neither above {AppContext.BaseDirectory} nor above {Environment.CurrentDirectory}: run this from the repository");
    });

    /// <summary>The repository root (the folder of OpenData.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shipped data folder.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>The shipped site input folder.</summary>
    public static string Input => Path.Combine(Root, "input");

    /// <summary>The real published reports the tests read: a copy of the project's shared samples kept in the repository (tests/fixtures/samples), so a clone on its own passes.</summary>
    public static string Samples => Path.Combine(Root, "tests", "fixtures", "samples");

    /// <summary>A file of a test project's source folder, e.g. <c>Source("OpenData.Core.Tests", "Golden/x.json")</c>.</summary>
    public static string Source(string project, string relative) => Path.Combine(Root, "tests", project, relative);

    /// <summary>A fresh, empty temporary folder, deleted when the test process ends (see <see cref="TestTemp"/>).</summary>
    public static string NewTempFolder() => TestTemp.NewFolder();

    /// <summary>Copies every file of a folder (recursively) into another, creating it.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
