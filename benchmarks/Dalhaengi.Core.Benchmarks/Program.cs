using BenchmarkDotNet.Running;
using Dalhaengi.Core.Benchmarks;

// --smoke: the same-tiers check across all six screening contenders (sparse and dense workloads) and the planner quality check on a tiny
// population and tiny instances (for CI; exits 1 on any mismatch). --verify N: the same-tiers check on N households.
// --quality: the planner quality table. --cpu: CPU time per household of the screening paths (for a shared machine).
// --layouts: the dense workload's column-cell layouts, interleaved (what each narrowing buys).
// --scaling: the planner's time as districts grow to 5,000.
// --explain NAME: one suite instance's plan, per district, with its warnings and the optimum's sessions.
// --quality-suite [count] [seconds]: the planner against CP-SAT on the named hard cases and count seeded constrained instances.
// Anything else goes to BenchmarkDotNet.
if (args.Contains("--smoke"))
{
    return Smoke.Run(Console.Out);
}

if (Array.IndexOf(args, "--verify") is var v and >= 0)
{
    return Smoke.Verify(Console.Out, v + 1 < args.Length ? int.Parse(args[v + 1], System.Globalization.CultureInfo.InvariantCulture) : Smoke.Households);
}

if (Array.IndexOf(args, "--cpu") is var cpu and >= 0)
{
    // --cpu [text]: only the rows whose name contains the text (for example --cpu "batch (" or --cpu what-if).
    return CpuTimeReport.Run(Console.Out, cpu + 1 < args.Length ? args[cpu + 1] : null);
}

if (args.Contains("--layouts"))
{
    return Dalhaengi.Core.Benchmarks.Screening.LayoutReport.Run(Console.Out);
}

if (args.Contains("--scaling"))
{
    return Dalhaengi.Core.Benchmarks.Planning.DistrictScalingReport.Run(Console.Out);
}

if (Array.IndexOf(args, "--quality-suite") is var q and >= 0)
{
    var count = q + 1 < args.Length ? int.Parse(args[q + 1], System.Globalization.CultureInfo.InvariantCulture) : Dalhaengi.Core.Benchmarks.Planning.QualitySuiteReport.Count;
    var seconds = q + 2 < args.Length ? double.Parse(args[q + 2], System.Globalization.CultureInfo.InvariantCulture) : Dalhaengi.Core.Benchmarks.Planning.QualitySuiteReport.TimeLimitSeconds;
    var suite = Dalhaengi.Core.Benchmarks.Planning.ConstrainedInstances.Named.Concat(Dalhaengi.Core.Benchmarks.Planning.ConstrainedInstances.Generated(count));
    return Dalhaengi.Core.Benchmarks.Planning.QualitySuiteReport.Run(Console.Out, suite, seconds);
}

if (Array.IndexOf(args, "--explain") is var e and >= 0 && e + 1 < args.Length)
{
    return Dalhaengi.Core.Benchmarks.Planning.QualitySuiteReport.Explain(Console.Out, args[e + 1]);
}

if (args.Contains("--quality"))
{
    return QualityReport.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(args);
return 0;
