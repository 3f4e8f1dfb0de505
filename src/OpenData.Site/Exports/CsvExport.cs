using System.Globalization;
using System.Text;
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

    private static readonly CsvWriterOptions NoByteOrderMark = Options with { WriteByteOrderMark = false };

    /// <summary>The columns of the data package's table of every value (<see cref="ObservationRecords"/>): the long
    /// format without the labels, which the codebook (<see cref="Codebook"/>) holds once per form and code.</summary>
    public static readonly string[] ObservationColumns = ["agency", "year", "form", "code", "unit", "value", "status", "flag"];

    private static readonly byte[] ObservationHeader = Write(ObservationColumns, [], byteOrderMark: false);

    /// <summary>Long-format rows as records of the data package's table of every value: no labels, no header, no byte
    /// order mark (data tools read the package; spreadsheets get the XLSX downloads, which keep the labels).</summary>
    public static byte[] ObservationRecords(IEnumerable<LongRow> rows)
    {
        // The cells as Write writes them (text, int, decimal or blank), without boxing them into an object array.
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, NoByteOrderMark, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                writer.WriteField(row.Agency);
                writer.WriteField(row.Year, default);
                writer.WriteField(row.Form);
                writer.WriteField(row.Code);
                writer.WriteField(row.Unit);
                if (row.Value is { } value)
                {
                    writer.WriteField(value, default);
                }
                else
                {
                    writer.WriteField((string?)null);
                }

                writer.WriteField(row.Status);
                writer.WriteField(row.Flag);
                writer.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>Writes the data package's table of every value: its header, then the records in order.</summary>
    public static void WriteObservations(Stream destination, IEnumerable<byte[]> records)
    {
        destination.Write(ObservationHeader);
        foreach (var record in records)
        {
            destination.Write(record);
        }
    }

    /// <summary>The columns of the codebook: every cell of every form, with its labels and units in both languages.</summary>
    public static readonly string[] CodebookColumns = ["form", "code", "label", "label_en", "unit", "unit_en"];

    /// <summary>The codebook of the data package: one row per form and indicator code, in the forms' order, with the label
    /// as printed, its English label and the units; the table of every value refers to it by form and code.</summary>
    public static byte[] Codebook(IEnumerable<Form> forms) =>
        Write(CodebookColumns, forms.SelectMany(form => form.Indicators.Select(i => new object?[] { form.Id, i.Code, i.Label, i.LabelEn, i.Unit, i.UnitEn })), byteOrderMark: false);

    /// <summary>The columns of the data package's table of agencies.</summary>
    public static readonly string[] AgencyColumns = ["agency", "name", "name_en", "level", "parent", "region"];

    /// <summary>The data package's table of agencies: one row per agency in the site's order, its id, its name and English
    /// name as the agency file gives them, its level (as the site shows it in Chinese, empty when it has none), the agency
    /// above it and its region as written there. The table of every value and the rankings name an agency by its id only.</summary>
    public static byte[] Agencies(IEnumerable<Agency> agencies) =>
        Write(AgencyColumns, agencies.Select(a => new object?[] { a.Id, a.Name, a.NameEn, a.Level is { } level ? Display.Level(level, Language.Chinese) : null, a.Parent, a.Region }), byteOrderMark: false);

    private static readonly byte[] SeriesHeader = Write(["year", "value", "status", "flag"], []);

    /// <summary>A chart's data: one row per year with its value and its status, <c>reported</c>, <c>blank</c> (no value:
    /// not reported) or <c>partial</c> (some of the cells the value sums were blank: the value is the sum of the reported
    /// ones, a lower bound, never the whole), and its flag: the rule ids of the findings on the cells of the value,
    /// separated by a space (<c>R-N2</c>), empty when none (see <see cref="ChartSeries.Flags"/>); the bytes
    /// <see cref="Write"/> gives for those rows.</summary>
    /// <remarks>A province has 32,000 of these ten-row files: the header is CsvHelper's, made once, and the rows, whose
    /// cells are numbers and fixed words that never need quoting or escaping, are formatted here (setting up a
    /// CsvHelper writer for each file took a tenth of the chart step's time beyond drawing). A test holds them to
    /// <see cref="Write"/> for any years and values.</remarks>
    public static byte[] Series(IReadOnlyList<string> years, IReadOnlyList<DerivedValue> values, IReadOnlyList<string>? flags = null)
    {
        var rows = new StringBuilder(years.Count * 24);
        for (var i = 0; i < years.Count; i++)
        {
            // Rule ids are letters, digits and hyphens joined by spaces: nothing a CSV cell would quote or escape.
            var flag = flags is not null && i < flags.Count ? flags[i] : "";
            rows.Append(CultureInfo.InvariantCulture, $"{int.Parse(years[i], CultureInfo.InvariantCulture)},{values[i].Known},{Status(values[i])},{flag}\r\n");
        }

        var text = rows.ToString();
        var bytes = new byte[SeriesHeader.Length + Encoding.UTF8.GetByteCount(text)];
        SeriesHeader.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(SeriesHeader.Length));
        return bytes;
    }

    /// <summary>The status of a derived value in a download: <c>reported</c>, <c>partial</c> or <c>blank</c>.</summary>
    public static string Status(DerivedValue value) => value.IsPartial ? "partial" : value.IsBlank ? "blank" : "reported";

    /// <summary>Writes a header and records; cells are text (<see cref="string"/>), numbers (<see cref="int"/>, <see cref="decimal"/>) or blank (<see langword="null"/>).</summary>
    public static byte[] Write(IReadOnlyList<string>? header, IEnumerable<object?[]> records, bool byteOrderMark = true)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, byteOrderMark ? Options : NoByteOrderMark, leaveOpen: true))
        {
            if (header is not null)
            {
                foreach (var name in header)
                {
                    writer.WriteField(name);
                }

                writer.EndRecord();
            }

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
