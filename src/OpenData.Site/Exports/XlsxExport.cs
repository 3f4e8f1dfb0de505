using System.Buffers.Binary;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace OpenData.Site;

/// <summary>Writes XLSX files with SpreadCheetah, a forward-only writer, then stamps every zip entry with a fixed time
/// so the same rows always give the same bytes.</summary>
/// <remarks>
/// <para>The package has one sheet, <c>data</c>: the header <see cref="LongRow.Columns"/>, then one row per
/// <see cref="LongRow"/> (more rows than a sheet holds go on to <c>data-2</c> and so on, see <see cref="SheetRows"/>). Text is an inline string (never a formula, whatever it starts with), the year and the value are
/// numbers, and a blank value is an empty cell. A number is a double in the file, as in every XLSX; the published values
/// have far fewer than its 15 significant digits, so they read back exactly.</para>
/// <para>Nothing else in the package depends on the clock or on chance: it has no document properties
/// (<c>docProps/core.xml</c> would hold the time of writing), relationship ids are numbered, and the one time the zip
/// format has, each entry's DOS time, is patched to 1980-01-01 00:00 after writing (the zip classes take it from the
/// clock and SpreadCheetah has no option for it). Entries are deflated at the fastest level.</para>
/// <para>SpreadCheetah's API is asynchronous; the build writes from <see cref="Parallel"/> loops. The package is written
/// through <see cref="SynchronousStream"/>, whose asynchronous writes are its synchronous ones, so every step completes
/// at once and nothing waits (<see cref="Complete"/>).</para>
/// </remarks>
internal static class XlsxExport
{
    private const string SheetName = "data";

    /// <summary>The most rows a worksheet has in Excel (and in LibreOffice Calc and WPS): 2<sup>20</sup>. A long table
    /// of more (the site-wide file of a few thousand reports: about 160 rows a report) goes on to another sheet,
    /// <c>data-2</c>, with the header again, rather than making a file that Excel opens cut short or not at all.</summary>
    public const int SheetRows = 1_048_576;

    // No document properties: SpreadCheetah's core.xml holds the time of writing, and no reader needs it.
    private static readonly SpreadCheetahOptions Options = new()
    {
        CompressionLevel = SpreadCheetahCompressionLevel.Fastest,
        DocumentProperties = null,
    };

    // The header row is bold, and frozen so it stays in view while scrolling.
    private static readonly WorksheetOptions SheetOptions = new() { FrozenRows = 1 };
    private static readonly Style HeaderStyle = new() { Font = { Bold = true } };

    /// <summary>The rows as an XLSX package (see <see cref="Write"/>).</summary>
    public static byte[] Long(IEnumerable<LongRow> rows)
    {
        using var stream = new MemoryStream();
        Write(rows, stream);
        return stream.ToArray();
    }

    /// <summary>The rows as an XLSX package whose sheets hold at most <paramref name="sheetRows"/> rows each, the header
    /// included: what <see cref="Long(IEnumerable{LongRow})"/> does at <see cref="SheetRows"/>, for tests.</summary>
    internal static byte[] Long(IEnumerable<LongRow> rows, int sheetRows)
    {
        using var stream = new MemoryStream();
        WritePackage(package => WriteSheets(rows, package, sheetRows), stream);
        return stream.ToArray();
    }

    /// <summary>Writes the rows as an XLSX package to <paramref name="destination"/>, from its position on.</summary>
    /// <remarks>The entry times are patched in place, so a destination that can seek and read (a
    /// <see cref="MemoryStream"/>, or a file opened as <see cref="File.Create(string)"/> opens it) gets the package as it
    /// is written; any other stream gets it copied from a memory buffer.</remarks>
    public static void Write(IEnumerable<LongRow> rows, Stream destination)
    {
        if (destination is { CanSeek: true, CanRead: true })
        {
            WritePackage(rows, destination);
            return;
        }

        using var buffer = new MemoryStream();
        WritePackage(rows, buffer);
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    private static void WritePackage(IEnumerable<LongRow> rows, Stream destination) => WritePackage(stream => WriteSheet(rows, stream), destination);

    private static void WritePackage(Action<Stream> writeSheet, Stream destination)
    {
        var start = destination.Position;
        using (var stream = new SynchronousStream(destination))
        {
            writeSheet(stream);
        }

        ZipEntryTimes.Fix(destination, start);
    }

    /// <summary>A table of its own columns as an XLSX package, in the same shape as the long one (one sheet, <c>data</c>,
    /// a bold frozen header): a text cell is an inline string (never a formula), an <see cref="int"/> or
    /// <see cref="decimal"/> a number, <see langword="null"/> an empty cell.</summary>
    public static byte[] Table(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        WritePackage(package =>
        {
            using var spreadsheet = Complete(Spreadsheet.CreateNewAsync(package, Options));
            Complete(spreadsheet.StartWorksheetAsync(SheetName, SheetOptions));
            Complete(spreadsheet.AddHeaderRowAsync([.. header], spreadsheet.AddStyle(HeaderStyle)));
            foreach (var row in rows)
            {
                Complete(spreadsheet.AddRowAsync([.. row.Select(Cell)]));
            }

            Complete(spreadsheet.FinishAsync());
        }, stream);
        return stream.ToArray();
    }

    private static DataCell Cell(object? value) => value switch
    {
        null => new DataCell((string?)null),
        int i => new DataCell(i),
        decimal d => new DataCell(d),
        _ => new DataCell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static void WriteSheet(IEnumerable<LongRow> rows, Stream stream) => WriteSheets(rows, stream, SheetRows);

    /// <summary>Writes the rows on as many sheets as they need, each with the header and at most
    /// <paramref name="sheetRows"/> rows in all (<see cref="SheetRows"/> but in tests): <c>data</c>, then <c>data-2</c>,
    /// <c>data-3</c> …</summary>
    private static void WriteSheets(IEnumerable<LongRow> rows, Stream stream, int sheetRows)
    {
        using var spreadsheet = Complete(Spreadsheet.CreateNewAsync(stream, Options));
        var header = spreadsheet.AddStyle(HeaderStyle);
        var sheets = 0;
        var left = 0;

        // One array for every row: it is filled again only once SpreadCheetah has completed the row before.
        var cells = new DataCell[LongRow.Columns.Length];
        foreach (var row in rows)
        {
            if (left == 0)
            {
                sheets++;
                Complete(spreadsheet.StartWorksheetAsync(sheets == 1 ? SheetName : FormattableString.Invariant($"{SheetName}-{sheets}"), SheetOptions));
                Complete(spreadsheet.AddHeaderRowAsync(LongRow.Columns, header));
                left = sheetRows - 1;
            }

            left--;
            cells[0] = new DataCell(row.Agency);
            cells[1] = new DataCell(row.Year);
            cells[2] = new DataCell(row.Form);
            cells[3] = new DataCell(row.Code);
            cells[4] = new DataCell(row.Label);
            cells[5] = new DataCell(row.Unit);
            cells[6] = new DataCell(row.Value);
            cells[7] = new DataCell(row.Status);
            cells[8] = new DataCell(row.Flag);
            cells[9] = new DataCell(row.LabelEn);
            Complete(spreadsheet.AddRowAsync(cells));
        }

        if (sheets == 0)
        {
            Complete(spreadsheet.StartWorksheetAsync(SheetName, SheetOptions));
            Complete(spreadsheet.AddHeaderRowAsync(LongRow.Columns, header));
        }

        Complete(spreadsheet.FinishAsync());
    }

    /// <summary>Ends a step of SpreadCheetah. Written through a <see cref="SynchronousStream"/>, every step has completed
    /// when it returns; should one not have, waiting for it cannot deadlock: the build has no synchronization context,
    /// and SpreadCheetah continues with <c>ConfigureAwait(false)</c>.</summary>
    private static void Complete(ValueTask step)
    {
        if (step.IsCompleted)
        {
            step.GetAwaiter().GetResult();
        }
        else
        {
            step.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <inheritdoc cref="Complete(ValueTask)"/>
    private static T Complete<T>(ValueTask<T> step) => step.IsCompleted ? step.GetAwaiter().GetResult() : step.AsTask().GetAwaiter().GetResult();

    /// <summary>A stream over another whose asynchronous writes and flushes are its synchronous ones: writing to memory
    /// or to a file buffer is quick, and a thread of the build has nothing else to do meanwhile. A file stream would
    /// otherwise hand each asynchronous write of a buffer to another thread.</summary>
    private sealed class SynchronousStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void WriteByte(byte value) => inner.WriteByte(value);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            inner.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            inner.Flush();
            return Task.CompletedTask;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Sets the DOS time of every entry of a zip package, in its central directory and in its local headers, to
    /// 1980-01-01 00:00 (the earliest DOS time, as the entries had before).</summary>
    /// <remarks>The package is the one the zip classes just wrote, from <c>start</c> to the stream's position: no
    /// comment (so the end record is its last 22 bytes), no ZIP64 (it is far below 4 GiB), and every offset in it is a
    /// position in the stream, as the zip classes write them to a stream that can seek.</remarks>
    private static class ZipEntryTimes
    {
        private const uint EndSignature = 0x06054b50;
        private const uint CentralHeaderSignature = 0x02014b50;
        private const uint LocalHeaderSignature = 0x04034b50;
        private const int EndLength = 22;
        private const int CentralHeaderLength = 46;

        // DOS time 00:00:00 and DOS date 1980-01-01 (year 0 from 1980, month 1, day 1), little-endian.
        private static readonly byte[] FixedTimeAndDate = [0x00, 0x00, 0x21, 0x00];

        public static void Fix(Stream package, long start)
        {
            var end = package.Position;
            Span<byte> record = stackalloc byte[EndLength];
            Read(package, end - EndLength, record);
            Expect(record, EndSignature, "end of central directory");
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
            var directoryLength = BinaryPrimitives.ReadInt32LittleEndian(record[12..]);
            var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
            if (directoryOffset < start || directoryOffset + directoryLength > end - EndLength)
            {
                throw new InvalidDataException("The central directory is not where a package written from the stream's position has it.");
            }

            var directory = new byte[directoryLength];
            Read(package, directoryOffset, directory);
            Span<byte> localSignature = stackalloc byte[4];
            var at = 0;
            for (var entry = 0; entry < entries; entry++)
            {
                var header = directory.AsSpan(at);
                Expect(header, CentralHeaderSignature, "central directory header");
                FixedTimeAndDate.CopyTo(header[12..]);
                var localHeader = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
                Read(package, localHeader, localSignature);
                Expect(localSignature, LocalHeaderSignature, "local file header");
                package.Position = localHeader + 10;
                package.Write(FixedTimeAndDate);
                at += CentralHeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
                    + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            }

            package.Position = directoryOffset;
            package.Write(directory);
            package.Position = end;
        }

        private static void Read(Stream package, long position, Span<byte> bytes)
        {
            package.Position = position;
            package.ReadExactly(bytes);
        }

        private static void Expect(ReadOnlySpan<byte> bytes, uint signature, string what)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes) != signature)
            {
                throw new InvalidDataException($"No {what} where the zip package has it.");
            }
        }
    }
}
