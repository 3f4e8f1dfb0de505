using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace OpenData.Site;

/// <summary>Writes XLSX files with MiniExcel, then normalises the package (entry times, generated ids) so the same data
/// always gives the same bytes.</summary>
internal static partial class XlsxExport
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Long(IEnumerable<LongRow> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["agency"] = r.Agency,
            ["year"] = r.Year,
            ["form"] = r.Form,
            ["code"] = r.Code,
            ["label"] = r.Label,
            ["unit"] = r.Unit,
            ["value"] = r.Value,
            ["status"] = r.Status,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "data");
        return Normalise(stream.ToArray());
    }

    private static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = input.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return (e.FullName, Text: reader.ReadToEnd());
        }).ToList();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var stable = RandomId().Replace(text, m =>
                {
                    if (!ids.TryGetValue(m.Value, out var id))
                    {
                        id = $"R{ids.Count + 1:D4}";
                        ids[m.Value] = id;
                    }

                    return id;
                });
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(stable);
            }
        }

        return output.ToArray();
    }

    // MiniExcel names relationships with random GUID-like ids (R + 32 hex digits).
    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex RandomId();
}
