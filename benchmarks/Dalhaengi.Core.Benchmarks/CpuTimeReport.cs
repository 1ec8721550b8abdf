using System.Globalization;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// <c>--cpu</c>: the CPU time per household of the screening paths, a cross-check of the BenchmarkDotNet tables on a
/// shared machine. BenchmarkDotNet reports wall time, which grows with every other process on the cores; the CPU
/// time of the thread doing the work does not (much), so on an oversubscribed machine it is the closer estimate of
/// what one household costs.
/// </summary>
/// <remarks>
/// Measures only the work: the CPU time of the <em>calling thread</em> (Linux <c>/proc/thread-self/schedstat</c>,
/// nanoseconds), not of the process, so the JIT's background compilations and the runtime's other threads are not
/// counted; and each case is first run for at least 1 s and 40 calls, so that tiered compilation has replaced the
/// first (unoptimised, then on-stack-replaced) code by the optimised code before timing starts. An earlier version
/// warmed up with 5 calls and counted every thread: on the dense workload that timed partly unoptimised code and
/// gave 3–4× the BenchmarkDotNet figure. Then each case is repeated until it has used 0.5 s of its thread's CPU.
/// </remarks>
internal static class CpuTimeReport
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    private static string? _only;

    private static bool Wanted(string name) => _only is null || name.Contains(_only, StringComparison.OrdinalIgnoreCase);

    public static int Run(TextWriter output, string? only = null)
    {
        output.WriteLine(string.Create(Ic, $"CPU time per household (CPU of the measuring thread{(ThreadClock.Precise ? "" : "; no per-thread clock here, process CPU instead")}), load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores:"));
        output.WriteLine("| Case | sparse county | dense workload |");
        output.WriteLine("|---|---:|---:|");
        _only = only;
        var sparse = ScreeningPopulation.Create(ScreeningBenchmarks.Households);
        var dense = ScreeningPopulation.CreateDense(ScreeningBenchmarks.Households);
        Row(output, "Compiled, batch (`Evaluate(batch, results)`)", p => new CompiledBatchContender(p), sparse, dense);
        Row(output, "Compiled, batch, columns forced to 8 lanes (`Vector256`)", p => new CompiledBatchWidthContender(p, ColumnWidth.Vector256), sparse, dense);
        Row(output, "Compiled, batch, cells as wide as before (float values, 16-bit ages)", p => new CompiledBatchLayoutContender(p, new(CellKind.Float, CellKind.UShort), ColumnWidth.Native), sparse, dense);
        Row(output, "Compiled, batch, cells as wide as before, 8 lanes", p => new CompiledBatchLayoutContender(p, new(CellKind.Float, CellKind.UShort), ColumnWidth.Vector256), sparse, dense);
        Row(output, "Compiled, batch, cells as wide as before, blocks misaligned by 16 bytes", p => new CompiledBatchLayoutContender(p, new(CellKind.Float, CellKind.UShort, 16), ColumnWidth.Native), sparse, dense);
        Row(output, "Compiled, batch, narrow values, 16-bit ages", p => new CompiledBatchLayoutContender(p, new(CellKind.Byte, CellKind.UShort), ColumnWidth.Native), sparse, dense);
        Row(output, "Compiled, batch, columns forced to 1 lane (scalar)", p => new CompiledBatchWidthContender(p, ColumnWidth.Scalar), sparse, dense);
        Row(output, "Compiled, batch, no column screen (per household, AVX-512 kernel)", p => new CompiledBatchWidthContender(p, ColumnWidth.Off), sparse, dense);
        Row(output, "Compiled, batch, scalar (no columns, no vector kernel)", p => new CompiledBatchScalarContender(p), sparse, dense);
        Row(output, "Compiled, one at a time", p => new CompiledOneAtATimeContender(p), sparse, dense);
        if (Wanted("batch from"))
        {
            var sparseRows = HouseholdRows.Create("sparse", ScreeningBenchmarks.Households);
            var denseRows = HouseholdRows.Create("dense", ScreeningBenchmarks.Households);
            output.WriteLine(string.Create(Ic, $"| Batch from `Household` objects (`HouseholdBatch.Create`) | {Build(sparseRows, false):F1} ns | {Build(denseRows, false):F1} ns |"));
            output.WriteLine(string.Create(Ic, $"| Batch from rows, reused builder, codes as text | {Build(sparseRows, true):F1} ns | {Build(denseRows, true):F1} ns |"));
            output.WriteLine(string.Create(Ic, $"| Batch from rows, reused builder, indicators resolved once (`IndicatorHandle`) | {Build(sparseRows, true, handles: true):F1} ns | {Build(denseRows, true, handles: true):F1} ns |"));
            output.WriteLine(string.Create(Ic, $"| Batch from a wide table by columns (`AddHouseholds`, `SetFact`, `SetColumn`), a day per cell | {BuildByColumns(sparseRows, false):F1} ns | {BuildByColumns(denseRows, false):F1} ns |"));
            output.WriteLine(string.Create(Ic, $"| Batch from a wide table by columns, one extract day per column | {BuildByColumns(sparseRows, true):F1} ns | {BuildByColumns(denseRows, true):F1} ns |"));
        }

        var small = ScreeningPopulation.Create(2_000);
        var smallDense = ScreeningPopulation.CreateDense(2_000);
        Row(output, "Microsoft RulesEngine (2,000 households)", p => new RulesEngineContender(p), small, smallDense);
        Row(output, "NRules (2,000 households)", p => new NRulesContender(p), small, smallDense);

        if (!Wanted("what-if"))
        {
            return 0;
        }

        var million = ScreeningPopulation.Create(WhatIfBenchmarks.Households);
        var proposed = RiskEvaluator.Compile(WhatIfBenchmarks.Proposed(million.RuleSet));
        var changed = 0;
        var whatIf = PerItem(() => changed = RiskWhatIf.Run(million.Evaluator, proposed, million.Batch).Changed.Count, 1);
        output.WriteLine(string.Create(Ic, $"`RiskWhatIf.Run`, 1,000,000 households (sparse), {changed:N0} changed: {whatIf / 1e6:F1} ms CPU per run"));
        return 0;
    }

    private static void Row(TextWriter output, string name, Func<ScreeningPopulation, ScreeningContender> create, ScreeningPopulation sparse, ScreeningPopulation dense)
    {
        if (!Wanted(name))
        {
            return;
        }

        var a = create(sparse);
        var b = create(dense);
        output.WriteLine(string.Create(Ic, $"| {name} | {PerItem(a.Screen, sparse.Count):F1} ns | {PerItem(b.Screen, dense.Count):F1} ns |"));
    }

    private static double BuildByColumns(HouseholdRows rows, bool oneDate)
    {
        var builder = new HouseholdBatchBuilder(rows.AsOf, rows.Catalog, rows.Count);
        _ = rows.WideColumns;
        return PerItem(
            () =>
            {
                builder.Clear();
                rows.FillBuilderByColumns(builder, oneDate);
                builder.Build();
            },
            rows.Count);
    }

    private static double Build(HouseholdRows rows, bool fromRows, bool handles = false)
    {
        var builder = new HouseholdBatchBuilder(rows.AsOf, rows.Catalog, rows.Count);
        return PerItem(
            () =>
            {
                if (fromRows)
                {
                    builder.Clear();
                    if (handles)
                    {
                        rows.FillBuilderWithHandles(builder);
                    }
                    else
                    {
                        rows.FillBuilder(builder);
                    }

                    builder.Build();
                }
                else
                {
                    HouseholdBatch.Create(rows.Households, rows.AsOf, rows.Catalog);
                }
            },
            rows.Count);
    }

    // Nanoseconds of the calling thread's CPU per item, after a warm-up long enough for tiered compilation.
    private static double PerItem(Action action, int items)
    {
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 40 || warm.Elapsed.TotalSeconds < 1; i++)
        {
            action();
            if (warm.Elapsed.TotalSeconds > 4)
            {
                break;
            }
        }

        var start = ThreadClock.Nanoseconds();
        var runs = 0;
        long used;
        do
        {
            action();
            runs++;
            used = ThreadClock.Nanoseconds() - start;
        }
        while (used < 500_000_000);

        return used / ((double)runs * items);
    }
}
