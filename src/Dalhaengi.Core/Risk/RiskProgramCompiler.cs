namespace Dalhaengi.Core.Risk;

/// <summary>
/// Turns a validated rule set into flat arrays: condition nodes, rule roots, points, minimum tiers, and the
/// trigger bit sets that let the evaluator skip every rule that cannot fire for a household.
/// </summary>
/// <remarks>
/// A rule "needs a trigger" when its condition can only hold if one of the indicators or household facts it
/// mentions is present (true of everything but month tests, k-of-n with too few needing children, and the like).
/// Such a rule is a candidate only when one of its triggers is set; the others are always candidates. The
/// trigger set may be larger than necessary, never smaller, so skipping is exact. A rule whose whole condition is
/// one household fact is never a candidate: <see cref="PredicateRuleTable"/> adds it from the household's fact bits.
/// </remarks>
internal sealed class RiskProgramCompiler(IndicatorCatalog catalog, bool vectorKernel = true, ColumnWidth columnWidth = ColumnWidth.Native)
{
    private readonly List<CompiledNode> _nodes = [];
    private readonly List<int> _children = [];

    internal RiskProgram Compile(RiskRuleSet set)
    {
        var ruleCount = set.Rules.Count + set.RedFlags.Count;
        var ruleWords = Math.Max(1, (ruleCount + 63) / 64);
        var roots = new int[ruleCount];
        var points = new int[ruleCount];
        var minTier = new int[ruleCount];
        var always = new ulong[ruleWords];
        var indicatorTriggers = new ulong[catalog.Count * ruleWords];
        var predicateTriggers = new ulong[32 * ruleWords];
        uint usedPredicates = 0;
        var folded = new List<(uint Bit, int Points, int Tier)>();
        ulong foldedRules = 0;

        for (var r = 0; r < ruleCount; r++)
        {
            var isRule = r < set.Rules.Count;
            var condition = isRule ? set.Rules[r].When : set.RedFlags[r - set.Rules.Count].When;
            points[r] = isRule ? set.Rules[r].Points : 0;
            minTier[r] = isRule ? -1 : set.IndexOfTier(set.RedFlags[r - set.Rules.Count].MinimumTier);
            var indicators = new HashSet<int>();
            uint predicates = 0;
            roots[r] = EmitNode(condition, indicators, ref predicates, out var needsTrigger);
            var word = r >> 6;
            var bit = 1UL << (r & 63);
            if (_nodes[roots[r]].Kind == NodeKind.Household)
            {
                // A rule on one household fact needs no evaluation: the predicate table adds it.
                folded.Add((_nodes[roots[r]].Mask, points[r], minTier[r]));
                foldedRules |= word == 0 ? bit : 0;
                continue;
            }

            if (!needsTrigger)
            {
                always[word] |= bit;
                continue;
            }

            foreach (var ordinal in indicators)
            {
                indicatorTriggers[(ordinal * ruleWords) + word] |= bit;
            }

            usedPredicates |= predicates;
            for (var p = 0; p < 32; p++)
            {
                if ((predicates & (1u << p)) != 0)
                {
                    predicateTriggers[(p * ruleWords) + word] |= bit;
                }
            }
        }

        var nodes = _nodes.ToArray();

        // The narrow path (one word of rules, one of indicators) evaluates threshold rules with the vector kernel.
        var candidates = ~foldedRules & (ruleCount == 64 ? ulong.MaxValue : (1UL << ruleCount) - 1);
        var kernel = vectorKernel && ruleWords == 1 && catalog.WordCount == 1
            ? ThresholdKernel.Build(nodes, roots, points, minTier, candidates, catalog.Count)
            : null;
        return new RiskProgram(
            nodes, [.. _children], roots, points, minTier, [.. set.Tiers.Select(t => t.MinScore)],
            ruleWords, always, indicatorTriggers, predicateTriggers, usedPredicates, catalog.WordCount, PredicateRuleTable.Build(folded), kernel, ruleWords == 1 ? candidates : 0, columnWidth);
    }

    // Emits one node and reports its trigger set: for "all" the cheapest needing child's triggers suffice (every
    // child must hold), which keeps rules like "elder alone and a cut-off" from running for every elder.
    private int EmitNode(RiskCondition condition, HashSet<int> indicators, ref uint predicates, out bool needsTrigger)
    {
        var index = _nodes.Count;
        _nodes.Add(default);
        CompiledNode node;
        switch (condition)
        {
            case PresentCondition p:
                node = Indicator(p.Indicator, p.WithinDays, double.NegativeInfinity, double.PositiveInfinity, indicators);
                needsTrigger = true;
                break;
            case ComparisonCondition c:
                var (low, high) = c.Operator switch
                {
                    ComparisonOperator.GreaterOrEqual => (c.Value, double.PositiveInfinity),
                    ComparisonOperator.Greater => (Math.BitIncrement(c.Value), double.PositiveInfinity),
                    ComparisonOperator.LessOrEqual => (double.NegativeInfinity, c.Value),
                    ComparisonOperator.Less => (double.NegativeInfinity, Math.BitDecrement(c.Value)),
                    _ => (c.Value, c.Maximum ?? double.PositiveInfinity),
                };
                node = Indicator(c.Indicator, c.WithinDays, low, high, indicators);
                needsTrigger = true;
                break;
            case HouseholdCondition h:
                node = new CompiledNode { Kind = NodeKind.Household, Mask = 1u << (int)h.Predicate };
                predicates |= node.Mask;
                needsTrigger = true;
                break;
            case AsOfMonthCondition m:
                node = new CompiledNode { Kind = NodeKind.AsOfMonth, Mask = m.Months.Aggregate(0u, (acc, month) => acc | (1u << month)) };
                needsTrigger = false;
                break;
            case AllCondition a:
                node = Combine(NodeKind.All, a.Conditions, a.Conditions.Count, indicators, ref predicates, out var needing, cheapestOnly: true);
                needsTrigger = needing > 0;
                break;
            case AnyCondition a:
                node = Combine(NodeKind.Any, a.Conditions, 1, indicators, ref predicates, out needing, cheapestOnly: false);
                needsTrigger = needing == a.Conditions.Count && needing > 0;
                break;
            case AtLeastCondition a:
                node = Combine(NodeKind.AtLeast, a.Conditions, a.Count, indicators, ref predicates, out needing, cheapestOnly: false);
                needsTrigger = a.Conditions.Count - needing < a.Count;
                break;
            default:
                throw new ArgumentException($"Unknown condition type {condition.GetType().Name}.", nameof(condition));
        }

        _nodes[index] = node;
        return index;
    }

    private CompiledNode Indicator(IndicatorCode code, int? withinDays, double low, double high, HashSet<int> indicators)
    {
        var ordinal = catalog.OrdinalOf(code);
        indicators.Add(ordinal);
        return new CompiledNode { Kind = NodeKind.Indicator, Ordinal = ordinal, MaxAge = withinDays ?? int.MaxValue, Low = low, High = high };
    }

    private CompiledNode Combine(NodeKind kind, IReadOnlyList<RiskCondition> conditions, int needed, HashSet<int> indicators, ref uint predicates, out int needing, bool cheapestOnly)
    {
        needing = 0;
        var childIndexes = new int[conditions.Count];
        HashSet<int>? best = null;
        uint bestPredicates = 0;
        var bestCost = int.MaxValue;
        for (var i = 0; i < conditions.Count; i++)
        {
            var own = new HashSet<int>();
            uint ownPredicates = 0;
            childIndexes[i] = EmitNode(conditions[i], own, ref ownPredicates, out var childNeeds);
            needing += childNeeds ? 1 : 0;
            if (!cheapestOnly)
            {
                indicators.UnionWith(own);
                predicates |= ownPredicates;
                continue;
            }

            // A household fact holds for a large share of households; an indicator for a small one.
            var cost = own.Count + (64 * System.Numerics.BitOperations.PopCount(ownPredicates));
            if (childNeeds && cost < bestCost)
            {
                (best, bestPredicates, bestCost) = (own, ownPredicates, cost);
            }
        }

        if (best is not null)
        {
            indicators.UnionWith(best);
            predicates |= bestPredicates;
        }

        var first = _children.Count;
        _children.AddRange(childIndexes);
        return new CompiledNode { Kind = kind, FirstChild = first, ChildCount = conditions.Count, Needed = needed };
    }
}
