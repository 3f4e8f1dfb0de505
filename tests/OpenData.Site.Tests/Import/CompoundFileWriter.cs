using System.Buffers.Binary;
using System.Text;

namespace OpenData.Site.Tests.Import;

/// <summary>Writes a compound file ([MS-CFB], version 3) of one stream in its root storage, as an OLE object's storage
/// around an Office package is (Excel.Sheet.12 embedded in a .doc: its <c>Package</c> stream holds the .xlsx).</summary>
/// <remarks>One FAT sector, one directory sector, the stream in whole sectors after them: streams from 4096 bytes (below
/// that a stream lives in the mini stream, which this does not write) up to 63 KiB.</remarks>
internal static class CompoundFileWriter
{
    private const int Sector = 512;
    private const uint Free = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Write(string stream, byte[] data)
    {
        var sectors = (data.Length + Sector - 1) / Sector;
        if (data.Length < 4096 || sectors > (Sector / 4) - 2)
        {
            throw new ArgumentOutOfRangeException(nameof(data), data.Length, "the writer holds streams of 4096 bytes to 63 KiB");
        }

        var file = new byte[Sector * (3 + sectors)];
        var header = file.AsSpan(0, Sector);
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (i * 4))..], i == 0 ? 0 : Free);
        }

        // Sector 0 is the FAT, sector 1 the directory, sectors 2… the stream.
        var fat = file.AsSpan(Sector, Sector);
        for (var i = 0; i < Sector / 4; i++)
        {
            var next = i switch
            {
                0 => FatSector,
                1 => EndOfChain,
                _ when i - 2 < sectors => i - 2 == sectors - 1 ? EndOfChain : (uint)(i + 1),
                _ => Free,
            };
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], next);
        }

        var directory = file.AsSpan(2 * Sector, Sector);
        Entry(directory[..128], "Root Entry", 5, child: 1, start: EndOfChain, size: 0);
        Entry(directory[128..256], stream, 2, child: Free, start: 2, size: (uint)data.Length);
        Entry(directory[256..384], "", 0, child: Free, start: 0, size: 0);
        Entry(directory[384..512], "", 0, child: Free, start: 0, size: 0);
        data.CopyTo(file.AsSpan(3 * Sector));
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint child, uint start, uint size)
    {
        var encoded = Encoding.Unicode.GetBytes(name);
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(name.Length == 0 ? 0 : encoded.Length + 2));
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], size);
    }
}
