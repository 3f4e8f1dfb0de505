using System.Diagnostics;
using System.Globalization;

namespace OpenData.Testing;

/// <summary>The temporary folders of one test process: all under one root of its own, deleted when the process ends or
/// by the next test process.</summary>
/// <remarks>
/// Site builds make thousands of files, so folders left behind add up fast (runs of the whole suite once left 51 GB in
/// <c>/tmp/opendata-tests</c>). The test runner may stop a test host before it has deleted its root, and a process that
/// is killed cannot clean up at all, so a root is named after its process (id and start time) and the next test process
/// deletes every root whose process is gone: what is left is at most the last run's folders.
/// </remarks>
public static class TestTemp
{
    private static readonly Lazy<string> Current = new(CreateRoot);

    /// <summary>The folder holding every test process's root.</summary>
    public static string Parent { get; } = Path.Combine(Path.GetTempPath(), "opendata-tests");

    /// <summary>This process's root.</summary>
    public static string Root => Current.Value;

    /// <summary>A fresh, empty folder under this process's root.</summary>
    public static string NewFolder()
    {
        var path = Path.Combine(Current.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The name of the root of process <paramref name="id"/>: its id and when it started, or null when it does
    /// not run.</summary>
    /// <remarks>The start is the kernel's (<c>/proc/&lt;id&gt;/stat</c>, in clock ticks since boot), which every process
    /// reads alike; <see cref="Process.StartTime"/> is worked out from the clock each time and differs by some
    /// microseconds from one process to another. Where there is no <c>/proc</c>, a running id is taken as the owner.</remarks>
    public static string? RootName(int id)
    {
        if (Directory.Exists("/proc"))
        {
            try
            {
                // After the command name (in parentheses, and it may hold any character) come the state and 19 more
                // fields; the 20th is the start time.
                var stat = File.ReadAllText($"/proc/{id}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return string.Create(CultureInfo.InvariantCulture, $"{id}-{fields[19]}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return string.Create(CultureInfo.InvariantCulture, $"{id}-0");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Deletes every folder under <see cref="Parent"/> that no running process owns: roots of processes that
    /// ended without cleaning up, and folders of older test runs. Returns how many it deleted.</summary>
    public static int DeleteAbandoned()
    {
        if (!Directory.Exists(Parent))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(Parent))
        {
            if (!IsOwned(Path.GetFileName(folder)) && TryDelete(folder))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static bool IsOwned(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && RootName(id) == name;
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string CreateRoot()
    {
        DeleteAbandoned();
        var root = Path.Combine(Parent, RootName(Environment.ProcessId)!);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    }
}
