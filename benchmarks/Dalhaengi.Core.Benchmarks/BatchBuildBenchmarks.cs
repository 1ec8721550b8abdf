using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Building the <see cref="HouseholdBatch"/> that screening needs, per household, on the sparse county and the dense
/// workload (60,000 households): from <see cref="Households.Household"/> objects (the baseline,
/// <see cref="HouseholdBatch.Create"/>), from rows with a reused builder (<see cref="HouseholdBatchBuilder.Clear"/>,
/// indicator codes as text), and the screening itself for scale.
/// </summary>
/// <remarks>The rows are in memory (parsed); reading them from a file is in <see cref="EndToEndBenchmarks"/>.</remarks>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class BatchBuildBenchmarks
{
    public const int Households = 60_000;

    private HouseholdRows _rows = null!;
    private HouseholdBatchBuilder _builder = null!;
    private HouseholdBatch _batch = null!;
    private RiskEvaluator _evaluator = null!;
    private RiskScore[] _results = [];

    [Params("sparse", "dense")]
    public string Workload { get; set; } = "sparse";

    [GlobalSetup]
    public void Setup()
    {
        _rows = HouseholdRows.Create(Workload, Households);
        _builder = new HouseholdBatchBuilder(_rows.AsOf, _rows.Catalog, Households);
        _batch = HouseholdBatch.Create(_rows.Households, _rows.AsOf, _rows.Catalog);
        _evaluator = RiskEvaluator.Compile(HouseholdRows.RuleSetFor(Workload), _rows.Catalog);
        _results = new RiskScore[Households];

        // The row path must lay out exactly the batch the objects give.
        var fromRows = FromRowsReusedBuilder();
        var a = new RiskScore[Households];
        _evaluator.Evaluate(fromRows, a);
        _evaluator.Evaluate(_batch, _results);
        var fromHandles = FromRowsWithHandles();
        var b = new RiskScore[Households];
        _evaluator.Evaluate(fromHandles, b);
        if (!a.AsSpan().SequenceEqual(_results) || !b.AsSpan().SequenceEqual(_results) || fromRows.SignalCount != _batch.SignalCount || fromHandles.SignalCount != _batch.SignalCount)
        {
            throw new InvalidOperationException("The batch built from rows screens differently from the one built from households.");
        }

        // The dense workload has one signal per household and indicator, so its wide table is the same population.
        if (Workload == "dense")
        {
            var fromColumns = FromWideColumns();
            var c = new RiskScore[Households];
            _evaluator.Evaluate(fromColumns, c);
            if (!c.AsSpan().SequenceEqual(_results) || fromColumns.SignalCount != _batch.SignalCount)
            {
                throw new InvalidOperationException("The batch built by columns screens differently from the one built from households.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public HouseholdBatch FromHouseholdObjects() => HouseholdBatch.Create(_rows.Households, _rows.AsOf, _rows.Catalog);

    [Benchmark(OperationsPerInvoke = Households)]
    public HouseholdBatch FromRowsReusedBuilder()
    {
        _builder.Clear();
        _rows.FillBuilder(_builder);
        return _builder.Build();
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public HouseholdBatch FromRowsWithHandles()
    {
        _builder.Clear();
        _rows.FillBuilderWithHandles(_builder);
        return _builder.Build();
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public HouseholdBatch FromWideColumns()
    {
        _builder.Clear();
        _rows.FillBuilderByColumns(_builder, oneDate: false);
        return _builder.Build();
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public HouseholdBatch FromWideColumnsOneExtractDay()
    {
        _builder.Clear();
        _rows.FillBuilderByColumns(_builder, oneDate: true);
        return _builder.Build();
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public RiskScore[] ScreenTheBatch()
    {
        _evaluator.Evaluate(_batch, _results);
        return _results;
    }
}
