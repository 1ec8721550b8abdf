using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dalhaengi.Core.Tests.Access.AccessTestData;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Access;

/// <summary>A generated request: who, why, and a household with some referrals.</summary>
public sealed record AccessCase(Principal Principal, AccessPurpose? Purpose, DistrictCode District, (PartnerId Partner, ConsentKind Consent, int ConsentDayOffset, bool Shares, bool Closed)[] Referrals);

/// <summary>Generators for the access properties.</summary>
public static class AccessArbitraries
{
    private static readonly DistrictCode[] Districts = [Yangpyeong, Yangseo];
    private static readonly PartnerId[] Partners = [Dementia, MentalHealth, Welfare];

    private static Gen<Principal> Principals =>
        Gen.OneOf(
            Gen.Constant(Principal.CountyCoordinator("c")),
            Gen.Constant(Principal.PrivacyOfficer("p")),
            Gen.Elements(Districts).Select(d => Principal.TownshipOfficer("o", d)),
            Gen.Elements(Partners).Select(p => Principal.PartnerStaff("s", p)),
            Gen.Constant(new Principal("v", new AccessRole("volunteer"))));

    public static Arbitrary<AccessCase> Cases() =>
        (from principal in Principals
         from purpose in Gen.Elements<AccessPurpose?>(null, AccessPurpose.CaseWork, AccessPurpose.ReferralHandling, AccessPurpose.SessionRecording, AccessPurpose.Audit, new AccessPurpose("marketing"))
         from district in Gen.Elements(Districts)
         from referrals in Gen.ArrayOf(
             from partner in Gen.Elements(Partners)
             from consent in Gen.Elements(ConsentKind.None, ConsentKind.Verbal, ConsentKind.Written)
             from offset in Gen.Choose(-3, 3)
             from shares in Gen.Elements(true, false)
             from closed in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
             select (partner, consent, offset, shares, closed))
         select new AccessCase(principal, purpose, district, referrals)).ToArbitrary();
}

public sealed class AccessPolicyProperties
{
    private static List<Referral> Build(AccessCase c)
    {
        var clock = ClockOn(2024, 3, 6);
        var list = new List<Referral>();
        for (var i = 0; i < c.Referrals.Length; i++)
        {
            var (partner, kind, offset, shares, closed) = c.Referrals[i];
            var consent = kind == ConsentKind.None ? ConsentRecord.None : ConsentRecord.Of(kind, Day.PlusDays(offset));
            // A referral that shares data needs consent on the day it was made; otherwise it is made without sharing.
            var r = ReferralOf("hh-1", partner, consent, "ref-" + i, c.District, shares && consent.Permits(Day));
            list.Add(closed ? r.Accept("s", clock).Close(ReferralOutcome.DeclinedByHousehold, "s", clock) : r);
        }

        return list;
    }

    [Property(Arbitrary = [typeof(AccessArbitraries)])]
    public bool NoDecisionGrantsPersonalData_WithoutAPurposeAndAMatchingScope(AccessCase c)
    {
        var referrals = Build(c);
        var household = NewHousehold("hh-1", c.District);
        var decision = AccessPolicy.Default.Decide(c.Principal, c.Purpose, HouseholdTarget(household, [.. referrals]));
        if (!decision.Allowed)
        {
            return true;
        }

        var scopeMatches =
            c.Principal.Role == AccessRole.CountyCoordinator
            || (c.Principal.Role == AccessRole.TownshipOfficer && c.Principal.Districts.Contains(c.District))
            || (c.Principal.Role == AccessRole.PartnerStaff && referrals.Any(r =>
                r.IsOpen && r.Partner == c.Principal.Partner && r.Subject.SharesPersonalData && r.Subject.Consent.Permits(Day)));
        var purposeGranted = c.Purpose is { } p && AccessPolicy.Default.FindRole(c.Principal.Role)!
            .GrantFor(AccessSubjectKind.HouseholdPersonalData)!.Purposes.Contains(p);
        return scopeMatches && purposeGranted;
    }

    [Property(Arbitrary = [typeof(AccessArbitraries)])]
    public bool PartnerStaff_NeverSeeAReferralAddressedToAnotherPartner(AccessCase c)
    {
        return Build(c).All(r =>
        {
            var d = AccessPolicy.Default.Decide(c.Principal, c.Purpose, AccessTarget.ForReferral(r));
            return !(d.Allowed && c.Principal.Role == AccessRole.PartnerStaff && r.Partner != c.Principal.Partner);
        });
    }

    [Property(Arbitrary = [typeof(AccessArbitraries)])]
    public bool EveryDecision_HasARuleAndAReason(AccessCase c)
    {
        var d = AccessPolicy.Default.Decide(c.Principal, c.Purpose, HouseholdTarget(NewHousehold("hh-1", c.District), [.. Build(c)]));
        return d.Rule.Length > 0 && d.Reason.Length > 0 && (d.Allowed == (d.Rule == "granted"));
    }
}
