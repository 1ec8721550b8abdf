using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed class EmergencySupportRequestTests
{
    private static readonly LocalDate Day = new(2025, 1, 1);

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(101, 0, 0, 0)]
    [InlineData(1, -1, 0, 0)]
    [InlineData(1, 0, -1, 0)]
    [InlineData(1, 0, 0, -1)]
    public void Constructor_WhenANumberIsOutOfRange_Throws(int size, long income, long assets, long financial) =>
        Assert.ThrowsAny<ArgumentException>(() => new EmergencySupportRequest(Day, size, income, assets, financial, RegionType.Rural, [], false));

    [Fact]
    public void Constructor_WhenADefaultReason_Throws() =>
        Assert.Throws<ArgumentException>(() => new EmergencySupportRequest(Day, 1, 0, 0, 0, RegionType.Rural, [default], false));

    [Fact]
    public void Equals_WhenSameDataAndReasons_IsTrue() =>
        Assert.Equal(
            new EmergencySupportRequest(Day, 2, 10, 20, 30, RegionType.LargeCity, [CrisisReason.Divorce], true),
            new EmergencySupportRequest(Day, 2, 10, 20, 30, RegionType.LargeCity, [new CrisisReason("divorce")], true));
}
