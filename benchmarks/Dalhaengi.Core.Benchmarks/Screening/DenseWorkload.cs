using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// The dense workload: a catalog of 45 indicators (25 flags, 20 counts), a rule set of threshold rules over all of
/// them, and households that each carry a value for every indicator. It is the opposite of the synthetic county,
/// where 73 % of households have no signal at all: here every rule is a candidate for every household.
/// </summary>
/// <remarks>
/// The rule set: one rule per flag ("present within 90 days", 2–6 points), one per count ("at least k within 180
/// days", 3–8 points), two combinations (<c>all</c> of a flag and a count; <c>at-least 2</c> of three counts), one
/// household fact (elder living alone), and three red flags on single indicators. Values, ages and thresholds are
/// drawn so that each threshold rule fires for about a quarter of households and the tiers are all populated.
/// The indicators and rules are invented for measuring, not a recommendation.
/// </remarks>
internal static class DenseWorkload
{
    public const int Flags = 25;

    public const int Counts = 20;

    private static readonly LocalDate Since = new(2020, 1, 1);

    public static readonly IndicatorCatalog Catalog = new(
        Enumerable.Range(1, Flags).Select(i => Definition(FlagCode(i), IndicatorKind.Flag, ""))
            .Concat(Enumerable.Range(1, Counts).Select(i => Definition(CountCode(i), IndicatorKind.Count, "events"))));

    public static RiskRuleSet RuleSet { get; } = CreateRuleSet();

    public static string FlagCode(int i) => $"dense.flag.{i:00}";

    public static string CountCode(int i) => $"dense.count.{i:00}";

    /// <summary>The synthetic county's households (ids, districts, members) with 45 dense signals each instead of theirs.</summary>
    /// <remarks>With <paramref name="extractDays"/>, every signal of an indicator is observed on one day (drawn per indicator), as in a monthly extract.</remarks>
    public static IEnumerable<Household> Households(LocalDate asOf, int households, int seed, bool extractDays = false)
    {
        var random = new Random(seed);
        var flags = Enumerable.Range(1, Flags).Select(i => new IndicatorCode(FlagCode(i))).ToArray();
        var counts = Enumerable.Range(1, Counts).Select(i => new IndicatorCode(CountCode(i))).ToArray();
        var days = new Random(seed + 1);
        var extract = Enumerable.Range(0, Flags + Counts).Select(_ => days.Next(0, 200)).ToArray();
        foreach (var h in SyntheticPopulation.Generate(asOf, seed, households))
        {
            var signals = new List<CrisisSignal>(Flags + Counts);
            for (var i = 0; i < flags.Length; i++)
            {
                var age = random.Next(0, 365);
                signals.Add(new CrisisSignal(flags[i], 1, asOf.PlusDays(-(extractDays ? extract[i] : age)), SignalSource.NationalRound));
            }

            for (var i = 0; i < counts.Length; i++)
            {
                var value = random.Next(0, 10);
                var age = random.Next(0, 365);
                signals.Add(new CrisisSignal(counts[i], value, asOf.PlusDays(-(extractDays ? extract[Flags + i] : age)), SignalSource.NationalRound));
            }

            yield return new Household(h.Id, h.District, h.Members, h.Housing, h.Site, h.Contact, h.Consent, h.Programmes, signals);
        }
    }

    /// <summary>The dense households laid out as a batch over <see cref="Catalog"/>.</summary>
    public static HouseholdBatch Batch(LocalDate asOf, int households, int seed, bool extractDays = false) =>
        HouseholdBatch.Create(Households(asOf, households, seed, extractDays), asOf, Catalog);

    private static IndicatorDefinition Definition(string code, IndicatorKind kind, string unit) =>
        new(new IndicatorCode(code), new BilingualName("측정용 " + code, "benchmark " + code), kind, unit, "benchmark", Since, minimum: 0);

    private static RiskRuleSet CreateRuleSet()
    {
        var rules = new List<ScoringRule>();
        for (var i = 1; i <= Flags; i++)
        {
            rules.Add(new ScoringRule($"flag-{i:00}", "flag " + i, RiskCondition.Present(FlagCode(i), withinDays: 90), 2 + (i % 5)));
        }

        for (var i = 1; i <= Counts; i++)
        {
            rules.Add(new ScoringRule($"count-{i:00}", "count " + i, RiskCondition.Compare(CountCode(i), ComparisonOperator.GreaterOrEqual, 5, withinDays: 180), 3 + (i % 6)));
        }

        rules.Add(new ScoringRule("flag-and-count", "flag 1 and count 1 ≥ 7", RiskCondition.All(
            RiskCondition.Present(FlagCode(1), withinDays: 180),
            RiskCondition.Compare(CountCode(1), ComparisonOperator.GreaterOrEqual, 7)), 6));
        rules.Add(new ScoringRule("two-of-three", "two of counts 2–4 ≥ 8", RiskCondition.AtLeast(2,
            RiskCondition.Compare(CountCode(2), ComparisonOperator.GreaterOrEqual, 8),
            RiskCondition.Compare(CountCode(3), ComparisonOperator.GreaterOrEqual, 8),
            RiskCondition.Compare(CountCode(4), ComparisonOperator.GreaterOrEqual, 8)), 5));
        rules.Add(new ScoringRule("elder-alone", "elder living alone", RiskCondition.Household(HouseholdPredicate.LivesAloneAged65Plus), 8));
        RiskTier[] tiers =
        [
            new("low", new("관찰", "Low"), 0, "Monitor", 60),
            new("medium", new("중위험", "Medium"), 45, "Phone check", 30),
            new("high", new("고위험", "High"), 60, "Visit", 7),
            new("urgent", new("긴급", "Urgent"), 75, "Same day", 0),
        ];
        RedFlag[] flags =
        [
            new("flag-25-recent", "flag 25 within 7 days", RiskCondition.Present(FlagCode(25), withinDays: 7), "high"),
            new("count-20-nine", "count 20 at 9 within 30 days", RiskCondition.Compare(CountCode(20), ComparisonOperator.GreaterOrEqual, 9, withinDays: 30), "urgent"),
            new("count-10-range", "count 10 between 6 and 7 within 14 days", RiskCondition.Compare(CountCode(10), ComparisonOperator.Between, 6, 7, withinDays: 14), "medium"),
        ];
        return new RiskRuleSet("bench.dense", "1", Since, "dense benchmark workload", tiers, rules, flags);
    }
}
