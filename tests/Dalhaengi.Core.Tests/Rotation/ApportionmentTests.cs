using Dalhaengi.Core.Rotation;

namespace Dalhaengi.Core.Tests.Rotation;

public sealed class ApportionmentTests
{
    [Fact]
    public void LargestRemainder_GivesEachTheFloorOrCeilingOfItsQuota()
    {
        // Quotas 4.5, 3.0, 2.5 of 10: the tie in remainder goes to the larger weight.
        Assert.Equal([5, 3, 2], Apportionment.LargestRemainder(10, [45, 30, 25], guaranteeOne: false));
    }

    [Fact]
    public void LargestRemainder_WithGuarantee_TakesFromTheDistrictFurthestAboveQuota()
    {
        Assert.Equal([3, 1, 1], Apportionment.LargestRemainder(5, [1000, 1, 1], guaranteeOne: true));
        Assert.Equal([5, 0, 0], Apportionment.LargestRemainder(5, [1000, 1, 1], guaranteeOne: false));
    }

    [Fact]
    public void LargestRemainder_WithNoWeight_SharesEqually() =>
        Assert.Equal([2, 1, 1], Apportionment.LargestRemainder(4, [0, 0, 0], guaranteeOne: false));
}
