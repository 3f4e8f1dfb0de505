using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site;

/// <summary>Writes JSON documents the same way everywhere: indented, readable Chinese, LF line ends.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a document to <paramref name="destination"/> as <see cref="Write(Action{Utf8JsonWriter})"/> gives its text.</summary>
    public static void Write(Stream destination, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(destination, Options))
        {
            write(writer);
        }

        destination.WriteByte((byte)'\n');
    }

    private static readonly JsonWriterOptions ScriptOptions = Options with { Indented = false };

    /// <summary>A document written on one line and made safe inside an HTML <c>&lt;script&gt;</c> element (no <c>&lt;</c>
    /// can open a tag or a comment): the JSON-LD of a page, which every page carries and no one reads in the source, so it
    /// is not indented (a fifth of its bytes).</summary>
    public static string ForScript(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ScriptOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
