using System.Globalization;
using CsCheck;

namespace OpenData.Site.Tests.Import;

/// <summary>Random valid reports of a form, each cell a value of its kind shared by the round-trip tests of every format.</summary>
internal static class RandomReports
{
    public static Gen<Report> Of(Form form, int year) =>
        Gen.Long[0, long.MaxValue].Array[form.Indicators.Count]
            .Select(random => new Report("prop", year, form.Id, form.Indicators.Select((i, n) => (i.Code, Value: ValueOf(i, random[n]))).ToDictionary(p => p.Code, p => p.Value)));

    /// <summary>A fixed fictional report: every cell a value of its kind, made from its position, every seventh blank.</summary>
    public static Report Fixed(Form form, int year) =>
        new("fixed", year, form.Id, form.Indicators.Select((i, n) => (i.Code, Value: ValueOf(i, n % 7 == 0 ? 8 : (n * 7919L) + 1))).ToDictionary(p => p.Code, p => p.Value));

    /// <summary>Asserts that the imported report has the printed report's form, year and every cell (number, unit, raw text).</summary>
    public static void AssertSameCells(Report printed, Report imported, string context)
    {
        Assert.Equal(printed.Form, imported.Form);
        Assert.Equal(printed.Year, imported.Year);
        foreach (var indicator in printed.FormDefinition!.Indicators)
        {
            var expected = printed.Value(indicator.Code);
            var actual = imported.Value(indicator.Code);
            Assert.True(expected.Number == actual.Number && expected.Unit == actual.Unit && expected.Raw == actual.Raw,
                $"{indicator.Code}: printed {expected}, imported {actual}\n{context}");
        }
    }

    // One random number per cell becomes a value of the cell's kind: blank, zero, count, signed change, decimal amount or amount with its unit.
    private static ReportValue ValueOf(Indicator indicator, long r)
    {
        if (r % 8 == 0)
        {
            return ReportValue.Blank;
        }

        return indicator.Kind switch
        {
            ValueKind.SignedChange => ReportValue.Of((r % 1001) - 500),
            ValueKind.Amount when indicator.Unit is null => new ReportValue(r % 10_000_000_000 / 100m, "元", (r % 10_000_000_000 / 100m).ToString(CultureInfo.InvariantCulture) + "元"),
            ValueKind.Amount => ReportValue.Of(r % 100_000_000_000 / 1_000_000m),
            _ => ReportValue.Of(r % 3 == 0 ? 0 : r % 200_000),
        };
    }
}
