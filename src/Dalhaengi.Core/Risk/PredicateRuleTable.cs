using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The rules whose whole condition is one household fact ("lives alone, 65 or over": 8 points), folded into a table
/// indexed by the household's bits of those facts: one bit extraction and one lookup give their summed points and
/// highest forced tier, instead of one rule evaluation each.
/// </summary>
/// <remarks>
/// At most 15 facts exist (<see cref="Households.HouseholdPredicate"/>), so the table has at most 32,768 entries;
/// rule sets usually test fewer than ten facts this way (the default: 8, a 256-entry table).
/// </remarks>
internal sealed class PredicateRuleTable
{
    private readonly uint _mask;
    private readonly int[] _score;
    private readonly int[] _tier;

    private PredicateRuleTable(uint mask, int[] score, int[] tier)
    {
        _mask = mask;
        _score = score;
        _tier = tier;
    }

    /// <summary>The facts some folded rule tests.</summary>
    internal uint Mask => _mask;

    /// <summary>Builds the table from (fact bit, points, forced tier or -1) per folded rule.</summary>
    internal static PredicateRuleTable Build(IReadOnlyList<(uint Bit, int Points, int Tier)> rules)
    {
        var mask = rules.Aggregate(0u, (m, r) => m | r.Bit);
        var size = 1 << BitOperations.PopCount(mask);
        var score = new int[size];
        var tier = new int[size];
        for (var index = 0; index < size; index++)
        {
            var facts = Deposit((uint)index, mask);
            tier[index] = -1;
            foreach (var (bit, points, minTier) in rules)
            {
                if ((facts & bit) != 0)
                {
                    score[index] = checked(score[index] + points);
                    tier[index] = Math.Max(tier[index], minTier);
                }
            }
        }

        return new PredicateRuleTable(mask, score, tier);
    }

    /// <summary>Adds the folded rules' points for a household's facts and raises the forced tier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Apply(uint facts, ref int score, ref int forced)
    {
        var index = (int)Extract(facts, _mask);
        score = unchecked(score + _score[index]);
        forced = Math.Max(forced, _tier[index]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Extract(uint value, uint mask)
    {
        if (Bmi2.IsSupported)
        {
            return Bmi2.ParallelBitExtract(value, mask);
        }

        uint result = 0;
        var k = 0;
        for (var m = mask; m != 0; m &= m - 1, k++)
        {
            result |= (value & m & (~m + 1)) != 0 ? 1u << k : 0;
        }

        return result;
    }

    private static uint Deposit(uint index, uint mask)
    {
        uint result = 0;
        var k = 0;
        for (var m = mask; m != 0; m &= m - 1, k++)
        {
            result |= (index & (1u << k)) != 0 ? m & (~m + 1) : 0;
        }

        return result;
    }
}
