using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>Shows ratios as "N× faster/slower" than the baseline, readable when contenders differ by orders of magnitude.</summary>
public sealed class TrendRatioConfig : ManualConfig
{
    public TrendRatioConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
}
