using System.Security.Cryptography;
using System.Text;

namespace OpenData.Site;

/// <summary>One build at a time in a cache folder (<c>.opendata-cache</c> beside the output folder): a named system
/// mutex, held for the whole build by the thread that runs it and let go when the build ends, however it ends (the
/// system lets go of a dead process's).</summary>
/// <remarks>Two builds of one site at once (a second terminal, <c>opendata serve</c> beside <c>opendata build</c>) staged
/// into the same folder and shared the state and chart packs: both failed, with an internal error naming a staged file
/// that the other had moved. The second now stops at once, with a message, and leaves everything as it was. Not a lock
/// file: the tool turns advisory file locks off (<c>System.IO.DisableFileLocking</c>, Runtime.props), and a file that a
/// killed build left behind would have to be deleted by hand.</remarks>
internal sealed class BuildLock : IDisposable
{
    private readonly Mutex _mutex;

    private BuildLock(Mutex mutex) => _mutex = mutex;

    /// <summary>Takes the lock of the cache folder beside <paramref name="outputFolder"/>, or fails the build with a
    /// message naming the folder when another build holds it.</summary>
    public static BuildLock Acquire(string outputFolder)
    {
        var folder = Path.GetDirectoryName(BuildPipeline.CacheFolder(outputFolder, "state"))!;
        var name = "opendata-build-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..32];
        var mutex = new Mutex(initiallyOwned: false, name);
        bool owned;
        try
        {
            owned = mutex.WaitOne(TimeSpan.Zero);
        }
        catch (AbandonedMutexException)
        {
            // A build that ended without letting go (killed): the lock is this build's now.
            owned = true;
        }

        if (!owned)
        {
            mutex.Dispose();
            throw new BuildFailedException([new BuildProblem(folder, null,
                "another opendata build (or serve) is building this site; wait for it to finish, or build into an output folder elsewhere")]);
        }

        return new BuildLock(mutex);
    }

    public void Dispose()
    {
        _mutex.ReleaseMutex();
        _mutex.Dispose();
    }
}
