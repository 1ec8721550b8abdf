using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

/// <summary>
/// A projected election day (공직선거법 §34, calendar.md) is kept free, and the plan says it relied on a projection.
/// </summary>
public sealed class RotationPlannerProjectedHolidayTests
{
    private static readonly DateInterval Spring2028 = new(new LocalDate(2028, 3, 1), new LocalDate(2028, 5, 31));
    private static readonly LocalDate Election2028 = new(2028, 4, 12);

    private static RotationPlan Plan(IHolidayCalendar calendar) => new RotationPlanner().Plan(
        new RotationRequest(BuiltInMunicipalities.Yangpyeong, new Season(Spring2028, [IsoDayOfWeek.Wednesday], calendar), BuiltInPartnerRosters.Yangpyeong));

    [Fact]
    public void Plan_OnAProjectedElectionDay_SkipsItNamingItAndWarns()
    {
        var plan = Plan(KoreanHolidayCalendar.Default);

        var skipped = Assert.Single(plan.Skipped, s => s.Date == Election2028);
        Assert.Equal(SkipReason.Holiday, skipped.Reason);
        Assert.Contains("국회의원선거일(예정)", skipped.Description, StringComparison.Ordinal);
        var warning = Assert.Single(plan.Warnings, w => w.Code == "projected-holiday");
        Assert.Contains("2028-04-12", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OnAConfirmedElectionDay_SkipsItWithoutTheProjectionWarning()
    {
        var confirmed = new Holiday(Election2028, HolidayKind.Election, new("제23대 국회의원선거일", "23rd National Assembly election"));

        var plan = Plan(new FixedHolidayCalendar([confirmed]));

        Assert.Single(plan.Skipped, s => s.Date == Election2028);
        Assert.DoesNotContain(plan.Warnings, w => w.Code == "projected-holiday");
    }
}
