using CsCheck;

namespace OpenData.Tests;

public sealed class DerivedValueTests
{
    // A published cell as it truly is, and whether the report left it blank: what a blank hides is any count.
    private static readonly Gen<(decimal Value, bool IsBlank)> AnyCell = Gen.Select(
        Gen.Frequency((6, Gen.Int[0, 5000].Select(i => (decimal)i)), (1, Gen.Const(0m)), (1, Gen.Decimal[0m, 100_000m].Select(d => Math.Round(d, 3)))),
        Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))));

    private static readonly Gen<(decimal Value, bool IsBlank)[]> AnyCells = AnyCell.Array[0, 12];

    private static decimal?[] Published((decimal Value, bool IsBlank)[] cells) => [.. cells.Select(c => c.IsBlank ? (decimal?)null : c.Value)];

    private static decimal Truth((decimal Value, bool IsBlank)[] cells) => cells.Sum(c => c.Value);

    [Fact]
    public void A_sum_is_blank_when_every_part_is_partial_when_some_are_and_exact_when_none_are()
    {
        AnyCells.Sample(cells =>
        {
            var sum = DerivedValue.Sum(Published(cells));

            var blanks = cells.Count(c => c.IsBlank);
            Assert.Equal(cells.Length, sum.Parts);
            Assert.Equal(blanks, sum.BlankParts);
            if (blanks == cells.Length)
            {
                Assert.True(sum.IsBlank);
                Assert.False(sum.IsPartial);
                Assert.Null(sum.Known);
            }
            else if (blanks > 0)
            {
                Assert.True(sum.IsPartial);
                Assert.False(sum.IsBlank);
                Assert.Equal(cells.Where(c => !c.IsBlank).Sum(c => c.Value), sum.Known);
                Assert.True(sum.Known <= Truth(cells), "the known parts are a lower bound of the whole");
            }
            else
            {
                Assert.Equal(Truth(cells), sum.Exact);
                Assert.False(sum.IsPartial);
            }
        }, iter: 500);
    }

    [Fact]
    public void A_sum_with_a_blank_part_is_never_a_plain_number()
    {
        AnyCells.Where(cells => cells.Any(c => c.IsBlank)).Sample(cells =>
        {
            var sum = DerivedValue.Sum(Published(cells));

            Assert.Null(sum.Exact);
            Assert.True(sum.IsBlank || sum.IsPartial);
            Assert.DoesNotMatch(@"^\d+(\.\d+)?$", sum.ToString());
        }, iter: 300);
    }

    [Fact]
    public void Sums_of_sums_count_the_same_parts_and_blanks_as_one_sum()
    {
        Gen.Select(AnyCells, AnyCells).Sample((a, b) =>
        {
            var whole = DerivedValue.Sum(Published([.. a, .. b]));

            Assert.Equal(whole, DerivedValue.Sum(Published(a)) + DerivedValue.Sum(Published(b)));
            Assert.Equal(whole, DerivedValue.Sum([DerivedValue.Sum(Published(a)), DerivedValue.Sum(Published(b))]));
        }, iter: 300);
    }

    [Fact]
    public void A_rate_is_exact_only_from_exact_terms_a_lower_bound_from_a_partial_numerator_and_has_no_number_from_a_partial_denominator()
    {
        Gen.Select(AnyCell.Array[1, 4], AnyCell.Array[1, 3]).Sample((numeratorCells, denominatorCells) =>
        {
            var numerator = DerivedValue.Sum(Published(numeratorCells));
            var denominator = DerivedValue.Sum(Published(denominatorCells));

            var rate = DerivedValue.Percent(numerator, denominator);

            Assert.Equal(numerator.Parts + denominator.Parts, rate.Parts);
            Assert.Equal(numerator.BlankParts + denominator.BlankParts, rate.BlankParts);
            if (numerator.IsBlank || denominator.IsBlank)
            {
                Assert.True(rate.IsBlank);
            }
            else if (denominator.IsPartial)
            {
                Assert.True(rate.IsPartial);
                Assert.Null(rate.Known);
            }
            else if (denominator.Exact == 0)
            {
                Assert.Null(rate.Known);
            }
            else if (numerator.IsPartial)
            {
                Assert.True(rate.IsPartial);
                Assert.Null(rate.Exact);
                Assert.True(rate.Known <= Truth(numeratorCells) / denominator.Exact * 100, "a lower bound of the true rate");
            }
            else
            {
                Assert.Equal(Math.Round(numerator.Exact!.Value / denominator.Exact!.Value * 100, 1, MidpointRounding.AwayFromZero), rate.Exact);
            }
        }, iter: 500);
    }

    [Fact]
    public void A_change_from_a_partial_value_is_a_lower_bound_or_has_no_number_and_is_never_exact()
    {
        Gen.Select(AnyCell.Array[1, 4], AnyCell.Array[1, 4]).Sample((currentCells, previousCells) =>
        {
            var current = DerivedValue.Sum(Published(currentCells));
            var previous = DerivedValue.Sum(Published(previousCells));

            var delta = DerivedValue.Difference(current, previous);
            var percent = DerivedValue.PercentChange(current, previous);

            var trueDelta = Truth(currentCells) - Truth(previousCells);
            if (current.IsBlank || previous.IsBlank)
            {
                Assert.True(delta.IsBlank);
                Assert.True(percent.IsBlank);
            }
            else if (previous.IsPartial)
            {
                Assert.True(delta.IsPartial && delta.Known is null);
                Assert.True(percent.IsPartial && percent.Known is null);
            }
            else if (current.IsPartial)
            {
                Assert.True(delta.IsPartial);
                Assert.True(delta.Known <= trueDelta, "a lower bound of the true change");
                Assert.Null(percent.Exact);
                Assert.True(previous.Exact == 0 ? percent.Known is null : percent.Known <= trueDelta / previous.Exact * 100);
            }
            else
            {
                Assert.Equal(trueDelta, delta.Exact);
                Assert.Equal(previous.Exact == 0 ? (decimal?)null : Math.Round(trueDelta / previous.Exact!.Value * 100, 1, MidpointRounding.AwayFromZero), percent.Exact);
            }
        }, iter: 500);
    }

    [Fact]
    public void A_blank_is_never_zero()
    {
        var blank = DerivedValue.Of(null);

        Assert.NotEqual(DerivedValue.Of(0), blank);
        Assert.True(blank.IsBlank);
        Assert.True(default(DerivedValue).IsBlank);
        Assert.Equal(DerivedValue.Of(5), DerivedValue.Of(5) + default(DerivedValue));
        Assert.True((DerivedValue.Of(5) + blank).IsPartial);
        Assert.True(DerivedValue.Percent(DerivedValue.Of(5), blank).IsBlank);
        Assert.Equal("≥ 5 (1 of 2 parts blank)", (DerivedValue.Of(5) + blank).ToString());
        Assert.Equal("— (1 of 3 parts blank)", DerivedValue.Percent(DerivedValue.Of(5), DerivedValue.Of(9) + blank).ToString());
        Assert.Equal("—", blank.ToString());
    }
}
