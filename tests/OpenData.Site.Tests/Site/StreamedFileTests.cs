namespace OpenData.Site.Tests.Build;

/// <summary>A file written by a callback (the site-wide CSV and XLSX) is recorded, committed and kept like one made in memory.</summary>
public sealed class StreamedFileTests
{
    private static readonly BuildSummary Summary = new(0, 0, 0, 0, 0, 0, 0, 0);
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7 % 251))];

    [Fact]
    public void A_streamed_file_has_the_bytes_hash_and_length_of_the_same_file_made_in_memory()
    {
        var (output, fingerprint) = NewOutput("build 1");
        var sink = new SiteOutput(output, fingerprint, previous: null);

        sink.Group(FileScope.Site, ["memory.bin", "streamed/file.bin"], () => [new SiteFile("memory.bin", Bytes), Streamed("streamed/file.bin")]);
        var state = sink.Commit(Summary);

        Assert.Equal(state.Files["memory.bin"].Sha256, state.Files["streamed/file.bin"].Sha256);
        Assert.Equal(Bytes.Length, state.Files["streamed/file.bin"].Length);
        Assert.Equal(Bytes, File.ReadAllBytes(Path.Combine(output, "streamed", "file.bin")));
        Assert.Equal(Bytes, Streamed("streamed/file.bin").ToArray());
    }

    [Fact]
    public void A_streamed_file_made_again_with_the_same_bytes_is_not_written()
    {
        var (output, state) = BuildOnce();
        var written = File.GetLastWriteTimeUtc(Path.Combine(output, "streamed.bin"));
        Thread.Sleep(50);

        var (_, changed) = NewOutput("build 2", output);
        var second = new SiteOutput(output, changed, state);
        second.Group(FileScope.Site, ["streamed.bin"], () => [Streamed("streamed.bin")]);
        second.Commit(Summary);

        Assert.Equal(1, second.Made);
        Assert.Equal(0, second.Written);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(output, "streamed.bin")));
        Assert.False(Directory.Exists(output + ".staging"));
    }

    [Fact]
    public void A_streamed_file_that_fails_half_written_leaves_the_output_as_it_was()
    {
        var (output, state) = BuildOnce();
        var before = FolderHashes.Of(output);

        var (_, changed) = NewOutput("build 2", output);
        var second = new SiteOutput(output, changed, state);
        Assert.Throws<IOException>(() => second.Group(FileScope.Site, ["streamed.bin"], () => [SiteFile.Streamed("streamed.bin", stream =>
        {
            stream.Write(Bytes.AsSpan(0, 1000));
            throw new IOException("disk full");
        })]));

        Assert.Equal(before, FolderHashes.Of(output));
        SiteOutput.Recover(output);
        Assert.Equal(before, FolderHashes.Of(output));
    }

    private static (string Output, BuildState State) BuildOnce()
    {
        var (output, fingerprint) = NewOutput("build 1");
        var first = new SiteOutput(output, fingerprint, previous: null);
        first.Group(FileScope.Site, ["streamed.bin"], () => [Streamed("streamed.bin")]);
        return (output, first.Commit(Summary));
    }

    // Written in two pieces, as the site-wide CSV is written report by report.
    private static SiteFile Streamed(string path) => SiteFile.Streamed(path, stream =>
    {
        stream.Write(Bytes.AsSpan(0, 1000));
        stream.Write(Bytes.AsSpan(1000));
    });

    private static (string Output, BuildFingerprint Fingerprint) NewOutput(string options, string? output = null)
    {
        var root = RepoPaths.NewTempFolder();
        return (output ?? Path.Combine(root, "output"), BuildFingerprint.Compute(Path.Combine(root, "data"), Path.Combine(root, "input"), options, new DateOnly(2026, 12, 5)));
    }
}
