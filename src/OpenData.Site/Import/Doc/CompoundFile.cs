using System.Buffers.Binary;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>Reads the streams of an OLE compound file ([MS-CFB]): the container of Word 97–2003 documents (.doc), WPS
/// documents and Excel 97–2003 workbooks.</summary>
/// <remarks>
/// Only what reading a document needs: the header, the sector allocation tables (FAT with its DIFAT, the mini FAT) and the
/// directory, and a stream of the root storage by name. Every sector number and chain is checked, so a damaged file is an
/// <see cref="InvalidDataException"/>, never a loop or a read outside the file. (The one compound-file reader served here,
/// NPOI 2.4.1, brings System.Drawing.Common 4.7 and SharpZipLib with it for this.)
/// </remarks>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint NoStream = 0xFFFFFFFF;
    private const int HeaderDifatEntries = 109;

    private readonly byte[] _bytes;
    private readonly int _sectorSize;
    private readonly int _miniSectorSize;
    private readonly uint _miniStreamCutoff;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly List<Entry> _entries;
    private readonly byte[] _miniStream;

    // The storage whose streams Stream and RootStreams name: the root, or a storage under it (Storage).
    private readonly uint _storage;

    private CompoundFile(byte[] bytes)
    {
        _bytes = bytes;
        if (bytes.Length < 512 || BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1C)) != 0xFFFE)
        {
            throw new InvalidDataException("no compound file header");
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x20));
        if (sectorShift is not (9 or 12) || miniShift != 6)
        {
            throw new InvalidDataException($"unexpected sector sizes (2^{sectorShift}, 2^{miniShift})");
        }

        _sectorSize = 1 << sectorShift;
        _miniSectorSize = 1 << miniShift;
        _miniStreamCutoff = U32(0x38);
        _fat = ReadFat(U32(0x2C), U32(0x44), U32(0x48));
        var directory = ReadChain(U32(0x30), long.MaxValue, mini: false);
        _entries = [.. Enumerable.Range(0, directory.Length / 128).Select(i => Entry.Read(directory.AsSpan(i * 128, 128)))];
        if (_entries.Count == 0 || _entries[0].Type != 5)
        {
            throw new InvalidDataException("no root storage");
        }

        _miniFat = ToUInts(U32(0x40) == 0 ? [] : ReadChain(U32(0x3C), long.MaxValue, mini: false));
        _miniStream = _entries[0].Start == EndOfChain ? [] : ReadChain(_entries[0].Start, (long)_entries[0].Size, mini: false);
    }

    private CompoundFile(CompoundFile file, uint storage)
    {
        (_bytes, _sectorSize, _miniSectorSize, _miniStreamCutoff, _fat, _miniFat, _entries, _miniStream) =
            (file._bytes, file._sectorSize, file._miniSectorSize, file._miniStreamCutoff, file._fat, file._miniFat, file._entries, file._miniStream);
        _storage = storage;
    }

    /// <summary>Whether <paramref name="bytes"/> start with the compound file signature.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Opens a compound file held in memory.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a readable compound file.</exception>
    public static CompoundFile Open(byte[] bytes)
    {
        try
        {
            return new CompoundFile(bytes);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("the compound file is damaged (a sector outside the file)", e);
        }
    }

    /// <summary>The names of the streams in the root storage (in a storage's view, that storage's).</summary>
    public IReadOnlyList<string> RootStreams => [.. Children().Where(c => c.Entry.Type == 2).Select(c => c.Entry.Name)];

    /// <summary>A storage in the root storage (<c>ObjectPool</c>), as a compound file of its own streams and storages, or
    /// <see langword="null"/>: an embedded object's storage holds the object's file (a workbook's Workbook stream).</summary>
    public CompoundFile? Storage(string name) =>
        Children().FirstOrDefault(c => c.Entry.Type == 1 && string.Equals(c.Entry.Name, name, StringComparison.OrdinalIgnoreCase)) is { Entry: not null } child
            ? new CompoundFile(this, child.Id)
            : null;

    /// <summary>The stream of the root storage named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public byte[]? Stream(string name)
    {
        var entry = Children().Select(c => c.Entry).FirstOrDefault(e => e.Type == 2 && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }

        try
        {
            return entry.Size < _miniStreamCutoff
                ? ReadChain(entry.Start, (long)entry.Size, mini: true)
                : ReadChain(entry.Start, (long)entry.Size, mini: false);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException($"the stream {name} runs past the end of the file", e);
        }
    }

    // A storage's children are one red-black tree of siblings under its child entry.
    private IEnumerable<(uint Id, Entry Entry)> Children()
    {
        var pending = new Stack<uint>([_entries[(int)_storage].Child]);
        var seen = new HashSet<uint>();
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == NoStream || id >= _entries.Count || !seen.Add(id))
            {
                continue;
            }

            var entry = _entries[(int)id];
            yield return (id, entry);
            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }
    }

    private uint[] ReadFat(uint fatSectors, uint firstDifat, uint difatSectors)
    {
        var sectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries && sectors.Count < fatSectors; i++)
        {
            sectors.Add(U32(0x4C + (i * 4)));
        }

        var next = firstDifat;
        for (var d = 0; d < Math.Min(difatSectors, _bytes.Length / _sectorSize) && sectors.Count < fatSectors && next < EndOfChain - 3; d++)
        {
            var offset = Sector(next);
            var perSector = (_sectorSize / 4) - 1;
            for (var i = 0; i < perSector && sectors.Count < fatSectors; i++)
            {
                sectors.Add(U32(offset + (i * 4)));
            }

            next = U32(offset + (perSector * 4));
        }

        var fat = new byte[sectors.Count * _sectorSize];
        for (var i = 0; i < sectors.Count; i++)
        {
            _bytes.AsSpan(Sector(sectors[i]), _sectorSize).CopyTo(fat.AsSpan(i * _sectorSize));
        }

        return ToUInts(fat);
    }

    // A chain of sectors from start, as long as its table says (or size bytes): of the file, or (mini) of the mini stream.
    private byte[] ReadChain(uint start, long size, bool mini)
    {
        var (table, sectorSize, source) = mini ? (_miniFat, _miniSectorSize, _miniStream) : (_fat, _sectorSize, _bytes);
        var data = new MemoryStream();
        var seen = new HashSet<uint>();
        for (var sector = start; sector != EndOfChain && data.Length < size; sector = table[sector])
        {
            if (sector >= table.Length || !seen.Add(sector))
            {
                throw new InvalidDataException($"a broken sector chain (sector {sector})");
            }

            var offset = mini ? MiniSector(sector) : Sector(sector);
            data.Write(source, offset, (int)Math.Min(sectorSize, Math.Min(size - data.Length, source.Length - offset)));
        }

        if (size != long.MaxValue && data.Length < size)
        {
            throw new InvalidDataException($"a stream is shorter than its size ({data.Length} of {size} bytes)");
        }

        return data.ToArray();
    }

    private int Sector(uint sector) => checked((int)((sector + 1) * (long)_sectorSize));

    private int MiniSector(uint sector) => checked((int)(sector * (long)_miniSectorSize));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(offset, 4));

    private static uint[] ToUInts(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }

    private sealed record Entry(string Name, byte Type, uint Left, uint Right, uint Child, uint Start, ulong Size)
    {
        public static Entry Read(ReadOnlySpan<byte> entry)
        {
            var nameLength = Math.Clamp(BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]) - 2, 0, 62);
            return new Entry(
                Encoding.Unicode.GetString(entry[..(nameLength & ~1)]),
                entry[0x42],
                BinaryPrimitives.ReadUInt32LittleEndian(entry[0x44..]),
                BinaryPrimitives.ReadUInt32LittleEndian(entry[0x48..]),
                BinaryPrimitives.ReadUInt32LittleEndian(entry[0x4C..]),
                BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]),
                BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..]) & 0xFFFFFFFF);
        }
    }
}
