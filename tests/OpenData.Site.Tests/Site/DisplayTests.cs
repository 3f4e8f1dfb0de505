using System.Globalization;

namespace OpenData.Site.Tests.Build;

public sealed class DisplayTests
{
    [Fact]
    public void Numbers_and_years_are_written_as_published_whether_their_text_is_kept_or_made()
    {
        decimal[] numbers = [0m, 1m, 7m, 42m, 999m, 1000m, 12345m, 5.0m, 0.0m, 999.0m, 0.5m, 12.25m, -1m, -0m, -0.0m, decimal.MaxValue];

        foreach (var number in numbers.Concat(Enumerable.Range(0, 1100).Select(i => (decimal)i)))
        {
            Assert.Equal(number.ToString(CultureInfo.InvariantCulture), Display.Number(number));
        }

        Assert.Equal("—", Display.Number(null));
        Assert.Equal("5.0", Display.Number(5.0m));
        foreach (var year in new[] { 1999, 2000, 2008, 2021, 2099, 2100, 2150 })
        {
            Assert.Equal(year.ToString(CultureInfo.InvariantCulture), Display.Year(year));
        }
    }
}
