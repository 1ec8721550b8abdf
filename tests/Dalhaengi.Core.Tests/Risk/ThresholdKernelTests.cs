using System.Runtime.Intrinsics.X86;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>
/// The vector kernel for threshold rules against the reference interpreter, on households where it applies (one
/// signal per present indicator, many present) and where it must not (several signals of one indicator).
/// </summary>
public sealed class ThresholdKernelTests
{
    private static readonly RiskRuleSet National = BuiltInRuleSets.NationalOutreach;

    [Fact]
    public void Build_ForTheNationalRuleSet_TakesOnlyTheSingleIndicatorRules()
    {
        var program = new RiskProgramCompiler(IndicatorCatalog.National).Compile(RuleSetBinding.Bind(National, AsOf));
        var kernel = program.Kernel;

        if (!Avx512F.IsSupported || !Avx512F.VL.IsSupported)
        {
            Assert.Null(kernel);
            return;
        }

        var single = National.Rules.Select(r => r.When).Concat(National.RedFlags.Select(f => f.When))
            .Select((w, r) => (w, r)).Where(x => x.w is PresentCondition or ComparisonCondition).Aggregate(0UL, (m, x) => m | (1UL << x.r));
        Assert.NotNull(kernel);
        Assert.Equal(single, kernel.RuleMask);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Evaluate_OnHouseholdsWithManyIndicators_AgreesWithTheReferenceInterpreter(int seed)
    {
        var random = new Random(seed);
        var catalog = IndicatorCatalog.National;
        var households = Enumerable.Range(0, 400).Select(i =>
        {
            // Each indicator present with probability 0.2–0.95; a quarter of households get a second signal of one.
            var density = 0.2 + (0.75 * random.NextDouble());
            var signals = catalog.Indicators.Where(_ => random.NextDouble() < density)
                .Select(d => Signal(d.Code.Value, Value(d, random), AsOf.PlusDays(-random.Next(0, 400)))).ToList();
            if (i % 4 == 0 && signals.Count > 0)
            {
                var s = signals[random.Next(signals.Count)];
                signals.Add(Signal(s.Indicator.Value, Value(catalog.Find(s.Indicator)!, random), AsOf.PlusDays(-random.Next(0, 400))));
            }

            var members = i % 3 == 0 ? [new HouseholdMember(MemberRole.Head, 1940)] : new[] { new HouseholdMember(MemberRole.Head, 1980), new HouseholdMember(MemberRole.Child, 2015) };
            return Household(signals, members, id: $"hh-{i}");
        }).ToList();
        var evaluator = RiskEvaluator.Compile(National);
        var batch = HouseholdBatch.Create(households, AsOf);
        var results = new RiskScore[batch.Count];

        evaluator.Evaluate(batch, results);

        for (var i = 0; i < households.Count; i++)
        {
            Assert.Equal(RiskInterpreter.Evaluate(National, HouseholdFacts.Of(households[i], AsOf), AsOf), results[i]);
            Assert.Equal(results[i], evaluator.Evaluate(batch, i));
        }

        Assert.True(results.Select(r => r.Tier).Distinct().Count() >= 3);
    }

    private static double Value(IndicatorDefinition d, Random random) => d.Kind switch
    {
        IndicatorKind.Flag => 1,
        IndicatorKind.Amount => random.Next(0, 5_000_000),
        _ => Math.Round((d.Minimum ?? 0) + (random.NextDouble() * ((d.Maximum ?? 24) - (d.Minimum ?? 0)))),
    };
}
