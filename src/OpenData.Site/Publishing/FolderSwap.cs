using System.Runtime.InteropServices;

namespace OpenData.Site;

/// <summary>The two file-system operations an atomic publish needs beyond .NET's: exchanging two folders in one step and
/// hard-linking a file.</summary>
/// <remarks>
/// <para>Linux: <c>renameat2(…, RENAME_EXCHANGE)</c> (kernel 3.15, glibc 2.28) swaps the two names in one step, so a
/// reader of the output folder sees the whole previous site or the whole new one. macOS: <c>renamex_np(…, RENAME_SWAP)</c>
/// does the same.</para>
/// <para>Elsewhere (Windows, or a file system that refuses the exchange, such as some network mounts) the fallback is two
/// renames: the output folder to <c>&lt;output&gt;.previous</c>, then the new site to the output folder. Between them the
/// folder is briefly missing (a reader gets “not found”, never a mix of two builds); a build stopped between them is put
/// right by the next one (<see cref="SiteOutput.Recover"/> renames the previous site back).</para>
/// <para>A file whose link fails (another file system, a file system without hard links) is copied.</para>
/// </remarks>
internal static partial class FolderSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    /// <summary>Swaps the names of two existing folders in one step; <see langword="false"/> when the system or the file
    /// system cannot (then nothing was changed).</summary>
    public static bool TryExchange(string a, string b)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
            }

            if (OperatingSystem.IsMacOS())
            {
                return renamex_np(a, b, RenameSwap) == 0;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // An old C library without the call: the two-rename fallback.
        }

        return false;
    }

    /// <summary>Makes <paramref name="link"/> a second name of <paramref name="existing"/>, or a copy of it where links
    /// cannot be made.</summary>
    /// <exception cref="FileNotFoundException"><paramref name="existing"/> is gone.</exception>
    public static void LinkOrCopy(string existing, string link)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                if (Link(existing, link) == 0)
                {
                    return;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Copied below.
            }
        }

        File.Copy(existing, link);
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "renamex_np", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renamex_np(string from, string to, uint flags);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);
}
