using Dalhaengi.Core.Access;
using Dalhaengi.Core.Households;
using static Dalhaengi.Core.Tests.Access.AccessTestData;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Access;

public sealed class HouseholdViewTests
{
    [Fact]
    public void Masked_HidesNamePhoneAndNote()
    {
        var view = HouseholdView.Masked(NewHousehold());

        Assert.False(view.IsRevealed);
        Assert.Equal(("김*수", "0**-****-5678", null, 1), (view.ContactName, view.ContactPhone, view.Note, view.MemberCount));
        Assert.Null(view.Decision);
    }

    [Fact]
    public void Masked_WithoutContactDetails_HasNothingToMask()
    {
        var view = HouseholdView.Masked(new Household(new("hh-9"), Yangpyeong, [new HouseholdMember(MemberRole.Head, 1950)]));

        Assert.Equal((null, null), (view.ContactName, view.ContactPhone));
    }
}
