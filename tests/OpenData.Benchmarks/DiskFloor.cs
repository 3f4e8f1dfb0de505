using System.Diagnostics;
using OpenData.Site;

namespace OpenData.Benchmarks;

/// <summary>What writing a built site costs this machine when nothing is computed: the files of a finished output are
/// written again, from memory, into a new folder, with the build's own writer (<see cref="NewFiles"/>), on as many
/// threads as the build uses. No build that writes these files can be quicker.</summary>
/// <remarks>Files are read in batches outside the timed part, so the figure is writing alone.</remarks>
internal static class DiskFloor
{
    private const long BatchBytes = 64L * 1024 * 1024;

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The time to write <paramref name="files"/> (paths relative to <paramref name="from"/>) into
    /// <paramref name="to"/>.</summary>
    public static Figures Measure(string from, string to, IReadOnlyList<string> files)
    {
        using var process = Process.GetCurrentProcess();
        var writer = new NewFiles();
        var wall = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        var kernel = TimeSpan.Zero;
        long bytes = 0;
        var index = 0;
        QuietDisk.Wait();
        while (index < files.Count)
        {
            var batch = new List<(string Path, byte[] Content)>();
            long batchBytes = 0;
            while (index < files.Count && batchBytes < BatchBytes)
            {
                var content = File.ReadAllBytes(Path.Combine(from, files[index]));
                batch.Add((Path.Combine(to, files[index]), content));
                batchBytes += content.Length;
                index++;
            }

            process.Refresh();
            var (cpuBefore, kernelBefore) = (process.TotalProcessorTime, process.PrivilegedProcessorTime);
            var watch = Stopwatch.StartNew();
            Parallel.ForEach(batch, Parallelism, file => writer.Write(file.Path, file.Content));
            wall += watch.Elapsed;
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            kernel += process.PrivilegedProcessorTime - kernelBefore;
            bytes += batchBytes;
        }

        return new Figures(files.Count, bytes, wall, cpu, kernel);
    }

    /// <summary>Every file under <paramref name="folder"/>, relative to it, in ordinal order.</summary>
    public static List<string> FilesOf(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    /// <summary>The files of charts: each SVG and the CSV of the same name beside it.</summary>
    public static List<string> ChartFiles(IReadOnlyList<string> files)
    {
        var all = files.ToHashSet(StringComparer.Ordinal);
        return [.. files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal) && !f.StartsWith("assets", StringComparison.Ordinal))
            .SelectMany(svg => new[] { svg, Path.ChangeExtension(svg, ".csv") })
            .Where(all.Contains)];
    }

    internal readonly record struct Figures(int Files, long Bytes, TimeSpan Wall, TimeSpan Cpu, TimeSpan Kernel)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{Files:N0} files ({Bytes / 1e9:0.00} GB): {Wall.TotalSeconds:0.00} s wall, {Cpu.TotalSeconds:0.00} s CPU ({Kernel.TotalSeconds:0.00} s of it in the kernel)");
    }
}
