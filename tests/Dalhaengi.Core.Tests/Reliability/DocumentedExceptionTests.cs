using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Tests.Reliability;

/// <summary>Public members throw only what their XML documentation says, at the edges of their ranges too.</summary>
public sealed class DocumentedExceptionTests
{
    private static HouseholdBatch OneHousehold() =>
        HouseholdBatch.Create([new Household(new HouseholdId("hh-1"), new DistrictCode("4183025000"), [new HouseholdMember(MemberRole.Head, 1950)])], new LocalDate(2025, 3, 5));

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void BatchAccessors_WhenTheIndexIsOutOfRange_ThrowArgumentOutOfRange(int index)
    {
        var batch = OneHousehold();

        Assert.Throws<ArgumentOutOfRangeException>(() => batch.IdAt(index));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.DistrictAt(index));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Satisfies(index, default));
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    [InlineData(2013)]
    [InlineData(2051)]
    public void GetHolidays_WhenTheYearIsOutsideTheCalendar_ThrowsArgumentOutOfRange(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KoreanHolidayCalendar.Default.GetHolidays(year));

    [Fact]
    public void NextWorkingDay_OnTheLastRepresentableDate_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KoreanHolidayCalendar.Default.NextWorkingDay(new LocalDate(9999, 12, 31)));

    [Fact]
    public void NextWorkingDay_FromTheDayBeforeTheCalendar_StillFindsTheFirstWorkingDay() =>
        Assert.Equal(new LocalDate(2014, 1, 2), KoreanHolidayCalendar.Default.NextWorkingDay(new LocalDate(2013, 12, 31)));

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void BuilderCapacity_IsAHint_SoAnyValueBuildsABatch(int capacity)
    {
        var builder = new HouseholdBatchBuilder(new LocalDate(2025, 3, 5), capacity: capacity);
        builder.Add(new HouseholdId("hh-1"), new DistrictCode("4183025000"), []);

        Assert.Equal(1, builder.Build().Count);
    }
}
