using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Outreach;

/// <summary>The signals observed for one household in the on-site screening at a session.</summary>
public sealed record SessionScreening
{
    /// <summary>Creates the screening.</summary>
    /// <param name="household">The household screened.</param>
    /// <param name="signals">What was observed; at least one signal.</param>
    /// <exception cref="ArgumentException"><paramref name="household"/> is the default value or there is no signal.</exception>
    public SessionScreening(HouseholdId household, IEnumerable<ObservedSignal> signals)
    {
        Household = Guard.Against.Default(household);
        Signals = Guard.Against.NullOrEmpty(signals).ToValueList();
    }

    /// <summary>The household screened.</summary>
    public HouseholdId Household { get; }

    /// <summary>What was observed.</summary>
    public IReadOnlyList<ObservedSignal> Signals { get; }
}
