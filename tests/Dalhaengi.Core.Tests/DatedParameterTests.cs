using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dalhaengi.Core.Tests;

public sealed class DatedParameterTests
{
    // The financial-arrears band's upper bound: 10,000,000 KRW before 2023, 20,000,000 from 2023.
    private static readonly DatedParameter<long> ArrearsUpper = new(
        [new(new LocalDate(2023, 1, 1), 20_000_000L), new(new LocalDate(2020, 1, 1), 10_000_000L)],
        confirmedThrough: new LocalDate(2026, 12, 31));

    [Fact]
    public void Constructor_WhenValuesAreUnordered_OrdersThemByStart()
    {
        Assert.Equal([new LocalDate(2020, 1, 1), new LocalDate(2023, 1, 1)], ArrearsUpper.Values.Select(v => v.Start));
        Assert.Equal(new LocalDate(2020, 1, 1), ArrearsUpper.FirstStart);
    }

    [Fact]
    public void ValueAt_WhenTheDayBeforeTheFirstStart_HasNoValue()
    {
        var lookup = ArrearsUpper.ValueAt(new LocalDate(2019, 12, 31));

        Assert.Equal(ParameterLookupStatus.NoValue, lookup.Status);
        Assert.False(lookup.HasValue);
        Assert.Null(lookup.Start);
        Assert.Contains("2020-01-01", lookup.Warning, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => lookup.Value);
        Assert.Equal(-1L, lookup.GetValueOrDefault(-1L));
    }

    [Fact]
    public void ValueAt_WhenTheFirstStart_ReturnsTheFirstValueConfirmed()
    {
        var lookup = ArrearsUpper.ValueAt(new LocalDate(2020, 1, 1));

        Assert.Equal(ParameterLookupStatus.Confirmed, lookup.Status);
        Assert.Equal(10_000_000L, lookup.Value);
        Assert.Equal(new LocalDate(2020, 1, 1), lookup.Start);
        Assert.Null(lookup.Warning);
    }

    [Fact]
    public void ValueAt_WhenTheLastDayOfARange_ReturnsThatRangesValue()
    {
        Assert.Equal(10_000_000L, ArrearsUpper.ValueAt(new LocalDate(2022, 12, 31)).Value);
        Assert.Equal(20_000_000L, ArrearsUpper.ValueAt(new LocalDate(2023, 1, 1)).Value);
    }

    [Fact]
    public void ValueAt_WhenTheLastConfirmedDay_IsConfirmed()
    {
        var lookup = ArrearsUpper.ValueAt(new LocalDate(2026, 12, 31));

        Assert.True(lookup.IsConfirmed);
        Assert.Equal(20_000_000L, lookup.Value);
    }

    [Fact]
    public void ValueAt_WhenTheDayAfterTheConfirmedPeriod_AppliesTheLastValueWithAWarning()
    {
        var lookup = ArrearsUpper.ValueAt(new LocalDate(2027, 1, 1));

        Assert.Equal(ParameterLookupStatus.Unconfirmed, lookup.Status);
        Assert.True(lookup.HasValue);
        Assert.False(lookup.IsConfirmed);
        Assert.Equal(20_000_000L, lookup.Value);
        Assert.Equal(new LocalDate(2023, 1, 1), lookup.Start);
        Assert.Equal(
            "no value is confirmed for 2027-01-01: the value in force from 2023-01-01 is confirmed through 2026-12-31 and still applies",
            lookup.Warning);
    }

    [Fact]
    public void ValueAt_WhenNoConfirmedPeriod_TheLastValueIsInForceUntilChanged()
    {
        var band = new DatedParameter<decimal>([new(new LocalDate(2023, 1, 1), 0.75m)]);

        var lookup = band.ValueAt(new LocalDate(2099, 6, 1));

        Assert.True(lookup.IsConfirmed);
        Assert.Equal(0.75m, lookup.Value);
        Assert.Null(band.ConfirmedThrough);
    }

    [Fact]
    public void ValueAt_WhenTheValueIsARecord_ReturnsIt()
    {
        var band = new DatedParameter<Band>(
            [new(new LocalDate(2020, 1, 1), new Band(1_000_000, 10_000_000)), new(new LocalDate(2023, 1, 1), new Band(1_000_000, 20_000_000))]);

        Assert.Equal(new Band(1_000_000, 20_000_000), band.ValueAt(new LocalDate(2024, 3, 5)).Value);
    }

    [Fact]
    public void Constructor_WhenNoValues_Throws() =>
        Assert.Throws<ArgumentException>(() => new DatedParameter<long>([]));

    [Fact]
    public void Constructor_WhenTwoValuesStartTheSameDay_Throws() =>
        Assert.Throws<ArgumentException>(() => new DatedParameter<long>([new(new LocalDate(2024, 1, 1), 1L), new(new LocalDate(2024, 1, 1), 2L)]));

    [Fact]
    public void Constructor_WhenConfirmedThroughIsBeforeTheLastStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new DatedParameter<long>([new(new LocalDate(2024, 1, 1), 1L)], new LocalDate(2023, 12, 31)));

    [Fact]
    public void Constructor_WhenADefaultReferenceValue_Throws() =>
        Assert.Throws<ArgumentException>(() => new DatedParameter<string>([default]));

    [Fact]
    public void DatedValueConstructor_WhenValueIsNull_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new DatedValue<string>(new LocalDate(2024, 1, 1), null!));

    [Fact]
    public void Equals_WhenSameValuesInAnotherOrder_IsTrue()
    {
        var same = new DatedParameter<long>(
            [new(new LocalDate(2020, 1, 1), 10_000_000L), new(new LocalDate(2023, 1, 1), 20_000_000L)],
            new LocalDate(2026, 12, 31));

        Assert.Equal(ArrearsUpper, same);
        Assert.Equal(ArrearsUpper.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(ArrearsUpper, same.WithConfirmedThrough(null));
    }

    [Fact]
    public void WithValue_WhenANewStart_AddsItAndExtendsTheConfirmedPeriodToIt()
    {
        var next = ArrearsUpper.WithValue(new LocalDate(2027, 1, 1), 25_000_000L);

        Assert.Equal(3, next.Values.Count);
        Assert.Equal(new LocalDate(2027, 1, 1), next.ConfirmedThrough);
        Assert.Equal(25_000_000L, next.ValueAt(new LocalDate(2027, 1, 1)).Value);
        Assert.Equal(2, ArrearsUpper.Values.Count);
    }

    [Fact]
    public void WithValue_WhenAnExistingStart_ReplacesIt()
    {
        var next = ArrearsUpper.WithValue(new LocalDate(2023, 1, 1), 15_000_000L);

        Assert.Equal(2, next.Values.Count);
        Assert.Equal(15_000_000L, next.ValueAt(new LocalDate(2024, 1, 1)).Value);
        Assert.Equal(ArrearsUpper.ConfirmedThrough, next.ConfirmedThrough);
    }

    [Fact]
    public void ToString_ListsValuesAndConfirmedPeriod() =>
        Assert.Equal("[2020-01-01: 10000000, 2023-01-01: 20000000] confirmed through 2026-12-31", ArrearsUpper.ToString());

    [Property(Arbitrary = [typeof(DatedParameterArbitraries)])]
    public bool ValueAt_OnOrAfterTheFirstStart_ReturnsTheValueWithTheLatestStartOnOrBeforeTheDate(ParameterAndDate input)
    {
        var (parameter, date) = input;
        var lookup = parameter.ValueAt(date);
        if (date < parameter.FirstStart)
        {
            return lookup.Status == ParameterLookupStatus.NoValue;
        }

        var expected = parameter.Values.Where(v => v.Start <= date).MaxBy(v => v.Start);
        var confirmed = parameter.ConfirmedThrough is not { } through || date <= through;
        return lookup.HasValue
            && lookup.Value == expected.Value
            && lookup.Start == expected.Start
            && lookup.IsConfirmed == confirmed
            && (lookup.Warning is null) == confirmed;
    }

    public sealed record Band(long Lower, long Upper);

    public sealed record ParameterAndDate(DatedParameter<long> Parameter, LocalDate Date);

    public static class DatedParameterArbitraries
    {
        private static readonly LocalDate Epoch = new(2015, 1, 1);

        public static Arbitrary<ParameterAndDate> ParameterAndDate() =>
            (from offsets in Gen.NonEmptyListOf(Gen.Choose(0, 4000))
             from amounts in Gen.ArrayOf(Gen.Choose(0, 50_000_000), offsets.Count)
             from confirmed in Gen.Elements(true, false)
             from extra in Gen.Choose(0, 800)
             from dateOffset in Gen.Choose(-200, 5000)
             select Build(offsets, amounts, confirmed, extra, dateOffset)).ToArbitrary();

        private static ParameterAndDate Build(IReadOnlyList<int> offsets, int[] amounts, bool confirmed, int extra, int dateOffset)
        {
            var values = offsets.Distinct().Select((o, i) => new DatedValue<long>(Epoch.PlusDays(o), amounts[i])).ToList();
            var last = values.Max(v => v.Start);
            var parameter = new DatedParameter<long>(values, confirmed ? last.PlusDays(extra) : null);
            return new ParameterAndDate(parameter, Epoch.PlusDays(dateOffset));
        }
    }
}
