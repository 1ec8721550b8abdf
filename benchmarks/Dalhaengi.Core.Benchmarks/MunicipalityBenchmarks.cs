using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>Loading a municipality file: our validated loader against a bare System.Text.Json parse.</summary>
[MemoryDiagnoser]
public class MunicipalityBenchmarks
{
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = MunicipalityJson.Serialize(BuiltInMunicipalities.Yangpyeong);

    [Benchmark(Baseline = true)]
    public System.Text.Json.JsonDocument ParseDocumentOnly() => System.Text.Json.JsonDocument.Parse(_json);

    [Benchmark]
    public Municipality LoadAndValidate() => MunicipalityJson.Parse(_json);
}
