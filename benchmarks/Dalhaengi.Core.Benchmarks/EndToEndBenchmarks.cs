using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// A CSV file to tiers, per household (60,000, sparse county and dense workload): read the file line by line, fill a
/// reused builder from the fields (<see cref="CsvBatchReader"/>), build the batch, screen it. The baseline is only
/// reading the file's lines, the floor any reader pays.
/// </summary>
/// <remarks>The file is written to the temp directory in setup and is in the page cache when timed.</remarks>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class EndToEndBenchmarks
{
    public const int Households = 60_000;

    private readonly CsvBatchReader _reader = new();
    private string _path = "";
    private HouseholdBatchBuilder _builder = null!;
    private RiskEvaluator _evaluator = null!;
    private RiskScore[] _results = [];

    [Params("sparse", "dense")]
    public string Workload { get; set; } = "sparse";

    [GlobalSetup]
    public void Setup()
    {
        var rows = HouseholdRows.Create(Workload, Households);
        _path = Path.Combine(Path.GetTempPath(), $"dalhaengi-bench-{Workload}-{Environment.ProcessId}.csv");
        rows.WriteCsv(_path);
        _builder = new HouseholdBatchBuilder(rows.AsOf, rows.Catalog, Households);
        _evaluator = RiskEvaluator.Compile(HouseholdRows.RuleSetFor(Workload), rows.Catalog);
        _results = new RiskScore[Households];

        var expected = new RiskScore[Households];
        _evaluator.Evaluate(HouseholdBatch.Create(rows.Households, rows.AsOf, rows.Catalog), expected);
        CsvToTiers();
        if (!expected.AsSpan().SequenceEqual(_results))
        {
            throw new InvalidOperationException("Screening the CSV file differs from screening the households it was written from.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public int ReadLinesOnly()
    {
        var n = 0;
        using var reader = new StreamReader(_path);
        while (reader.ReadLine() is not null)
        {
            n++;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public RiskScore[] CsvToTiers()
    {
        _reader.Read(_path, _builder);
        _evaluator.Evaluate(_builder.Build(), _results);
        return _results;
    }
}
