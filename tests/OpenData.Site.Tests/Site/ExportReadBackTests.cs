using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using CsCheck;
using CsvHelper;
using MiniExcelLibs;

namespace OpenData.Site.Tests.Build;

public sealed class ExportReadBackTests
{
    public static TheoryData<string, int> Reports() => new()
    {
        { "shanggao-county", 2017 },
        { "shanghai-gov-office", 2019 },
        { "pingtan", 2020 },
        { "pingtan", 2025 },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_reports_column_in_its_agency_csv_read_back_with_CsvHelper_is_its_data(string agency, int year)
    {
        var report = SiteFixture.Model.Reports.Single(r => r.Agency == agency && r.Year == year);
        var bytes = SiteFixture.Files.Get(Routes.AgencyCsv(agency));

        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte order mark");
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        var (header, rows) = ReadCsv(bytes);

        // One column per year of the agency's reports, oldest first, after the indicator's columns.
        var years = SiteFixture.Model.ReportsOf(agency).Select(r => r.Year.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([.. AllYearsCsv.Columns, .. years], header);
        var column = header.IndexOf(year.ToString(CultureInfo.InvariantCulture));

        // The rows of the report's form hold its values, in the form's order; a blank is an empty field, never 0.
        var form = report.FormDefinition!;
        var own = rows.Where(r => r[0] == form.Id).ToList();
        Assert.Equal(form.Indicators.Select(i => i.Code), own.Select(r => r[1]));
        foreach (var (indicator, row) in form.Indicators.Zip(own))
        {
            Assert.Equal([indicator.Label, indicator.LabelEn, indicator.Unit ?? ""], row[2..5]);
            var value = report.Value(indicator.Code);
            var expected = value.Number is null ? "" : value.Unit is null ? value.Number.Value.ToString(CultureInfo.InvariantCulture) : value.Raw!;
            Assert.Equal(expected, row[column]);
        }

        Assert.Contains(own, r => r[column] == "0");

        // The rows of the agency's other forms are empty in this year: its report is on its own form.
        Assert.All(rows.Where(r => r[0] != form.Id), r => Assert.Equal("", r[column]));
    }

    [Fact]
    public void A_blank_cell_is_an_empty_field_in_the_agency_csv_never_0()
    {
        var report = SiteFixture.Model.ReportsOf("pingtan").First(r => r.Values.Any(v => v.Value.IsBlank));
        var blank = report.Values.First(v => v.Value.IsBlank).Key;

        var (header, rows) = ReadCsv(SiteFixture.Files.Get(Routes.AgencyCsv("pingtan")));

        var row = rows.Single(r => r[0] == report.Form && r[1] == blank);
        Assert.Equal("", row[header.IndexOf(report.Year.ToString(CultureInfo.InvariantCulture))]);
    }

    [Fact]
    public void A_number_published_with_a_unit_of_its_own_keeps_its_text_as_published_in_the_agency_csv()
    {
        var report = SiteFixture.Model.ReportsOf("shanghai-gov-office").Single();

        var (header, rows) = ReadCsv(SiteFixture.Files.Get(Routes.AgencyCsv("shanghai-gov-office")));

        var row = rows.Single(r => r[1] == "s2v19.procure.amount");
        Assert.Equal("元", report.Value("s2v19.procure.amount").Unit);
        Assert.Equal("", row[4]);
        Assert.Equal("251000元", row[header.IndexOf("2019")]);
    }

    [Fact]
    public void Agency_csvs_are_the_all_years_tables_of_their_pages_row_for_row()
    {
        foreach (var agency in SiteFixture.Model.Agencies)
        {
            var view = AllYearsView.Create(SiteFixture.Model, agency);

            var (_, rows) = ReadCsv(SiteFixture.Files.Get(Routes.AgencyCsv(agency.Id)));

            Assert.Equal(view.Tables.SelectMany(t => t.Form.Indicators.Select(i => (t.Form.Id, i.Code))), rows.Select(r => (r[0], r[1])));
        }

        // 平潭 reported on two forms: the newest first, as on its all-years page, each empty in the other's years.
        var (header, pingtan) = ReadCsv(SiteFixture.Files.Get(Routes.AgencyCsv("pingtan")));
        Assert.Equal([Forms.National2021Id, Forms.National2019Id], pingtan.Select(r => r[0]).Distinct());
        var first2019 = pingtan.First(r => r[0] == Forms.National2019Id);
        Assert.Equal(["", "", "", "", ""], first2019[header.IndexOf("2021")..]);
        Assert.NotEqual(["", ""], first2019[header.IndexOf("2019")..header.IndexOf("2021")]);
    }

    // The header and the records of a CSV, read with CsvHelper.
    private static (List<string> Header, List<string[]> Rows) ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        List<string> header = [.. reader.Headers];
        var rows = new List<string[]>();
        while (reader.Read())
        {
            Assert.Equal(header.Count, reader.FieldCount);
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return (header, rows);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_reports_rows_in_its_agency_xlsx_read_back_with_MiniExcel_equal_the_data(string agency, int year)
    {
        var report = SiteFixture.Model.Reports.Single(r => r.Agency == agency && r.Year == year);
        using var stream = new MemoryStream(SiteFixture.Files.Get(Routes.AgencyXlsx(agency)));

        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Where(row => Convert.ToInt32(row["year"], CultureInfo.InvariantCulture) == year).ToList();

        var indicators = report.FormDefinition!.Indicators;
        Assert.Equal(indicators.Count, rows.Count);
        foreach (var (indicator, row) in indicators.Zip(rows))
        {
            Assert.Equal(indicator.Code, row["code"]);
            Assert.Equal(agency, row["agency"]);
            var number = report.Number(indicator.Code);
            if (number is null)
            {
                Assert.Null(row["value"]);
                Assert.Equal("blank", row["status"]);
            }
            else
            {
                Assert.Equal(number.Value, Convert.ToDecimal(row["value"], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Csv_text_cells_that_look_like_formulas_are_escaped_but_numbers_are_not()
    {
        var bytes = CsvExport.Write(["text", "number"], [["=SUM(A1)", -15m], ["-x", 3m], ["@cmd", null]]);

        using var reader = CsvReader.Create(bytes);
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        Assert.Equal([("'=SUM(A1)", "-15"), ("'-x", "3"), ("'@cmd", "")], rows);
    }

    [Fact]
    public void A_charts_csv_is_what_CsvHelper_writes_for_its_rows()
    {
        var value = Gen.Frequency(
            (1, Gen.Const(DerivedValue.Of(null))),
            (4, Gen.Decimal.Select(d => DerivedValue.Of(d))),
            (2, Gen.Int.Select(i => DerivedValue.Of(i))),
            (1, Gen.Const(DerivedValue.Of(-0.50m))),
            (1, Gen.Int[0, 5000].Select(i => DerivedValue.Of(i) + DerivedValue.Of(null))));
        var flag = Gen.Frequency((3, Gen.Const("")), (1, Gen.Const("R-N2")), (1, Gen.Const("R-N2 X-S2c")), (1, Gen.Const("I-N1")));
        Gen.Select(Gen.Int[1990, 2100], value.Array[0, 14], flag.Array[14]).Sample((first, values, flags) =>
        {
            string[] years = [.. values.Select((_, i) => (first + i).ToString(CultureInfo.InvariantCulture))];

            // The reference: CsvHelper writing every row.
            var reference = CsvExport.Write(["year", "value", "status", "flag"], years.Select((year, i) => new object?[] { int.Parse(year, CultureInfo.InvariantCulture), values[i].Known, values[i].IsPartial ? "partial" : values[i].IsBlank ? "blank" : "reported", flags[i] }));

            Assert.Equal(reference, CsvExport.Series(years, values, flags));
        });
    }

    [Fact]
    public void Every_chart_csv_of_the_test_site_reads_back_as_its_series()
    {
        var charts = RoutePlan.Create(SiteFixture.Model).Charts.Where(c => c.CsvPath is not null).ToList();

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var series = chart.Series();
            var bytes = SiteFixture.Files.Get(chart.CsvPath!);
            Assert.StartsWith("\uFEFFyear,value,status,flag\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            using var reader = CsvReader.Create(bytes);
            var rows = new List<(string, string, string, string)>();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }

            Assert.Equal(
                [.. series.Labels.Select((year, i) => (year, series.Values[i].Known?.ToString(CultureInfo.InvariantCulture) ?? "", series.Values[i].IsPartial ? "partial" : series.Values[i].IsBlank ? "blank" : "reported", series.Flags?[i] ?? ""))],
                rows);
        }
    }

    [Fact]
    public void The_data_package_table_holds_every_value_of_every_report_and_the_codebook_labels_each_of_them()
    {
        var expected = SiteFixture.Model.Reports.SelectMany(r => LongRow.Of(r, SiteFixture.Model)).ToList();
        var bytes = SiteFixture.Files.Get(Routes.PackageCsv(Routes.PackageAll));
        Assert.StartsWith(string.Join(',', CsvExport.ObservationColumns) + "\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        using var reader = CsvReader.Create(bytes);
        var rows = new List<LongRow>();
        while (reader.Read())
        {
            var value = reader.GetString(5);
            rows.Add(new LongRow(reader.GetString(0), int.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3), "",
                reader.GetString(4), value.Length == 0 ? null : decimal.Parse(value, CultureInfo.InvariantCulture), reader.GetString(6), reader.GetString(7)));
        }

        Assert.Equal(expected.Select(r => r with { Label = "", LabelEn = "" }), rows);
        Assert.Contains(rows, r => r.Status == "blank" && r.Value is null);
        Assert.Contains(rows, r => r.Flag.Length > 0);

        // Every form and code of a value is a row of the codebook, with the labels and units of the form.
        var codebookBytes = SiteFixture.Files.Get(Routes.PackageCsv(Routes.PackageCodebook));
        Assert.StartsWith(string.Join(',', CsvExport.CodebookColumns) + "\r\n", System.Text.Encoding.UTF8.GetString(codebookBytes), StringComparison.Ordinal);
        using var codebook = CsvReader.Create(codebookBytes);
        var entries = new Dictionary<(string, string), string[]>();
        while (codebook.Read())
        {
            entries.Add((codebook.GetString(0), codebook.GetString(1)), [.. Enumerable.Range(2, 4).Select(codebook.GetString)]);
        }

        Assert.Equal(Forms.All.Sum(f => f.Indicators.Count), entries.Count);
        foreach (var row in expected.DistinctBy(r => (r.Form, r.Code)))
        {
            var indicator = Forms.Find(row.Form)!.Find(row.Code)!;
            Assert.Equal([indicator.Label, indicator.LabelEn, indicator.Unit ?? "", indicator.UnitEn ?? ""], entries[(row.Form, row.Code)]);
        }
    }

    [Fact]
    public void The_data_packages_tables_name_agencies_by_id_and_its_agencies_table_names_each_once()
    {
        var site = DemoSiteFixture.Model;
        var files = DemoSiteFixture.Files;

        // The table of agencies: every agency once, in the site's order, with its names, level, parent and region.
        var agenciesText = files.Text(Routes.PackageCsv(Routes.PackageAgencies));
        Assert.StartsWith(string.Join(',', CsvExport.AgencyColumns) + "\r\n", agenciesText, StringComparison.Ordinal);
        using var agencies = CsvReader.Create(files.Get(Routes.PackageCsv(Routes.PackageAgencies)));
        var named = new List<string[]>();
        while (agencies.Read())
        {
            named.Add([.. Enumerable.Range(0, CsvExport.AgencyColumns.Length).Select(agencies.GetString)]);
        }

        Assert.Equal(
            site.Agencies.Select(a => new[] { a.Id, a.Name, a.NameEn ?? "", a.Level is { } l ? Display.Level(l, Language.Chinese) : "", a.Parent ?? "", a.Region ?? "" }),
            named);
        Assert.Contains(named, a => a[0] == "pingtan" && a[2] == "Pingtan Comprehensive Experimental Zone");

        // The rankings and the values name an agency by an id of that table, and repeat no name.
        var ids = named.Select(a => a[0]).ToHashSet(StringComparer.Ordinal);
        var rankingsText = files.Text(Routes.PackageCsv(RankingCsv.PackageName));
        Assert.StartsWith("year,measure,rank,agency,value,unit,status,blank_parts,level,level_rank,numerator,denominator\r\n", rankingsText, StringComparison.Ordinal);
        Assert.All(site.Agencies, a => Assert.DoesNotContain(a.Name, rankingsText, StringComparison.Ordinal));
        using var rankings = CsvReader.Create(files.Get(Routes.PackageCsv(RankingCsv.PackageName)));
        var ranked = 0;
        while (rankings.Read())
        {
            Assert.Contains(rankings.GetString(3), ids);
            ranked++;
        }

        Assert.Equal(site.Years.Sum(y => RankedMeasure.All.Sum(m => new RankingView(new AcrossView(y, [.. site.Reports.Where(r => r.Year == y)]), m).Standings(site).Count)), ranked);
        using var values = CsvReader.Create(files.Get(Routes.PackageCsv(Routes.PackageAll)));
        while (values.Read())
        {
            Assert.Contains(values.GetString(0), ids);
        }

        // The data package says so: a foreign key from each to the table of agencies.
        using var package = System.Text.Json.JsonDocument.Parse(files.Get(Routes.DataPackage));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r);
        Assert.Equal(CsvExport.AgencyColumns, resources[Routes.PackageAgencies].GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
        foreach (var table in new[] { Routes.PackageAll, RankingCsv.PackageName })
        {
            var keys = resources[table].GetProperty("schema").GetProperty("foreignKeys").EnumerateArray().ToList();
            Assert.Contains(keys, k => k.GetProperty("reference").GetProperty("resource").GetString() == Routes.PackageAgencies
                && k.GetProperty("fields").EnumerateArray().Single().GetString() == "agency");
        }
    }

    [Fact]
    public void Agency_xlsx_read_back_with_MiniExcel_equals_the_long_rows_of_every_report()
    {
        var agency = "pingtan";
        using var stream = new MemoryStream(SiteFixture.Files.Get(Routes.AgencyXlsx(agency)));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        var expected = SiteFixture.Model.ReportsOf(agency).SelectMany(r => LongRow.Of(r, SiteFixture.Model)).ToList();
        Assert.Contains(expected, r => r.Flag.Length > 0);
        Form report(LongRow row) => Forms.Find(row.Form)!;
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (row, cells) in expected.Zip(rows))
        {
            Assert.Equal(row.Agency, cells["agency"]);
            Assert.Equal(row.Year, Convert.ToInt32(cells["year"], CultureInfo.InvariantCulture));
            Assert.Equal(row.Code, cells["code"]);
            Assert.Equal(row.Label, cells["label"]);
            Assert.Equal(row.Status, cells["status"]);
            Assert.Equal(row.Flag, cells["flag"] as string ?? "");
            Assert.Equal(report(row).Find(row.Code)!.LabelEn, cells["label_en"]);
            Assert.Equal(row.Value, cells["value"] is null ? null : Convert.ToDecimal(cells["value"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Xlsx_packages_carry_no_clock_time_and_no_random_id_so_the_same_rows_give_the_same_bytes()
    {
        var rows = SiteFixture.Model.Reports.SelectMany(LongRow.Of).Take(300).ToList();

        var first = XlsxExport.Long(rows);

        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/worksheets/sheet1.xml");
        foreach (var entry in zip.Entries)
        {
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotMatch(new Regex("R[0-9a-f]{32}"), reader.ReadToEnd());
        }

        Assert.Equal(first, XlsxExport.Long(rows));
    }
}
