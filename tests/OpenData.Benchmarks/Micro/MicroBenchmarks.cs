using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace OpenData.Benchmarks.Micro;

/// <summary>The <c>micro</c> sub-command: BenchmarkDotNet micro-benchmarks of the hot paths, in process and short.</summary>
/// <remarks>Usage: <c>dotnet run -c Release --project tests/OpenData.Benchmarks -- micro [--filter *Chart*]</c>; any
/// other BenchmarkDotNet argument passes through. Without <c>--filter</c> every benchmark runs (no interactive menu).</remarks>
internal static class MicroBenchmarks
{
    public static void Run(string[] args)
    {
        if (!args.Contains("--filter", StringComparer.Ordinal) && !args.Contains("-f", StringComparer.Ordinal))
        {
            args = [.. args, "--filter", "*"];
        }

        // In process (no generated project to build) and short: a full run takes about a minute on 2 cores.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(500))
            .WithId("InProcessShort");
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "opendata-bench", "micro"))
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args, config);
    }
}
