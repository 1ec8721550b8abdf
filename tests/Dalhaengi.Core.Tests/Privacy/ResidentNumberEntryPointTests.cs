using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Privacy;

/// <summary>The PIPA promise: no public entry point of the library accepts a resident registration number in any form.</summary>
public sealed class ResidentNumberEntryPointTests
{
    /// <summary>The entry points that must be among those the property reaches, so that a broken sample cannot hide one.</summary>
    public static TheoryData<string> Required =>
    [
        "HouseholdId..ctor", "SiteId..ctor", "PartnerId..ctor", "ServiceCode..ctor", "IndicatorCode..ctor", "DistrictCode..ctor",
        "CaseId..ctor", "ReferralId..ctor", "SessionRecordId..ctor", "CrisisReason..ctor", "BilingualName..ctor", "Site..ctor",
        "CrisisSignal..ctor", "Household..ctor", "ItemDistribution..ctor", "ObservedSignal..ctor", "ScoringRule..ctor",
        "RedFlag..ctor", "RiskTier..ctor", "SeasonBlackout..ctor", "PartnerOrganization..ctor", "ReferralRequest..ctor",
        "Case.Open", "Case.AdvanceTo", "Referral.Open", "Referral.Reject", "Referral.Accept",
        "SessionRecord.Record", "SessionRecord.Correct", "SessionDetails.Cancelled", "CaseEvent..ctor", "ReferralTransition..ctor",
    ];

    [Theory]
    [MemberData(nameof(Required))]
    public void Discovery_ReachesTheEntryPoint(string name) =>
        Assert.Contains(name, PublicEntryPoints.All.Select(e => e.Name));

    [Fact]
    public void Discovery_ReachesMostTextTakingMembers() =>
        Assert.True(PublicEntryPoints.All.Count >= 58, $"{PublicEntryPoints.All.Count} reached; skipped: {string.Join(", ", PublicEntryPoints.Skipped)}");

    [Property(MaxTest = 100)]
    public Property NoPublicEntryPoint_AcceptsAnyRrnForm() =>
        Prop.ForAll(ResidentNumberForms.Arbitrary(), rrn =>
        {
            var accepted = new List<string>();
            foreach (var entry in PublicEntryPoints.All)
            {
                foreach (var index in entry.TextParameters)
                {
                    var thrown = entry.InvokeWith(index, rrn);
                    if (thrown is not ArgumentException || thrown.Message.Contains(rrn, StringComparison.Ordinal))
                    {
                        accepted.Add($"{entry.Name}({entry.Member.GetParameters()[index].Name}): {thrown?.GetType().Name ?? "accepted"}");
                    }
                }
            }

            return accepted.Count == 0 ? true.ToProperty() : false.ToProperty().Label(string.Join("; ", accepted));
        });
}
