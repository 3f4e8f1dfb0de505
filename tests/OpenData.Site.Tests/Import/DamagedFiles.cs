using System.Text;
using CsCheck;
using OpenData.Site.Import;

namespace OpenData.Site.Tests.Import;

/// <summary>Damaged copies of a binary fixture, for the readers of compound files and RTF.</summary>
internal static class DamagedFiles
{
    // Copies of a fixture with a run of bytes overwritten, each read (or, read: null, told to be another format) and
    // imported: a problem found is a D-READ finding, and nothing throws.
    public static void NeverThrow(string fixture, int copies, Func<byte[], ImportSource?> read)
    {
        var original = File.ReadAllBytes(Samples.FixturePath(fixture));
        Gen.Select(Gen.Int[0, original.Length - 1], Gen.Int[1, 64], Gen.Byte).Sample((at, length, value) =>
        {
            var damaged = (byte[])original.Clone();
            damaged.AsSpan(at, Math.Min(length, original.Length - at)).Fill(value);

            if (read(damaged) is not { } source)
            {
                return;
            }

            var result = ReportImporter.Import(source, new ImportOptions("damaged", "示例县人民政府（虚构）", 2019));

            Assert.All(source.Problems, p => Assert.Equal("D-READ", p.Rule));
            Assert.True(result.Failed || result.Report is not null);
        }, iter: copies);
    }

    // The directory entry's name written over in place (same length), so the compound file stays whole.
    public static byte[] Renamed(byte[] file, string from, string to)
    {
        var bytes = (byte[])file.Clone();
        var at = bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(from));
        Assert.True(at >= 0);
        Encoding.Unicode.GetBytes(to).CopyTo(bytes, at);
        return bytes;
    }
}
