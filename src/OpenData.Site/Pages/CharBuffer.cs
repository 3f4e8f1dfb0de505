using System.Text;
using System.Text.Encodings.Web;

namespace OpenData.Site;

/// <summary>A <see cref="TextWriter"/> into a reusable array of characters, with the direct (non-virtual) calls
/// <see cref="StaticPageWriter"/> makes for every element, attribute and text.</summary>
internal sealed class CharBuffer : TextWriter
{
    private char[] _chars = new char[64 * 1024];
    private int _length;

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>How many characters were written.</summary>
    public int Length => _length;

    /// <summary>What was written, to be read or changed in place.</summary>
    public Span<char> Text => _chars.AsSpan(0, _length);

    /// <summary>Keeps the first <paramref name="length"/> characters.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length);
        _length = length;
    }

    public void Reset()
    {
        // A rare huge page should not pin its buffer for the rest of the build.
        if (_chars.Length > 4 * 1024 * 1024)
        {
            _chars = new char[64 * 1024];
        }

        _length = 0;
    }

    public override void Write(char value)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    /// <summary>Writes <paramref name="text"/> encoded by <paramref name="encoder"/>: the characters
    /// <see cref="TextEncoder.Encode(TextWriter, string)"/> would write, without going through a writer.</summary>
    public void WriteEncoded(TextEncoder encoder, string text)
    {
        var source = text.AsSpan();
        while (true)
        {
            var status = encoder.Encode(source, _chars.AsSpan(_length), out var consumed, out var written, isFinalBlock: true);
            _length += written;
            if (status == System.Buffers.OperationStatus.Done)
            {
                return;
            }

            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                throw new InvalidOperationException($"the encoder stopped with {status}");
            }

            source = source[consumed..];
            Grow(Math.Max(source.Length * 2, 64));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_length + buffer.Length > _chars.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    /// <summary>Turns every CRLF into LF in place and returns the text.</summary>
    public ReadOnlySpan<char> ReplaceCrLf()
    {
        var text = _chars.AsSpan(0, _length);
        var at = text.IndexOf("\r\n", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var to = at;
        for (var from = at; from < text.Length; from++)
        {
            if (text[from] == '\r' && from + 1 < text.Length && text[from + 1] == '\n')
            {
                continue;
            }

            text[to++] = text[from];
        }

        _length = to;
        return _chars.AsSpan(0, to);
    }

    private void Grow(int needed)
    {
        var bigger = new char[Math.Max(_chars.Length * 2, _length + needed)];
        _chars.AsSpan(0, _length).CopyTo(bigger);
        _chars = bigger;
    }
}
