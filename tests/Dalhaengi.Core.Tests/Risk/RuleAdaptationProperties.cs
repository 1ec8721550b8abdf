using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>Invariants of overlays, diff, what-if and back-testing over random rule sets and populations.</summary>
public sealed class RuleAdaptationProperties
{
    private static Gen<Household[]> Population =>
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(RiskArbitraries.Households, n))
            .Select(hs => hs.Select((h, i) => new Household(new HouseholdId($"hh-{i}"), h.District, h.Members, h.Housing, null, h.Contact, h.Consent, h.Programmes, h.Signals)).ToArray());

    [Property(MaxTest = 200, Arbitrary = [typeof(RiskArbitraries)])]
    public bool Compare_WithItself_IsEmpty(RiskRuleSet set) =>
        RiskRuleSetComparer.Compare(set, set).IsEmpty
        && RiskRuleSetComparer.Compare(set, RiskRuleSetJson.Parse(RiskRuleSetJson.Serialize(set))).IsEmpty;

    [Property(MaxTest = 100, Arbitrary = [typeof(RiskArbitraries)])]
    public bool ResolvingAnOverlayWithNoChanges_GivesTheBase(RiskRuleSet set)
    {
        var resolved = new RiskRuleSetRegistry().With(set).Parse(RiskRuleSetRegistryTests.Overlay("", extends: set.ToString()), "empty.json");

        return resolved.Tiers.SequenceEqual(set.Tiers) && resolved.Rules.SequenceEqual(set.Rules) && resolved.RedFlags.SequenceEqual(set.RedFlags)
            && resolved.Parameters.SequenceEqual(set.Parameters) && resolved.EffectiveFrom == set.EffectiveFrom
            && resolved.Lineage.SequenceEqual([set.ToString(), "city@1"]) && RiskRuleSetComparer.Compare(set, resolved).IsEmpty;
    }

    [Property(MaxTest = 100)]
    public Property WhatIf_OfARuleSetAgainstItself_HasADiagonalTransitionMatrix() =>
        Prop.ForAll(
            (from set in RiskArbitraries.RuleSets(-20) from households in Population select (set, households)).ToArbitrary(),
            input =>
            {
                var evaluator = RiskEvaluator.Compile(input.set);
                var report = RiskWhatIf.Run(evaluator, evaluator, HouseholdBatch.Create(input.households, TestRules.AsOf));
                var tiers = input.set.Tiers.Count;
                var offDiagonal = Enumerable.Range(0, tiers).SelectMany(x => Enumerable.Range(0, tiers).Where(y => y != x).Select(y => report.Transitions(x, y)));
                var diagonal = Enumerable.Range(0, tiers).Sum(x => report.Transitions(x, x));
                return offDiagonal.All(n => n == 0) && diagonal == input.households.Length && report.Changed.Count == 0;
            });

    [Property(MaxTest = 100)]
    public Property BackTest_PrecisionAndRecall_StayWithinZeroAndOne() =>
        Prop.ForAll(
            (from set in RiskArbitraries.RuleSets(-20)
             from households in Population
             from confirmed in Gen.ArrayOf(Gen.Elements(true, false), households.Length)
             from budget in Gen.Choose(0, 15)
             select (set, households, confirmed, budget)).ToArbitrary(),
            input =>
            {
                var outcomes = input.households.Select((h, i) => new VerifiedOutcome(h.Id, input.confirmed[i], TestRules.AsOf.PlusDays(i)));
                var report = RiskBackTest.Run(RiskEvaluator.Compile(input.set), HouseholdBatch.Create(input.households, TestRules.AsOf), outcomes, input.budget);
                static bool Unit(double x) => x is >= 0 and <= 1;
                return report.CutOffs.All(c => Unit(c.Precision) && Unit(c.Recall)) && Unit(report.BudgetRecall)
                    && report.CutOffs[0].Recall == (report.Confirmed == 0 ? 0 : 1);
            });
}
