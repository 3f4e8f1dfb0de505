using System.Globalization;
using CsvHelper;

namespace OpenData.Site;

/// <summary>Writes CSV files: RFC 4180 (CRLF), UTF-8 with a byte order mark so Excel reads Chinese, and text cells that
/// could run as spreadsheet formulas escaped (numbers never are).</summary>
internal static class CsvExport
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Long-format rows as CSV; <paramref name="byteOrderMark"/> is off only for the data package's copies,
    /// which data tools read (Frictionless readers take a byte order mark as part of the first column name).</summary>
    public static byte[] Long(IEnumerable<LongRow> rows, bool byteOrderMark = true) => Write(LongRow.Columns, rows.Select(r => new object?[]
    {
        r.Agency, r.Year, r.Form, r.Code, r.Label, r.Unit, r.Value, r.Status,
    }), byteOrderMark);

    /// <summary>Writes a header and records; cells are text (<see cref="string"/>), numbers (<see cref="int"/>, <see cref="decimal"/>) or blank (<see langword="null"/>).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<object?[]> records, bool byteOrderMark = true)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, byteOrderMark ? Options : Options with { WriteByteOrderMark = false }, leaveOpen: true))
        {
            foreach (var name in header)
            {
                writer.WriteField(name);
            }

            writer.EndRecord();
            foreach (var record in records)
            {
                foreach (var cell in record)
                {
                    switch (cell)
                    {
                        case null:
                            writer.WriteField((string?)null);
                            break;
                        case decimal d:
                            writer.WriteField(d, default);
                            break;
                        case int i:
                            writer.WriteField(i, default);
                            break;
                        default:
                            writer.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture));
                            break;
                    }
                }

                writer.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
