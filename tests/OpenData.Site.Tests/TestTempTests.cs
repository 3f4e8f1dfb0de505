using System.Diagnostics;

namespace OpenData.Site.Tests;

/// <summary>The tests' temporary folders do not pile up: a root whose process is gone is deleted by the next test
/// process, and a root whose process runs is left alone.</summary>
public class TestTempTests
{
    [Fact]
    public void Folders_of_this_process_are_under_its_own_root_and_survive_a_sweep()
    {
        var folder = TestTemp.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.txt"), "a");

        TestTemp.DeleteAbandoned();

        Assert.Equal(Path.Combine(TestTemp.Parent, TestTemp.RootName(Environment.ProcessId)!), Path.GetDirectoryName(folder));
        Assert.True(File.Exists(Path.Combine(folder, "a.txt")));
    }

    [Fact]
    public void A_process_is_named_alike_by_every_reader_and_not_at_all_once_it_ended()
    {
        Assert.Equal(TestTemp.RootName(Environment.ProcessId), TestTemp.RootName(Environment.ProcessId));
        Assert.StartsWith($"{Environment.ProcessId}-", TestTemp.RootName(Environment.ProcessId), StringComparison.Ordinal);
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        Assert.Null(TestTemp.RootName(ended.Id));
    }

    [Fact]
    public void Roots_of_ended_processes_and_folders_of_the_old_layout_are_deleted()
    {
        _ = TestTemp.Root;
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        var endedRoot = MakeFolder($"{ended.Id}-638000000000000000");
        var oldLayout = MakeFolder(Guid.NewGuid().ToString("N"));
        // A running process (this one) with another start time: the id was reused, the root is not its.
        var reusedId = MakeFolder($"{Environment.ProcessId}-1");

        TestTemp.DeleteAbandoned();

        Assert.False(Directory.Exists(endedRoot));
        Assert.False(Directory.Exists(oldLayout));
        Assert.False(Directory.Exists(reusedId));
        Assert.True(Directory.Exists(TestTemp.Root));
    }

    private static string MakeFolder(string name)
    {
        var path = Path.Combine(TestTemp.Parent, name, "site");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "index.html"), "<!DOCTYPE html>");
        return Path.GetDirectoryName(path)!;
    }
}
