using System.Globalization;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// <c>--cpu</c>: the CPU time per household of the screening paths, a cross-check of the BenchmarkDotNet tables on a
/// shared machine. BenchmarkDotNet reports wall time, which grows with every other process on the cores; the
/// process's CPU time does not (much), so on an oversubscribed machine it is the closer estimate of what one
/// household costs. Each case is warmed up, then repeated until it has used 0.3 s of CPU.
/// </summary>
internal static class CpuTimeReport
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    public static int Run(TextWriter output)
    {
        output.WriteLine(string.Create(Ic, $"CPU time per household (process CPU, all threads), load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores:"));
        output.WriteLine("| Case | sparse county | dense workload |");
        output.WriteLine("|---|---:|---:|");
        var sparse = ScreeningPopulation.Create(ScreeningBenchmarks.Households);
        var dense = ScreeningPopulation.CreateDense(ScreeningBenchmarks.Households);
        Row(output, "Compiled, batch (`Evaluate(batch, results)`)", p => new CompiledBatchContender(p), sparse, dense);
        Row(output, "Compiled, batch, scalar (no vector kernel)", p => new CompiledBatchScalarContender(p), sparse, dense);
        Row(output, "Compiled, one at a time", p => new CompiledOneAtATimeContender(p), sparse, dense);
        var sparseRows = HouseholdRows.Create("sparse", ScreeningBenchmarks.Households);
        var denseRows = HouseholdRows.Create("dense", ScreeningBenchmarks.Households);
        output.WriteLine(string.Create(Ic, $"| Batch from `Household` objects (`HouseholdBatch.Create`) | {Build(sparseRows, false):F1} ns | {Build(denseRows, false):F1} ns |"));
        output.WriteLine(string.Create(Ic, $"| Batch from rows, reused builder | {Build(sparseRows, true):F1} ns | {Build(denseRows, true):F1} ns |"));

        var small = ScreeningPopulation.Create(2_000);
        var smallDense = ScreeningPopulation.CreateDense(2_000);
        Row(output, "Microsoft RulesEngine (2,000 households)", p => new RulesEngineContender(p), small, smallDense);
        Row(output, "NRules (2,000 households)", p => new NRulesContender(p), small, smallDense);

        var million = ScreeningPopulation.Create(WhatIfBenchmarks.Households);
        var proposed = RiskEvaluator.Compile(WhatIfBenchmarks.Proposed(million.RuleSet));
        var changed = 0;
        var whatIf = PerItem(() => changed = RiskWhatIf.Run(million.Evaluator, proposed, million.Batch).Changed.Count, 1);
        output.WriteLine(string.Create(Ic, $"`RiskWhatIf.Run`, 1,000,000 households (sparse), {changed:N0} changed: {whatIf / 1e6:F1} ms CPU per run"));
        return 0;
    }

    private static void Row(TextWriter output, string name, Func<ScreeningPopulation, ScreeningContender> create, ScreeningPopulation sparse, ScreeningPopulation dense)
    {
        var a = create(sparse);
        var b = create(dense);
        output.WriteLine(string.Create(Ic, $"| {name} | {PerItem(a.Screen, sparse.Count):F1} ns | {PerItem(b.Screen, dense.Count):F1} ns |"));
    }

    private static double Build(HouseholdRows rows, bool fromRows)
    {
        var builder = new HouseholdBatchBuilder(rows.AsOf, rows.Catalog, rows.Count);
        return PerItem(
            () =>
            {
                if (fromRows)
                {
                    builder.Clear();
                    rows.FillBuilder(builder);
                    builder.Build();
                }
                else
                {
                    HouseholdBatch.Create(rows.Households, rows.AsOf, rows.Catalog);
                }
            },
            rows.Count);
    }

    // Nanoseconds of process CPU per item.
    private static double PerItem(Action action, int items)
    {
        for (var i = 0; i < 5; i++)
        {
            action();
        }

        var start = Environment.CpuUsage.TotalTime;
        var runs = 0;
        do
        {
            action();
            runs++;
        }
        while ((Environment.CpuUsage.TotalTime - start).TotalSeconds < 0.3);

        return (Environment.CpuUsage.TotalTime - start).TotalNanoseconds / ((double)runs * items);
    }
}
