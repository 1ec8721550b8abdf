using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>
/// The compiled program has a narrow path (at most 64 rules and 64 indicators, bit sets in registers) and a wide
/// one; the generated rule sets elsewhere are small, so these check the wide path against the reference too.
/// </summary>
public sealed class RiskProgramTests
{
    private static readonly Gen<RiskRuleSet> WideRuleSets =
        from ruleCount in Gen.Choose(60, 140)
        from conditions in Gen.ArrayOf(RiskArbitraries.Conditions(1), ruleCount)
        from points in Gen.ArrayOf(Gen.Choose(-20, 40), ruleCount)
        from flag in RiskArbitraries.Conditions(1)
        select TestRules.Set(
            conditions.Select((c, i) => new ScoringRule($"r{i}", $"rule {i}", c, points[i])),
            [new RedFlag("f", "flag", flag, "high")]);

    [Property(MaxTest = 40)]
    public Property Evaluate_WithMoreThan64Rules_AgreesWithTheReferenceInterpreter() =>
        Prop.ForAll(
            (from set in WideRuleSets
             from households in Gen.ArrayOf(RiskArbitraries.Households, 8)
             select (set, households)).ToArbitrary(),
            input => AgreesWithReference(input.set, input.households, IndicatorCatalog.National));

    [Fact]
    public void Evaluate_WithACatalogOfMoreThan64Indicators_AgreesWithTheReferenceInterpreter()
    {
        var extra = Enumerable.Range(0, 40).Select(i => new IndicatorDefinition(
            new($"city.extra-{i:00}"), new($"지표 {i}", $"Extra {i}"), IndicatorKind.Count, "count", "city", new(2015, 1, 1))).ToArray();
        var catalog = IndicatorCatalog.National.With(extra);
        var set = TestRules.Set(
            [
                TestRules.Rule(RiskCondition.Compare("city.extra-39", ComparisonOperator.GreaterOrEqual, 2), 30, "late"),
                TestRules.Rule(RiskCondition.Present("utility.gas.cutoff", 180), 25, "gas"),
                TestRules.Rule(RiskCondition.Household(HouseholdPredicate.LivesAlone), 5, "alone"),
                TestRules.Rule(RiskCondition.All(RiskCondition.Present("city.extra-00"), RiskCondition.Present("city.extra-39")), 20, "both"),
            ],
            [new RedFlag("f", "flag", RiskCondition.Compare("city.extra-20", ComparisonOperator.Greater, 4), "urgent")]);
        var random = new Random(11);
        var households = Enumerable.Range(0, 300).Select(n => TestRules.Household(
            Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(3) switch
            {
                0 => TestRules.Signal("utility.gas.cutoff", 1, TestRules.AsOf.PlusDays(-random.Next(-5, 300))),
                _ => TestRules.Signal($"city.extra-{random.Next(40):00}", random.Next(7), TestRules.AsOf.PlusDays(-random.Next(-5, 300))),
            }),
            random.Next(2) == 0 ? [new HouseholdMember(MemberRole.Head, 1950)] : [new HouseholdMember(MemberRole.Head, 1950), new HouseholdMember(MemberRole.Spouse, 1952)],
            $"hh-{n}")).ToArray();

        Assert.True(AgreesWithReference(set, households, catalog));
    }

    private static bool AgreesWithReference(RiskRuleSet set, Household[] households, IndicatorCatalog catalog)
    {
        var evaluator = RiskEvaluator.Compile(set, catalog);
        var batch = HouseholdBatch.Create(households, TestRules.AsOf, catalog);
        var results = new RiskScore[batch.Count];
        evaluator.Evaluate(batch, results);
        for (var i = 0; i < households.Length; i++)
        {
            var expected = RiskInterpreter.Evaluate(set, HouseholdFacts.Of(households[i], TestRules.AsOf), TestRules.AsOf);
            if (expected != results[i] || expected != evaluator.Evaluate(batch, i))
            {
                return false;
            }
        }

        return true;
    }
}
