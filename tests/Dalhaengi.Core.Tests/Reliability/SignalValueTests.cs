using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Tests.Reliability;

/// <summary>Signal values are checked against the indicator catalog the way rules are: an impossible value is refused, never scored.</summary>
public sealed class SignalValueTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 5);

    private static Household With(string indicator, double value) =>
        new(new HouseholdId("hh-1"), new DistrictCode("4183025000"), [new HouseholdMember(MemberRole.Head, 1950)],
            signals: [new CrisisSignal(new IndicatorCode(indicator), value, AsOf.PlusDays(-3), SignalSource.NationalRound)]);

    [Theory]
    [InlineData("screening.phq9.total", 99)]
    [InlineData("screening.phq9.total", -1)]
    [InlineData("arrears.health-insurance.months", -2)]
    [InlineData("utility.electricity.cutoff", 5)]
    [InlineData("screening.bp.systolic", 1000)]
    public void Create_WhenAValueIsImpossibleForItsIndicator_RefusesNamingIt(string indicator, double value)
    {
        var ex = Assert.Throws<ArgumentException>(() => HouseholdBatch.Create([With(indicator, value)], AsOf));

        Assert.Contains(indicator, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("screening.phq9.total", 27)]
    [InlineData("screening.phq9.total", 0)]
    [InlineData("arrears.health-insurance.months", 4)]
    [InlineData("utility.electricity.cutoff", 1)]
    public void Create_WhenAValueIsPossible_Accepts(string indicator, double value) =>
        Assert.Equal(1, HouseholdBatch.Create([With(indicator, value)], AsOf).Count);
}
