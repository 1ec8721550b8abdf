using BenchmarkDotNet.Running;
using Dalhaengi.Core.Benchmarks;

// --smoke: the same-tiers check across all five screening contenders and the planner quality check on a tiny
// population and tiny instances (for CI; exits 1 on any mismatch). --verify N: the same-tiers check on N households.
// --quality: the planner quality table. --scaling: the planner's time as districts grow to 5,000.
// Anything else goes to BenchmarkDotNet.
if (args.Contains("--smoke"))
{
    return Smoke.Run(Console.Out);
}

if (Array.IndexOf(args, "--verify") is var v and >= 0)
{
    return Smoke.Verify(Console.Out, v + 1 < args.Length ? int.Parse(args[v + 1], System.Globalization.CultureInfo.InvariantCulture) : Smoke.Households);
}

if (args.Contains("--scaling"))
{
    return Dalhaengi.Core.Benchmarks.Planning.DistrictScalingReport.Run(Console.Out);
}

if (args.Contains("--quality"))
{
    return QualityReport.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(args);
return 0;
