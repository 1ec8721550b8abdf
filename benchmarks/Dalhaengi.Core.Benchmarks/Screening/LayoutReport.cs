using System.Globalization;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// <c>--layouts</c>: what each step of the column cells' narrowing buys on the dense workload, the layouts interleaved
/// in one process (round after round, each layout screened in turn) so that a loaded or drifting machine affects all
/// of them alike; reports the best round's CPU time of the measuring thread per household.
/// </summary>
internal static class LayoutReport
{
    private const int Rounds = 7;

    public static int Run(TextWriter output)
    {
        var sparse = ScreeningPopulation.Create(ScreeningBenchmarks.Households);
        Run(output, "Sparse county", sparse,
        [
            ("float values, 16-bit ages (the previous layout), 16 lanes", new CompiledBatchLayoutContender(sparse, new(CellKind.Float, CellKind.UShort), ColumnWidth.Vector512)),
            ("the default, 16 lanes", new CompiledBatchLayoutContender(sparse, ColumnCellOptions.Default, ColumnWidth.Vector512)),
            ("float values, 16-bit ages, 8 lanes", new CompiledBatchLayoutContender(sparse, new(CellKind.Float, CellKind.UShort), ColumnWidth.Vector256)),
            ("the default, 8 lanes", new CompiledBatchLayoutContender(sparse, ColumnCellOptions.Default, ColumnWidth.Vector256)),
        ]);
        var dense = ScreeningPopulation.CreateDense(DenseScreeningBenchmarks.Households);
        return Run(output, "Dense workload", dense,
        [
            ("float values, 16-bit ages (6 B per cell, the previous layout), 16 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Float, CellKind.UShort), ColumnWidth.Vector512)),
            ("float values, 16-bit ages, 8 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Float, CellKind.UShort), ColumnWidth.Vector256)),
            ("float values, 16-bit ages, blocks 16 B off 64-byte alignment, 16 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Float, CellKind.UShort, 16), ColumnWidth.Vector512)),
            ("float values, 16-bit ages, blocks 16 B off 64-byte alignment, 8 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Float, CellKind.UShort, 16), ColumnWidth.Vector256)),
            ("byte values, 16-bit ages (3 B per cell), 16 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Byte, CellKind.UShort), ColumnWidth.Vector512)),
            ("byte values, byte ages (2 B per cell), 16 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Byte, CellKind.Byte), ColumnWidth.Vector512)),
            ("byte values, byte ages, 8 lanes", new CompiledBatchLayoutContender(dense, new(CellKind.Byte, CellKind.Byte), ColumnWidth.Vector256)),
            ("flags' one value kept once (1 B per flag cell), byte values, byte ages: the default, 16 lanes", new CompiledBatchLayoutContender(dense, ColumnCellOptions.Default, ColumnWidth.Vector512)),
            ("the default, 8 lanes", new CompiledBatchLayoutContender(dense, ColumnCellOptions.Default, ColumnWidth.Vector256)),
        ]);
    }

    private static int Run(TextWriter output, string workload, ScreeningPopulation dense, (string Name, ScreeningContender Contender)[] cases)
    {
        var truth = new CompiledBatchWidthContender(dense, ColumnWidth.Off);
        truth.Screen();
        foreach (var (name, c) in cases)
        {
            c.Screen();
            for (var i = 0; i < dense.Count; i++)
            {
                if (c.ScoreAt(i) != truth.ScoreAt(i) || c.TierAt(i) != truth.TierAt(i))
                {
                    throw new InvalidOperationException($"{name}: household {i} differs from the per-household path.");
                }
            }
        }

        var best = cases.Select(_ => double.MaxValue).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var k = 0; k < cases.Length; k++)
            {
                var c = cases[k].Contender;
                for (var warm = 0; warm < 20; warm++)
                {
                    c.Screen();
                }

                const int runs = 150;
                var start = ThreadClock.Nanoseconds();
                for (var r = 0; r < runs; r++)
                {
                    c.Screen();
                }

                best[k] = Math.Min(best[k], (ThreadClock.Nanoseconds() - start) / ((double)runs * dense.Count));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload}, {dense.Count:N0} households, best of {Rounds} interleaved rounds, CPU of the measuring thread per household, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores:"));
        output.WriteLine("| Column cells | ns per household |");
        output.WriteLine("|---|---:|");
        for (var k = 0; k < cases.Length; k++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cases[k].Name} | {best[k]:F1} |"));
        }

        return 0;
    }
}
