using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Loading the default rule set from its JSON text: parse, validate (every problem with its JSON path), and compile
/// for screening, against a bare <see cref="System.Text.Json.JsonDocument"/> parse of the same text; and the two
/// passes the loader makes over the text before validating: the scan for duplicate keys and resident registration
/// numbers, and the source-generated deserialization.
/// </summary>
[MemoryDiagnoser]
public class RuleSetLoadingBenchmarks
{
    private string _json = string.Empty;
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = RiskRuleSetJson.Serialize(BuiltInRuleSets.NationalOutreach);
        _utf8 = System.Text.Encoding.UTF8.GetBytes(_json);
    }

    [Benchmark(Baseline = true)]
    public System.Text.Json.JsonDocument ParseDocumentOnly() => System.Text.Json.JsonDocument.Parse(_json);

    [Benchmark]
    public int DuplicateKeyScanOnly()
    {
        Serialization.DocumentReader.RejectDuplicateKeys(_utf8, "rules.json");
        return _utf8.Length;
    }

    [Benchmark]
    public object? DeserializeOnly() =>
        System.Text.Json.JsonSerializer.Deserialize(_utf8, RiskRuleSetJsonContext.Default.RiskRuleSetDocument);

    [Benchmark]
    public RiskRuleSet LoadAndValidate() => RiskRuleSetJson.Parse(_json);

    [Benchmark]
    public RiskEvaluator LoadValidateAndCompile() => RiskEvaluator.Compile(RiskRuleSetJson.Parse(_json));
}
