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
        var parts = cache.GetOrAdd(CsvExport.Parts(records), () => { builds++; return []; });

        Assert.Equal(1, builds);
        Assert.Equal(joined, parts);
        Assert.Equal(CsvExport.Join(records), CsvExport.Parts(records).SelectMany(p => p).ToArray());
    }
}
