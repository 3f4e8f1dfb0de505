using System.Text;
using CsCheck;

namespace OpenData.Tests;

public sealed class PropertyTests
{
    private static readonly Gen<Form> AnyForm = Gen.Int[0, 2].Select(i => Forms.All[i]);

    // Any published value: blank, zero, small or huge counts, negative numbers, decimals with any scale, inline units.
    private static readonly Gen<ReportValue> AnyValue = Gen.Frequency(
        (2, Gen.Const(ReportValue.Blank)),
        (6, Gen.Int[0, 5000].Select(n => ReportValue.Of(n))),
        (1, Gen.Int[-50, -1].Select(n => ReportValue.Of(n))),
        (1, Gen.Decimal[-1_000_000m, 1_000_000m].Select(d => ReportValue.Of(Math.Round(d, 6)))),
        (1, Gen.Long[0, 99_999_999_999].Select(n => new ReportValue(n / 100m, "元", $"{n / 100m}元"))));

    private static readonly Gen<Report> AnyReport =
        from form in AnyForm
        from year in Gen.Int[2010, 2026]
        from values in AnyValue.Array[form.Indicators.Count]
        select new Report("prop", year, form.Id, form.Indicators.Select((i, n) => (i.Code, Value: values[n])).ToDictionary(p => p.Code, p => p.Value));

    [Fact]
    public void Validate_never_throws_on_any_values_of_any_form()
    {
        Gen.Select(AnyReport, AnyReport).Sample((report, previous) =>
        {
            var result = Validator.Validate(report, previous with { Year = report.Year - 1 });

            Assert.All(result.Findings, f => Assert.False(string.IsNullOrEmpty(f.MessageZh)));
        }, iter: 300);
    }

    [Fact]
    public void Json_round_trip_is_lossless_for_any_values()
    {
        AnyReport.Sample(report =>
        {
            var json = DataFiles.Serialize(report);
            var again = DataFiles.ParseReport(Encoding.UTF8.GetBytes(json), "p.json");

            Assert.True(again.IsValid, string.Join("\n", again.Findings));
            Assert.Equal(report.Values.Count, again.Value!.Values.Count);
            Assert.All(report.Values, p => Assert.Equal(p.Value, again.Value.Values[p.Key]));
            Assert.All(report.Values, p => Assert.Equal(p.Value.Number?.Scale, again.Value.Values[p.Key].Number?.Scale));
            Assert.Equal(json, DataFiles.Serialize(again.Value));
        }, iter: 300);
    }

    [Fact]
    public void Blanking_cells_of_a_consistent_report_never_creates_an_error()
    {
        var consistent = ShippedData.Load("pingtan", 2025);
        var codes = consistent.Values.Keys.Order(StringComparer.Ordinal).ToArray();

        Gen.Int[0, codes.Length - 1].Array[1, 30].Sample(picks =>
        {
            var blanked = consistent.With([.. picks.Select(i => (codes[i], (decimal?)null))]);

            var result = Validator.Validate(blanked);

            Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        }, iter: 300);
    }
}
