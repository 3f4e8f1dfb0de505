using System.Buffers;
using System.Text;

namespace OpenData;

/// <summary>Explains bytes that are not UTF-8, which is what text pasted from old Chinese Windows tools often is (GBK/GB18030).</summary>
internal static class TextEncodings
{
    public static Finding InvalidUtf8(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var offset = FirstInvalidOffset(bytes);
        var line = 1;
        foreach (var b in bytes[..offset])
        {
            if (b == (byte)'\n')
            {
                line++;
            }
        }

        var gbk = LooksLikeGbk(bytes);
        return new Finding("D-ENC", Severity.Error,
            gbk ? $"文件不是 UTF-8 编码（看起来是 GBK/GB18030），第 {line} 行字节 {offset}；请另存为 UTF-8"
                : $"文件不是有效的 UTF-8 编码，第 {line} 行字节 {offset}",
            gbk ? $"the file is not UTF-8 (it looks like GBK/GB18030) at line {line}, byte {offset}; save it as UTF-8"
                : $"the file is not valid UTF-8 at line {line}, byte {offset}")
        { File = displayPath, Line = line };
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var result = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (result != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    // GBK double-byte characters: a lead byte 0x81–0xFE followed by a trail byte 0x40–0xFE (not 0x7F).
    private static bool LooksLikeGbk(ReadOnlySpan<byte> bytes)
    {
        int pairs = 0, stray = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            if (bytes[i] is >= 0x81 and <= 0xFE && i + 1 < bytes.Length && bytes[i + 1] is >= 0x40 and <= 0xFE and not 0x7F)
            {
                pairs++;
                i++;
            }
            else
            {
                stray++;
            }
        }

        return pairs > 0 && stray == 0;
    }
}
