using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Rotation;

/// <summary>One requirement on every session's team: at least one partner must bring a service of one of these categories.</summary>
public sealed record TeamRequirement
{
    /// <summary>Creates the requirement.</summary>
    /// <param name="anyOf">The categories, any one of which satisfies it; at least one.</param>
    /// <exception cref="ArgumentException">No category, or an invalid one.</exception>
    public TeamRequirement(params ServiceCategory[] anyOf)
    {
        Guard.Against.NullOrEmpty(anyOf);
        foreach (var c in anyOf)
        {
            Guard.Against.EnumOutOfRange(c, nameof(anyOf));
        }

        AnyOf = anyOf.Distinct().Order().ToValueList();
    }

    /// <summary>The categories, any one of which satisfies the requirement, sorted.</summary>
    public IReadOnlyList<ServiceCategory> AnyOf { get; }

    /// <summary>Returns the categories joined by <c>|</c>.</summary>
    /// <returns>For example <c>MentalHealth|Dementia</c>.</returns>
    public override string ToString() => string.Join('|', AnyOf);
}
