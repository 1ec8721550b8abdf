using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A rule set compiled once for fast screening: scores and tiers for one household or a whole
/// <see cref="HouseholdBatch"/> without allocating, and the full explanation on demand.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: share one instance; to use several cores call
/// <see cref="EvaluateParallel(HouseholdBatch, Memory{RiskScore}, int)"/>, or split a batch into ranges yourself with
/// <see cref="Evaluate(HouseholdBatch, int, Span{RiskScore})"/>. Results are identical to reading the rules one
/// by one (the test suite checks this on random rule sets and households).
/// <para>
/// A rule set with dated <see cref="RiskRuleSet.Parameters"/> is compiled once per period in which every parameter
/// keeps its value (the periods are cut at the values' start dates and the day after each confirmed period), so
/// screening a batch picks the program for <see cref="HouseholdBatch.AsOf"/> with a binary search and still
/// allocates nothing per household. <see cref="WarningsAt"/> tells whether a date is past a confirmed period.
/// </para>
/// </remarks>
public sealed class RiskEvaluator
{
    private const int StackRuleWords = 16;

    // Households per range of EvaluateParallel: ~0.5 ms of work, large enough that scheduling is noise.
    private const int ParallelRange = 16_384;

    // Period i starts on _starts[i] (the first on the earliest date) and ends the day before _starts[i + 1].
    private readonly LocalDate[] _starts;
    private readonly RiskProgram[] _programs;

    private RiskEvaluator(RiskRuleSet ruleSet, IndicatorCatalog catalog, LocalDate[] starts, RiskProgram[] programs)
    {
        RuleSet = ruleSet;
        Catalog = catalog;
        _starts = starts;
        _programs = programs;
    }

    /// <summary>The rule set compiled.</summary>
    public RiskRuleSet RuleSet { get; }

    /// <summary>The catalog the rule set was compiled against; batches must use the same one.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>Validates a rule set against a catalog and compiles it.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="catalog">The indicator catalog; <see cref="IndicatorCatalog.National"/> when <see langword="null"/>.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">The rule set uses indicators the catalog lacks or compares them in ways their kind does not allow.</exception>
    public static RiskEvaluator Compile(RiskRuleSet ruleSet, IndicatorCatalog? catalog = null) => Compile(ruleSet, catalog, vectorKernel: true);

    /// <summary>Compiles with or without the vector kernel for threshold rules (the benchmarks compare both).</summary>
    internal static RiskEvaluator Compile(RiskRuleSet ruleSet, IndicatorCatalog? catalog, bool vectorKernel, ColumnWidth columnWidth = ColumnWidth.Native)
    {
        Guard.Against.Null(ruleSet);
        catalog ??= IndicatorCatalog.National;
        var problems = RiskRuleSetValidator.Validate(ruleSet, catalog);
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"rule set {ruleSet}", problems);
        }

        LocalDate[] starts = [LocalDate.MinIsoValue, .. RuleSetBinding.Breakpoints(ruleSet)];
        var programs = starts.Select(d => new RiskProgramCompiler(catalog, vectorKernel, columnWidth).Compile(RuleSetBinding.Bind(ruleSet, d))).ToArray();
        return new RiskEvaluator(ruleSet, catalog, starts, programs);
    }

    /// <summary>Lists the warnings that screening as of a date carries, for example a parameter applied past its confirmed period.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The warnings; empty when every parameter has a confirmed value on the date, and always for a rule set without parameters.</returns>
    public IReadOnlyList<string> WarningsAt(LocalDate asOf) => RuleSetBinding.Warnings(RuleSet, asOf);

    /// <summary>Screens one household of a batch, without explanation and without allocating.</summary>
    /// <param name="batch">The batch, laid out by <see cref="Catalog"/>.</param>
    /// <param name="index">The household's index in the batch.</param>
    /// <returns>The score and tier.</returns>
    /// <exception cref="ArgumentException">The batch uses another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public RiskScore Evaluate(HouseholdBatch batch, int index)
    {
        CheckBatch(batch);
        Guard.Against.OutOfRange(index, nameof(index), 0, batch.Count - 1);
        var program = _programs[PeriodOf(batch.AsOf)];
        Span<ulong> candidates = program.RuleWords <= StackRuleWords ? stackalloc ulong[program.RuleWords] : new ulong[program.RuleWords];
        return program.One(batch, index, 1u << batch.AsOf.Month, candidates);
    }

    /// <summary>Screens every household of a batch, without explanation and without allocating.</summary>
    /// <param name="batch">The batch, laid out by <see cref="Catalog"/>.</param>
    /// <param name="results">Receives one result per household, in batch order; at least <see cref="HouseholdBatch.Count"/> long.</param>
    /// <exception cref="ArgumentException">The batch uses another catalog or <paramref name="results"/> is too short.</exception>
    public void Evaluate(HouseholdBatch batch, Span<RiskScore> results)
    {
        CheckBatch(batch);
        if (results.Length < batch.Count)
        {
            throw new ArgumentException($"The results span holds {results.Length} entries; the batch has {batch.Count} households.", nameof(results));
        }

        Evaluate(batch, 0, results[..batch.Count]);
    }

    /// <summary>Screens a range of households of a batch: those from <paramref name="start"/> on, one per entry of <paramref name="results"/>.</summary>
    /// <param name="batch">The batch, laid out by <see cref="Catalog"/>.</param>
    /// <param name="start">The index of the first household.</param>
    /// <param name="results">Receives the results; its length is the number of households screened.</param>
    /// <exception cref="ArgumentException">The batch uses another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range goes past the end of the batch.</exception>
    public void Evaluate(HouseholdBatch batch, int start, Span<RiskScore> results)
    {
        CheckBatch(batch);
        Guard.Against.OutOfRange(start, nameof(start), 0, batch.Count - results.Length);
        var program = _programs[PeriodOf(batch.AsOf)];
        Span<ulong> candidates = program.RuleWords <= StackRuleWords ? stackalloc ulong[program.RuleWords] : new ulong[program.RuleWords];
        program.Run(batch, start, results, candidates);
    }

    /// <summary>Screens every household of a batch on several cores, without explanation and without allocating per household.</summary>
    /// <param name="batch">The batch, laid out by <see cref="Catalog"/>.</param>
    /// <param name="results">Receives one result per household, in batch order; at least <see cref="HouseholdBatch.Count"/> long.</param>
    /// <param name="maxDegreeOfParallelism">The most cores to use, 1 or more; -1 (the default) for every core of the machine.</param>
    /// <remarks>
    /// The batch is cut into ranges of 16,384 households that threads of the shared thread pool take in turn, each
    /// writing its own part of <paramref name="results"/>, so the results are identical to
    /// <see cref="Evaluate(HouseholdBatch, Span{RiskScore})"/>. A batch of one range is screened on the calling
    /// thread. Scaling is measured in <c>docs/benchmarks.md</c> (<c>ParallelScreeningBenchmarks</c>).
    /// </remarks>
    /// <exception cref="ArgumentException">The batch uses another catalog or <paramref name="results"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public void EvaluateParallel(HouseholdBatch batch, Memory<RiskScore> results, int maxDegreeOfParallelism = -1)
    {
        CheckBatch(batch);
        if (results.Length < batch.Count)
        {
            throw new ArgumentException($"The results memory holds {results.Length} entries; the batch has {batch.Count} households.", nameof(results));
        }

        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use 1 or more cores, or -1 for all of them.");
        }

        var ranges = (batch.Count + ParallelRange - 1) / ParallelRange;
        if (ranges <= 1 || maxDegreeOfParallelism == 1)
        {
            Evaluate(batch, 0, results.Span[..batch.Count]);
            return;
        }

        var program = _programs[PeriodOf(batch.AsOf)];
        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, r =>
        {
            var start = r * ParallelRange;
            var length = Math.Min(ParallelRange, batch.Count - start);
            Span<ulong> candidates = program.RuleWords <= StackRuleWords ? stackalloc ulong[program.RuleWords] : new ulong[program.RuleWords];
            program.Run(batch, start, results.Span.Slice(start, length), candidates);
        });
    }

    /// <summary>Explains the result of one household of a batch: every rule and red flag that fired and the signals each used.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="index">The household's index in the batch.</param>
    /// <returns>The assessment, as of <see cref="HouseholdBatch.AsOf"/>.</returns>
    /// <exception cref="ArgumentException">The batch uses another catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public RiskAssessment Explain(HouseholdBatch batch, int index)
    {
        CheckBatch(batch);
        Guard.Against.OutOfRange(index, nameof(index), 0, batch.Count - 1);
        return RiskInterpreter.Explain(RuleSet, batch.FactsAt(index), batch.AsOf);
    }

    /// <summary>Screens and explains one household as of a date.</summary>
    /// <param name="household">The household.</param>
    /// <param name="asOf">The date; signals observed later are ignored.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is <see langword="null"/>.</exception>
    public RiskAssessment Explain(Household household, LocalDate asOf)
    {
        Guard.Against.Null(household);
        return RiskInterpreter.Explain(RuleSet, HouseholdFacts.Of(household, asOf), asOf);
    }

    /// <summary>Gets the tier a result stands for.</summary>
    /// <param name="score">A result of this evaluator.</param>
    /// <returns>The tier.</returns>
    public RiskTier TierOf(RiskScore score) => RuleSet.Tiers[score.Tier];

    /// <summary>Returns the rule set compiled.</summary>
    /// <returns>For example <c>kr.national-outreach@2025.1 (compiled)</c>.</returns>
    public override string ToString() => $"{RuleSet} (compiled)";

    private int PeriodOf(LocalDate asOf)
    {
        int lo = 0, hi = _starts.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (_starts[mid] <= asOf)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    internal void CheckBatch(HouseholdBatch batch)
    {
        Guard.Against.Null(batch);
        if (!ReferenceEquals(batch.Catalog, Catalog) && !batch.Catalog.Equals(Catalog))
        {
            throw new ArgumentException("The batch was laid out by another indicator catalog than the evaluator's.", nameof(batch));
        }
    }
}
