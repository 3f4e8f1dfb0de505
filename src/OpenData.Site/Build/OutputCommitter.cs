namespace OpenData.Site;

/// <summary>Writes the built site to a staging folder beside the output and swaps it in only when everything was written.</summary>
internal static class OutputCommitter
{
    public static void Commit(SiteFiles files, string output)
    {
        var target = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var staging = target + ".staging";
        var old = target + ".previous";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        foreach (var (path, content) in files.All())
        {
            var file = Path.Combine(staging, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
        }

        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
