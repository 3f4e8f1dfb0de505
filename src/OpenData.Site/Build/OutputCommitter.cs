namespace OpenData.Site;

/// <summary>Writes the built site to a staging folder beside the output and swaps it in only when everything was written.</summary>
internal static class OutputCommitter
{
    /// <summary>Writes the site; returns <see langword="false"/> when the output already held exactly these files and nothing was written.</summary>
    public static bool Commit(SiteFiles files, string output)
    {
        var target = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (IsUnchanged(files, target))
        {
            return false;
        }

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

        return true;
    }

    // The manifest lists the SHA-256 of every other file, so equal manifests and an equal file list mean equal sites:
    // a rebuild with nothing changed rewrites nothing (and a preview server keeps serving the same files).
    private static bool IsUnchanged(SiteFiles files, string target)
    {
        var manifest = Path.Combine(target, Routes.Manifest);
        if (!files.Contains(Routes.Manifest) || !File.Exists(manifest) || !files.Get(Routes.Manifest).AsSpan().SequenceEqual(File.ReadAllBytes(manifest)))
        {
            return false;
        }

        var present = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        return present.SetEquals(files.Paths);
    }
}
