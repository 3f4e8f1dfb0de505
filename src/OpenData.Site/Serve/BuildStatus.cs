using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Site.Serve;

/// <summary>What open preview pages poll: the generation of the last good build and the error of a failed one.</summary>
internal sealed class BuildStatus
{
    private readonly Lock _lock = new();
    private int _generation;
    private string? _error;

    public int Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    public string? Error
    {
        get
        {
            lock (_lock)
            {
                return _error;
            }
        }
    }

    public void Succeeded()
    {
        lock (_lock)
        {
            _generation++;
            _error = null;
        }
    }

    public void Failed(string message)
    {
        lock (_lock)
        {
            _error = message;
        }
    }

    public string ToJson()
    {
        lock (_lock)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
            {
                writer.WriteStartObject();
                writer.WriteNumber("generation", _generation);
                writer.WriteString("error", _error);
                writer.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
