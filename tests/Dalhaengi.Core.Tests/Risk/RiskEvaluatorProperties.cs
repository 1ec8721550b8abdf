using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskEvaluatorProperties
{
    private static readonly LocalDate[] Dates = [TestRules.AsOf, new(2025, 1, 15), new(2025, 12, 1)];

    [Property(MaxTest = 300)]
    public Property CompiledEvaluator_AgreesWithTheReferenceInterpreter() =>
        Prop.ForAll(
            (from set in RiskArbitraries.RuleSets(-20)
             from households in Gen.ArrayOf(RiskArbitraries.Households, 5)
             from asOf in Gen.Elements(Dates)
             select (set, households, asOf)).ToArbitrary(),
            input =>
            {
                var (set, households, asOf) = input;
                var evaluator = RiskEvaluator.Compile(set);
                var batch = HouseholdBatch.Create(households, asOf);
                var results = new RiskScore[batch.Count];
                evaluator.Evaluate(batch, results);
                for (var i = 0; i < households.Length; i++)
                {
                    var expected = RiskInterpreter.Evaluate(set, HouseholdFacts.Of(households[i], asOf), asOf);
                    if (expected != results[i] || evaluator.Explain(batch, i) != evaluator.Explain(households[i], asOf))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Property(MaxTest = 300)]
    public Property AddingASignal_NeverLowersScoreOrTier_WithNonNegativeWeights() =>
        Prop.ForAll(
            (from set in RiskArbitraries.RuleSets(0)
             from household in RiskArbitraries.Households
             from extra in RiskArbitraries.Signals
             select (set, household, extra)).ToArbitrary(),
            input =>
            {
                var (set, household, extra) = input;
                var before = TestRules.Score(set, household);
                var more = TestRules.Household([.. household.Signals, extra], household.Members, "hh-1", household.Contact, household.Programmes, household.Housing);
                var after = TestRules.Score(set, more);
                return after.Score >= before.Score && after.Tier >= before.Tier;
            });

    [Property(MaxTest = 200)]
    public Property Assessment_DoesNotDependOnTheOrderOfSignalsAndMembers() =>
        Prop.ForAll(
            (from set in RiskArbitraries.RuleSets(-20)
             from household in RiskArbitraries.Households
             from seed in Gen.Choose(0, 10_000)
             select (set, household, seed)).ToArbitrary(),
            input =>
            {
                var (set, household, seed) = input;
                var random = new Random(seed);
                var signals = household.Signals.OrderBy(_ => random.Next()).ToList();
                var members = household.Members.OrderBy(_ => random.Next()).ToList();
                var shuffled = TestRules.Household(signals, members, "hh-1", household.Contact, household.Programmes, household.Housing);
                var evaluator = RiskEvaluator.Compile(set);
                return evaluator.Explain(household, TestRules.AsOf) == evaluator.Explain(shuffled, TestRules.AsOf)
                    && TestRules.Score(set, household) == TestRules.Score(set, shuffled);
            });

    [Property(MaxTest = 200, Arbitrary = [typeof(RiskArbitraries)])]
    public bool JsonRoundTrip_OfAnyValidRuleSet_GivesAnEqualRuleSet(RiskRuleSet set) =>
        RiskRuleSetJson.Parse(RiskRuleSetJson.Serialize(set)) == set;
}
