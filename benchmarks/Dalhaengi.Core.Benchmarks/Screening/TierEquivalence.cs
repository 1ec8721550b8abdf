using System.Globalization;
using System.Text;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// Checks that contenders give every household the same tier as this library's compiled batch evaluator; usable
/// in a benchmark's setup and from the <c>--smoke</c> mode.
/// </summary>
internal static class TierEquivalence
{
    /// <summary>Screens with every contender and throws, listing the first differences, if any tier (or score) differs from the first contender's.</summary>
    /// <returns>How many households fall in each tier.</returns>
    public static int[] Verify(ScreeningPopulation population, IReadOnlyList<ScreeningContender> contenders)
    {
        foreach (var c in contenders)
        {
            c.Screen();
        }

        var truth = contenders[0];
        var problems = new StringBuilder();
        var differences = 0;
        foreach (var c in contenders.Skip(1))
        {
            for (var i = 0; i < population.Count; i++)
            {
                if ((c.TierAt(i) != truth.TierAt(i) || c.ScoreAt(i) != truth.ScoreAt(i)) && ++differences <= 10)
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"  household {population.Batch.IdAt(i)}: {truth.Name} → score {truth.ScoreAt(i)} tier {truth.TierAt(i)}, {c.Name} → score {c.ScoreAt(i)} tier {c.TierAt(i)}");
                }
            }
        }

        if (differences > 0)
        {
            throw new InvalidOperationException($"{differences} result(s) differ between contenders:{Environment.NewLine}{problems}");
        }

        var counts = new int[population.RuleSet.Tiers.Count];
        for (var i = 0; i < population.Count; i++)
        {
            counts[truth.TierAt(i)]++;
        }

        return counts;
    }

    /// <summary>
    /// All contenders, the compiled batch evaluator first: the batch evaluator also with its column screen forced to
    /// each width (16, 8 and 1 lanes) and switched off, without its vector kernel, and with every column cell layout
    /// forced (wider values, per-cell ages, blocks off alignment; by rows and by columns, one extract day or a day per cell).
    /// </summary>
    public static IReadOnlyList<ScreeningContender> All(ScreeningPopulation population) =>
    [
        new CompiledBatchContender(population),
        new CompiledBatchWidthContender(population, ColumnWidth.Vector512),
        new CompiledBatchWidthContender(population, ColumnWidth.Vector256),
        new CompiledBatchWidthContender(population, ColumnWidth.Scalar),
        new CompiledBatchWidthContender(population, ColumnWidth.Off),
        new CompiledBatchScalarContender(population),
        new ColumnFilledBatchContender(population, ColumnWidth.Native),
        new ColumnFilledBatchContender(population, ColumnWidth.Vector256),
        new ColumnFilledBatchContender(population, ColumnWidth.Scalar),
        new ColumnFilledBatchContender(population, ColumnWidth.Native, oneDate: true),
        new ColumnFilledBatchContender(population, ColumnWidth.Vector256, new(CellKind.UShort, CellKind.Byte)),
        new ColumnFilledBatchContender(population, ColumnWidth.Native, new(CellKind.Float, CellKind.UShort, 16)),
        new CompiledBatchLayoutContender(population, new(CellKind.UShort), ColumnWidth.Native),
        new CompiledBatchLayoutContender(population, new(CellKind.Float, CellKind.UShort), ColumnWidth.Vector512),
        new CompiledBatchLayoutContender(population, new(CellKind.Byte, CellKind.UShort, 16), ColumnWidth.Vector256),
        new CompiledBatchLayoutContender(population, ColumnCellOptions.Default, ColumnWidth.Scalar),
        new CompiledBatchLayoutContender(population, new(CellKind.Byte), ColumnWidth.Native),
        new CompiledBatchLayoutContender(population, new(CellKind.None, CellKind.UShort), ColumnWidth.Vector256),
        new CompiledOneAtATimeContender(population),
        new ReferenceContender(population),
        new RulesEngineContender(population),
        new NRulesContender(population),
    ];
}
