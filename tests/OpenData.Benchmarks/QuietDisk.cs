using System.Diagnostics;

namespace OpenData.Benchmarks;

/// <summary>Lets the disk write what earlier builds left in memory before the next timed build starts.</summary>
/// <remarks>A build leaves its files (600 MB at 300 × 10) for the kernel to write out within half a minute; a build timed
/// during that shares the processors with the writing (about a second of processor time here) and is slower by chance.
/// Every timed build (this program's, Hugo's, the previous release's, the disk floor) starts after <c>sync</c>, untimed,
/// so each starts on a disk with nothing waiting to be written.</remarks>
internal static class QuietDisk
{
    public static void Wait()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false })!;
        sync.WaitForExit();
    }
}
