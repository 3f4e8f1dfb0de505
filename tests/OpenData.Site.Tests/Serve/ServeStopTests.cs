using System.Diagnostics;
using System.Net.Sockets;

namespace OpenData.Site.Tests.Serve;

/// <summary><c>opendata serve</c> as its user runs it: a process that Ctrl+C (SIGINT) or SIGTERM ends within 2 s, with
/// its port freed, even while a browser holds a connection open.</summary>
public sealed class ServeStopTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_stops_serve_within_two_seconds_and_frees_its_port(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals: Windows has no SIGINT to send to another process.
        }

        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        RepoPaths.CopyFolder(Path.Combine(RepoPaths.Data, "shanggao-county"), Path.Combine(data, "shanggao-county"));
        using var process = CliRunner.Start(root, "serve", "--port", "0", "--data", data, "--input", RepoPaths.Input, "--output", Path.Combine(root, "output"));
        try
        {
            var address = await AddressOf(process);
            // A browser's open page: a kept-alive connection to the server.
            using var client = new HttpClient { BaseAddress = address };
            Assert.Contains("上高县", await client.GetStringAsync("agencies/shanggao-county/"), StringComparison.Ordinal);

            if (signal == "INT" && InterruptIgnoredOnEntry())
            {
                // Started with SIGINT ignored (a background job of a script, nohup), serve keeps it ignored, as POSIX
                // programs do and the .NET runtime does: Ctrl+C of the terminal is not meant for it. SIGTERM still stops it.
                Send(process.Id, "INT");
                Assert.False(process.WaitForExit(1000), "serve started with SIGINT ignored stopped on SIGINT");
                signal = "TERM";
            }

            var watch = Stopwatch.StartNew();
            Send(process.Id, signal);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(wait.Token);
            watch.Stop();

            Assert.True(watch.Elapsed < Limit, $"serve took {watch.Elapsed.TotalSeconds:0.00} s to stop on SIG{signal}");
            Assert.Equal(0, process.ExitCode);
            Assert.False(Listening(address), $"{address} still accepts connections after serve stopped");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<Uri> AddressOf(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("opendata serve: http://", StringComparison.Ordinal))
            {
                return new Uri(line["opendata serve: ".Length..line.IndexOf(' ', "opendata serve: ".Length)]);
            }
        }

        throw new InvalidOperationException("serve ended before it listened: " + await process.StandardError.ReadToEndAsync(timeout.Token));
    }

    // Whether this process (and so serve, which inherits it) started with SIGINT ignored: bit 2 (SIGINT) of SigIgn in
    // /proc/self/status. Elsewhere than Linux, taken as not ignored.
    private static bool InterruptIgnoredOnEntry()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    private static void Send(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static bool Listening(Uri address)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
