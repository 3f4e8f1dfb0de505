using System.Security.Cryptography;

namespace OpenData.Testing;

/// <summary>Every file of a folder with its SHA-256, to compare two folders (or one folder before and after) byte for byte.</summary>
public static class FolderHashes
{
    /// <summary>Relative path (with <c>/</c>) → SHA-256 in lowercase hex, in ordinal path order.</summary>
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
