using System.Globalization;
using System.Text;

namespace OpenData.Site;

/// <summary>Writes the build's own small text files (its state, the spare folder's record) so that a reader sees the old
/// file or the new one, never a half-written one: the text goes to a temporary file beside it, which is then renamed over it.</summary>
internal static class StateFile
{
    /// <summary>Writes <paramref name="file"/> through <paramref name="write"/> (UTF-8 without a byte order mark, "\n" lines).</summary>
    public static void Write(string file, Action<TextWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            write(writer);
        }

        File.Move(temporary, file, overwrite: true);
    }
}
