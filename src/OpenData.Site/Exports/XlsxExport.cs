using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace OpenData.Site;

/// <summary>Writes XLSX files with MiniExcel, then normalises the package (entry times, generated ids) so the same data
/// always gives the same bytes.</summary>
/// <remarks>MiniExcel reads the rows through a data reader: typed rows would make it compile property getters for every
/// file, and dictionaries cost an allocation a row. A reader has no row count, so the sheet has no (optional)
/// <c>dimension</c> element. Normalising rewrites only the two small parts that carry MiniExcel's random relationship id
/// and stamps every entry with a fixed time; the sheet keeps the compressed bytes MiniExcel wrote (deflate at the
/// fastest level: about 1.5 times the size of the former re-zip at the optimal level, for a fraction of the time).</remarks>
internal static partial class XlsxExport
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(false);

    // MiniExcel's default buffer is 512 Ki characters for every part of the package (about 2.5 MB allocated per part,
    // ten parts per file): a small buffer makes a small file cheap and keeps the buffers off the large object heap.
    private static readonly OpenXmlConfiguration Configuration = new() { BufferSize = 4 * 1024 };

    public static byte[] Long(IEnumerable<LongRow> rows)
    {
        using var stream = new MemoryStream();
        WriteLong(stream, rows);
        return stream.ToArray();
    }

    /// <summary>Writes the XLSX of <paramref name="rows"/> to <paramref name="destination"/>, an empty stream that can be
    /// read and sought (the package is normalised in place), taking the rows one at a time as the sheet is written.</summary>
    public static void WriteLong(Stream destination, IEnumerable<LongRow> rows)
    {
        using (var enumerator = rows.GetEnumerator())
        using (var reader = new LongRowReader(enumerator))
        {
            destination.SaveAs(reader, sheetName: "data", configuration: Configuration);
        }

        Normalise(destination);
    }

    private static void Normalise(Stream package)
    {
        // Update mode copies the compressed bytes of an entry that is not opened, so only the rewritten parts are
        // compressed again; every entry's header gets the fixed time.
        using var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName is "xl/workbook.xml" or "xl/_rels/workbook.xml.rels")
            {
                using var stream = entry.Open();
                string text;
                using (var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
                {
                    text = reader.ReadToEnd();
                }

                var stable = RandomId().Replace(text, m =>
                {
                    if (!ids.TryGetValue(m.Value, out var id))
                    {
                        id = $"R{ids.Count + 1:D4}";
                        ids[m.Value] = id;
                    }

                    return id;
                });
                stream.SetLength(0);
                stream.Write(Utf8.GetBytes(stable));
            }

            entry.LastWriteTime = FixedTime;
        }
    }

    /// <summary>The rows as MiniExcel's data reader: the columns of <see cref="LongRow.Columns"/>, numbers as numbers and
    /// a blank value as an empty cell.</summary>
    private sealed class LongRowReader(IEnumerator<LongRow> rows) : MiniExcelDataReaderBase
    {
        public override int FieldCount => LongRow.Columns.Length;

        public override string GetName(int i) => LongRow.Columns[i];

        public override bool Read() => rows.MoveNext();

        public override object GetValue(int i)
        {
            var row = rows.Current;
            return i switch
            {
                0 => row.Agency,
                1 => row.Year,
                2 => row.Form,
                3 => row.Code,
                4 => row.Label,
                5 => row.Unit,
                6 => row.Value!,
                7 => row.Status,
                _ => throw new ArgumentOutOfRangeException(nameof(i)),
            };
        }
    }

    // MiniExcel names the sheet's relationship with a random GUID-like id (R + 32 hex digits).
    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex RandomId();
}
