using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MiniExcelLibs;
using OpenData.Site.Tests.Build;

namespace OpenData.Site.Tests;

public sealed partial class XlsxExportTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly List<LongRow> Rows =
    [
        Row("=SUM(A1)", 0.1m),
        Row("+1+1", 0.3m),
        Row("-2+3", -15m),
        Row("@cmd|' /C calc'!A0", 1234567.89m),
        Row("文本 <b>&amp;</b>", 99999999.99m),
        Row("  spaced  ", 1.10m),
        Row("blank", null),
        Row("small", 0.0001m),
    ];

    [Fact]
    public void Text_that_looks_like_a_formula_is_an_inline_string_and_reads_back_as_the_same_text()
    {
        var bytes = XlsxExport.Long(Rows);

        var sheet = Part(bytes, "xl/worksheets/sheet1.xml");
        Assert.Empty(sheet.Descendants(Main + "f"));
        var labels = sheet.Descendants(Main + "row").Skip(1).Select(r => r.Elements(Main + "c").ElementAt(4)).ToList();
        Assert.All(labels, c => Assert.Equal("inlineStr", (string?)c.Attribute("t")));
        Assert.Equal(Rows.Select(r => r.Label.Trim()), labels.Select(c => c.Value.Trim()));

        var read = ReadBack(bytes);
        Assert.Equal(Rows.Select(r => r.Label.Trim()), read.Select(r => ((string)r["label"]!).Trim()));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(100)]
    public void Rows_beyond_a_sheets_capacity_go_on_to_further_sheets_each_with_the_header(int sheetRows)
    {
        var bytes = XlsxExport.Long(Rows, sheetRows);

        // Each sheet holds at most sheetRows rows with its header, every sheet but the last is full, and the sheets read
        // back in order are the rows.
        var perSheet = sheetRows - 1;
        var expected = (Rows.Count + perSheet - 1) / perSheet;
        using var stream = new MemoryStream(bytes);
        var names = stream.GetSheetNames();
        Assert.Equal(["data", .. Enumerable.Range(2, expected - 1).Select(i => "data-" + i.ToString(CultureInfo.InvariantCulture))], names);
        var read = new List<string>();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var sheet = Part(bytes, $"xl/worksheets/sheet{i + 1}.xml").Descendants(Main + "row").ToList();
            Assert.Equal(LongRow.Columns, sheet[0].Elements(Main + "c").Select(c => c.Value));
            Assert.Equal(i < names.Count - 1 ? sheetRows : Rows.Count - (perSheet * i) + 1, sheet.Count);
            stream.Position = 0;
            read.AddRange(stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().Select(r => ((string)r["label"]!).Trim()));
        }

        Assert.Equal(Rows.Select(r => r.Label.Trim()), read);
        Assert.Equal(1 << 20, XlsxExport.SheetRows);
    }

    [Fact]
    public void No_rows_is_one_sheet_with_the_header()
    {
        using var stream = new MemoryStream(XlsxExport.Long([]));

        Assert.Equal(["data"], stream.GetSheetNames());
        Assert.Equal(LongRow.Columns, Part(stream.ToArray(), "xl/worksheets/sheet1.xml").Descendants(Main + "row").Single().Elements(Main + "c").Select(c => c.Value));
    }

    [Fact]
    public void Numbers_are_numeric_cells_with_the_published_digits_and_a_blank_is_an_empty_cell()
    {
        var bytes = XlsxExport.Long(Rows);

        var cells = Part(bytes, "xl/worksheets/sheet1.xml").Descendants(Main + "row").Skip(1)
            .Select(r => r.Elements(Main + "c").ToList()).ToList();
        foreach (var (row, c) in Rows.Zip(cells))
        {
            Assert.Null(c[1].Attribute("t"));
            Assert.Equal(row.Year.ToString(CultureInfo.InvariantCulture), c[1].Value);
            Assert.Null(c[6].Attribute("t"));
            Assert.Equal(row.Value, c[6].Value.Length == 0 ? null : decimal.Parse(c[6].Value, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        var read = ReadBack(bytes);
        Assert.Equal(Rows.Select(r => r.Value), read.Select(r => r["value"] is { } v ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : (decimal?)null));
        Assert.Equal(Rows.Select(r => r.Year), read.Select(r => Convert.ToInt32(r["year"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_value_of_the_shipped_reports_is_written_with_its_published_digits()
    {
        var rows = SiteFixture.Model.Reports.SelectMany(LongRow.Of).Where(r => r.Value is not null).ToList();

        var values = Part(XlsxExport.Long(rows), "xl/worksheets/sheet1.xml").Descendants(Main + "row").Skip(1)
            .Select(r => decimal.Parse(r.Elements(Main + "c").ElementAt(6).Value, NumberStyles.Float, CultureInfo.InvariantCulture));

        Assert.Equal(rows.Select(r => r.Value!.Value), values);
    }

    [Fact]
    public void The_package_has_the_parts_of_a_workbook_with_one_sheet_named_data_and_no_document_properties()
    {
        using var zip = new ZipArchive(new MemoryStream(XlsxExport.Long(Rows)));

        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var part = XDocument.Load(stream);
            Assert.DoesNotMatch(IsoDateTime(), part.ToString());
        }

        var bytes = XlsxExport.Long(Rows);
        Assert.Equal(["data"], Part(bytes, "xl/workbook.xml").Descendants(Main + "sheet").Select(s => (string?)s.Attribute("name")));
        var types = Part(bytes, "[Content_Types].xml").Root!;
        XNamespace typesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
        var overrides = types.Elements(typesNamespace + "Override").Select(o => (string)o.Attribute("PartName")!).ToHashSet(StringComparer.Ordinal);
        var defaults = types.Elements(typesNamespace + "Default").Select(d => (string)d.Attribute("Extension")!).ToHashSet(StringComparer.Ordinal);
        Assert.All(zip.Entries.Where(e => e.FullName != "[Content_Types].xml"), e =>
            Assert.True(overrides.Contains("/" + e.FullName) || defaults.Contains(Path.GetExtension(e.FullName).TrimStart('.')), $"no content type for {e.FullName}"));
        Assert.Contains("/xl/worksheets/sheet1.xml", overrides);
    }

    [Fact]
    public void Every_local_header_and_central_directory_entry_has_the_fixed_time_so_two_writes_are_byte_identical()
    {
        var first = XlsxExport.Long(Rows);

        var headers = 0;
        for (var at = 0; BinaryPrimitives.ReadUInt32LittleEndian(first.AsSpan(at)) == 0x04034b50; headers++)
        {
            var local = first.AsSpan(at);
            Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(local[6..]) & 0x08); // sizes in the header, no data descriptor
            Assert.Equal(FixedTimeAndDate, local.Slice(10, 4).ToArray());
            at += 30 + BinaryPrimitives.ReadInt32LittleEndian(local[18..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
        }

        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal(zip.Entries.Count, headers);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(first, XlsxExport.Long(Rows));
    }

    [Fact]
    public void Writing_to_a_file_or_to_a_stream_that_cannot_seek_gives_the_bytes_of_Long()
    {
        var bytes = XlsxExport.Long(Rows);
        var file = Path.Combine(RepoPaths.NewTempFolder(), "data.xlsx");
        using (var stream = File.Create(file))
        {
            XlsxExport.Write(Rows, stream);
        }

        using var forwardOnly = new ForwardOnlyStream();
        XlsxExport.Write(Rows, forwardOnly);

        Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Equal(bytes, forwardOnly.Written.ToArray());
    }

    [Fact]
    public void No_rows_give_a_sheet_with_the_header_alone()
    {
        var cells = Part(XlsxExport.Long([]), "xl/worksheets/sheet1.xml").Descendants(Main + "row").Single().Elements(Main + "c");

        Assert.Equal(LongRow.Columns, cells.Select(c => c.Value));
    }

    // DOS time 00:00:00, DOS date 1980-01-01.
    private static readonly byte[] FixedTimeAndDate = [0x00, 0x00, 0x21, 0x00];

    private static LongRow Row(string label, decimal? value) =>
        new("pingtan", 2025, "national-2021", "s1.x", label, "件", value, value is null ? "blank" : "reported");

    private static XDocument Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static List<IDictionary<string, object?>> ReadBack(byte[] package)
    {
        using var stream = new MemoryStream(package);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoDateTime();

    /// <summary>A stream that can only be written, as a network or compression stream.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
