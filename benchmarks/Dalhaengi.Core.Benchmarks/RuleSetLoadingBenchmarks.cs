using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Loading the default rule set from its JSON text: parse, validate (every problem with its JSON path), and compile
/// for screening, against a bare <see cref="System.Text.Json.JsonDocument"/> parse of the same text.
/// </summary>
[MemoryDiagnoser]
public class RuleSetLoadingBenchmarks
{
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = RiskRuleSetJson.Serialize(BuiltInRuleSets.NationalOutreach);

    [Benchmark(Baseline = true)]
    public System.Text.Json.JsonDocument ParseDocumentOnly() => System.Text.Json.JsonDocument.Parse(_json);

    [Benchmark]
    public RiskRuleSet LoadAndValidate() => RiskRuleSetJson.Parse(_json);

    [Benchmark]
    public RiskEvaluator LoadValidateAndCompile() => RiskEvaluator.Compile(RiskRuleSetJson.Parse(_json));
}
