using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site;

/// <summary>Writes JSON documents the same way everywhere: indented, readable Chinese, LF line ends.</summary>
/// <remarks>A download written for programs more than for people (an agency's years, the whole site) may be written
/// compact instead (<c>indented: false</c>): the same document on one line, a quarter to a third smaller.</remarks>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    private static readonly JsonWriterOptions CompactOptions = Options with { Indented = false };

    /// <summary>The document <paramref name="write"/> writes, with a final line end.</summary>
    /// <param name="write">Writes the document.</param>
    /// <param name="indented">Two-space indentation, one value a line; <see langword="false"/> for the document on one line.</param>
    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Options : CompactOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a document to <paramref name="destination"/> as <see cref="Write(Action{Utf8JsonWriter}, bool)"/> gives its text.</summary>
    /// <param name="destination">Where the document goes.</param>
    /// <param name="write">Writes the document.</param>
    /// <param name="indented">Two-space indentation, one value a line; <see langword="false"/> for the document on one line.</param>
    public static void Write(Stream destination, Action<Utf8JsonWriter> write, bool indented = true)
    {
        using (var writer = new Utf8JsonWriter(destination, indented ? Options : CompactOptions))
        {
            write(writer);
        }

        destination.WriteByte((byte)'\n');
    }

    /// <summary>A document written on one line and made safe inside an HTML <c>&lt;script&gt;</c> element (no <c>&lt;</c>
    /// can open a tag or a comment): the JSON-LD of a page, which every page carries and no one reads in the source, so it
    /// is not indented (a fifth of its bytes).</summary>
    public static string ForScript(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CompactOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
