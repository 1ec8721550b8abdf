using Dalhaengi.Core.Access;
using Dalhaengi.Core.Outreach;
using static Dalhaengi.Core.Tests.Access.AccessTestData;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Default;

    [Fact]
    public void Default_DefinesTheFourRolesAndTheirPurposes()
    {
        Assert.Equal(
            [AccessRole.CountyCoordinator, AccessRole.TownshipOfficer, AccessRole.PartnerStaff, AccessRole.PrivacyOfficer],
            Policy.Roles.Select(r => r.Role));
        Assert.Equal("사례관리", Policy.Purposes[AccessPurpose.CaseWork].Korean);
    }

    [Fact]
    public void Decide_WhenRoleIsUnknown_DeniesWithUnknownRole()
    {
        var stranger = new Principal("x", new AccessRole("volunteer"));

        var decision = Policy.Decide(stranger, null, AccessTarget.Aggregates("season-2024"));

        Assert.False(decision.Allowed);
        Assert.Equal("unknown-role", decision.Rule);
    }

    [Fact]
    public void Decide_WhenRoleHasNoGrant_DeniesWithNoGrant()
    {
        var decision = Policy.Decide(PrivacyOfficer, AccessPurpose.CaseWork, HouseholdTarget(NewHousehold()));

        Assert.Equal(("no-grant", false), (decision.Rule, decision.Allowed));
    }

    [Fact]
    public void Decide_PersonalDataWithoutPurpose_IsDeniedEvenForTheCoordinator()
    {
        var decision = Policy.Decide(Coordinator, null, HouseholdTarget(NewHousehold()));

        Assert.Equal(("personal-data-needs-purpose", false), (decision.Rule, decision.Allowed));
    }

    [Fact]
    public void Decide_PersonalDataForAGrantedPurpose_IsAllowedForTheCoordinator()
    {
        var decision = Policy.Decide(Coordinator, AccessPurpose.CaseWork, HouseholdTarget(NewHousehold()));

        Assert.True(decision.Allowed, decision.Reason);
        Assert.Equal("granted", decision.Rule);
    }

    [Fact]
    public void Decide_WhenPurposeIsNotGrantedToTheRole_DeniesWithPurposeNotGranted()
    {
        var decision = Policy.Decide(Coordinator, AccessPurpose.SessionRecording, HouseholdTarget(NewHousehold()));

        Assert.Equal(("purpose-not-granted", false), (decision.Rule, decision.Allowed));
    }

    [Fact]
    public void Decide_WhenPurposeIsNotInThePolicy_DeniesWithUnknownPurpose()
    {
        var decision = Policy.Decide(Coordinator, new AccessPurpose("marketing"), HouseholdTarget(NewHousehold()));

        Assert.Equal(("unknown-purpose", false), (decision.Rule, decision.Allowed));
    }

    [Fact]
    public void Decide_TownshipOfficer_SeesOwnDistrictOnly()
    {
        var own = Policy.Decide(YangpyeongOfficer, AccessPurpose.CaseWork, HouseholdTarget(NewHousehold()));
        var other = Policy.Decide(YangpyeongOfficer, AccessPurpose.CaseWork, HouseholdTarget(NewHousehold("hh-2", Yangseo)));
        var otherReferral = Policy.Decide(YangpyeongOfficer, null, AccessTarget.ForReferral(ReferralOf("hh-2", MentalHealth, ConsentRecord.None, district: Yangseo, sharesPersonalData: false)));

        Assert.True(own.Allowed, own.Reason);
        Assert.Equal(("outside-districts", false), (other.Rule, other.Allowed));
        Assert.Equal(("outside-districts", false), (otherReferral.Rule, otherReferral.Allowed));
    }

    [Fact]
    public void Decide_PartnerStaff_SeesOnlyReferralsAddressedToItsPartner()
    {
        var referral = ConsentedReferral(MentalHealth);

        var own = Policy.Decide(MentalHealthStaff, null, AccessTarget.ForReferral(referral));
        var other = Policy.Decide(DementiaStaff, null, AccessTarget.ForReferral(referral));

        Assert.True(own.Allowed, own.Reason);
        Assert.Equal(("not-addressed-to-partner", false), (other.Rule, other.Allowed));
    }

    [Fact]
    public void Decide_PartnerStaff_SeesPersonalDataOnlyWithConsentAndAReferralToIt()
    {
        var household = NewHousehold();
        var consented = HouseholdTarget(household, ConsentedReferral(MentalHealth));
        var unconsented = HouseholdTarget(household, ReferralOf("hh-1", MentalHealth, ConsentRecord.None, sharesPersonalData: false));
        var laterConsent = HouseholdTarget(household, ReferralOf("hh-1", MentalHealth, ConsentRecord.Written(Day.PlusDays(1)), sharesPersonalData: false));

        Assert.True(Policy.Decide(MentalHealthStaff, AccessPurpose.ReferralHandling, consented).Allowed);
        Assert.Equal("no-consent", Policy.Decide(MentalHealthStaff, AccessPurpose.ReferralHandling, unconsented).Rule);
        Assert.Equal("no-consent", Policy.Decide(MentalHealthStaff, AccessPurpose.ReferralHandling, laterConsent).Rule);
        Assert.Equal("not-addressed-to-partner", Policy.Decide(DementiaStaff, AccessPurpose.ReferralHandling, consented).Rule);
    }

    [Fact]
    public void Decide_PartnerStaff_LosesAccessWhenTheReferralCloses()
    {
        var clock = ClockOn(2024, 3, 7);
        var closed = ConsentedReferral(MentalHealth).Accept("staff.mh", clock).Close(ReferralOutcome.DeclinedByHousehold, "staff.mh", clock);

        var decision = Policy.Decide(MentalHealthStaff, AccessPurpose.ReferralHandling, HouseholdTarget(NewHousehold(), closed));

        Assert.Equal("not-addressed-to-partner", decision.Rule);
    }

    [Fact]
    public void Decide_Aggregates_AreAllowedForEveryBuiltInRoleWithoutPurpose()
    {
        foreach (var principal in new[] { Coordinator, YangpyeongOfficer, MentalHealthStaff, PrivacyOfficer })
        {
            Assert.True(Policy.Decide(principal, null, AccessTarget.Aggregates("season-2024")).Allowed, principal.ToString());
        }
    }

    [Fact]
    public void Decide_AccessRecord_OnlyThePrivacyOfficerForAudit()
    {
        Assert.True(Policy.Decide(PrivacyOfficer, AccessPurpose.Audit, AccessTarget.AccessRecord()).Allowed);
        Assert.Equal("purpose-not-granted", Policy.Decide(PrivacyOfficer, null, AccessTarget.AccessRecord()).Rule);
        Assert.Equal("no-grant", Policy.Decide(Coordinator, AccessPurpose.Audit, AccessTarget.AccessRecord()).Rule);
    }

    [Fact]
    public void Decide_SessionRecord_PartnerPresentOrDistrict()
    {
        var record = SessionRecord.Record(new SessionRecordId("s-1"), Held(Day, 40, 10), "staff-kim", ClockOn(2024, 3, 6));

        Assert.True(Policy.Decide(DementiaStaff, null, AccessTarget.ForSessionRecord(record)).Allowed);
        Assert.Equal("not-addressed-to-partner", Policy.Decide(MentalHealthStaff, null, AccessTarget.ForSessionRecord(record)).Rule);
        Assert.True(Policy.Decide(YangpyeongOfficer, null, AccessTarget.ForSessionRecord(record)).Allowed);
        Assert.Equal("outside-districts", Policy.Decide(Principal.TownshipOfficer("o2", Yangseo), null, AccessTarget.ForSessionRecord(record)).Rule);
    }

    [Fact]
    public void Decide_Case_PartnerThroughAnOpenServiceOnly()
    {
        var clock = ClockOn(2024, 3, 6);
        var @case = Case.Open(new CaseId("case-1"), new("hh-1"), Yangpyeong, "staff-kim", clock);
        var service = Referral.Open(new ReferralId("ref-c"), ConsentedReferral(MentalHealth).Subject with { Case = @case.Id, Finding = null }, MentalHealth, "staff-kim", clock);

        Assert.True(Policy.Decide(MentalHealthStaff, null, AccessTarget.ForCase(@case, [service])).Allowed);
        Assert.Equal("not-addressed-to-partner", Policy.Decide(DementiaStaff, null, AccessTarget.ForCase(@case, [service])).Rule);
    }

    [Fact]
    public void Constructor_RejectsPersonalDataGrantWithoutPurpose()
    {
        var role = new AccessRoleDefinition(new("clerk"), new("담당", "Clerk"), AccessScope.Municipality, [new AccessGrant(AccessSubjectKind.HouseholdPersonalData)]);

        var ex = Assert.Throws<DalhaengiValidationException>(() => new AccessPolicy("p", "1", [], [role]));

        Assert.Contains(ex.Problems, p => p.Path == "$.roles[0].grants[0].purposes");
    }
}
