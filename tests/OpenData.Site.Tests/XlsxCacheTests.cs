namespace OpenData.Site.Tests;

public sealed class XlsxCacheTests
{
    [Fact]
    public void The_same_rows_are_built_once_and_served_from_the_cache_with_the_same_bytes()
    {
        var cache = new XlsxCache(RepoPaths.NewTempFolder());
        var rows = LongRow.Of(DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "pingtan", "2025.json")).Value!).ToList();
        var csv = CsvExport.Long(rows);
        var builds = 0;

        var first = cache.GetOrAdd(csv, () => { builds++; return XlsxExport.Long(rows); });
        var second = cache.GetOrAdd(csv, () => { builds++; return XlsxExport.Long(rows); });
        var other = cache.GetOrAdd(CsvExport.Long(rows.Take(10)), () => { builds++; return XlsxExport.Long(rows.Take(10)); });

        Assert.Equal(2, builds);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_csv_given_in_parts_has_the_same_key_as_the_joined_csv()
    {
        var cache = new XlsxCache(RepoPaths.NewTempFolder());
        var reports = new[] { "2024", "2025" }.Select(y => DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "pingtan", y + ".json")).Value!).ToList();
        byte[][] records = [.. reports.Select(r => CsvExport.LongRecords(LongRow.Of(r)))];
        var builds = 0;

        var joined = cache.GetOrAdd(CsvExport.Join(records), () => { builds++; return XlsxExport.Long(reports.SelectMany(LongRow.Of)); });
        using var parts = new MemoryStream();
        cache.WriteTo(parts, CsvExport.Parts(records), _ => builds++);

        Assert.Equal(1, builds);
        Assert.Equal(joined, parts.ToArray());
        Assert.Equal(CsvExport.Join(records), CsvExport.Parts(records).SelectMany(p => p).ToArray());
    }

    [Fact]
    public void A_streamed_package_is_built_in_its_destination_once_then_copied_from_the_cache()
    {
        var cache = new XlsxCache(RepoPaths.NewTempFolder());
        var rows = LongRow.Of(DataFiles.ReadReport(Path.Combine(RepoPaths.Data, "pingtan", "2025.json")).Value!).ToList();
        var csv = CsvExport.Long(rows);
        var builds = 0;
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        cache.WriteTo(first, [csv], destination => { builds++; XlsxExport.Write(rows, destination); });
        cache.WriteTo(second, [csv], destination => { builds++; XlsxExport.Write(rows, destination); });

        Assert.Equal(1, builds);
        Assert.Equal(XlsxExport.Long(rows), first.ToArray());
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(first.ToArray(), cache.GetOrAdd(csv, () => throw new InvalidOperationException("cached")));
    }
}
