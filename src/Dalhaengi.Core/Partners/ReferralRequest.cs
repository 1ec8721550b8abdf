using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>What a household needs and where it lives: the input of referral routing, as plain data.</summary>
/// <remarks>
/// Need codes are dot-separated, for example <c>mental.phq9.item9</c>, <c>arrears.health-insurance</c> or
/// <c>screening.cognitive</c>; a risk assessment's findings and indicator codes map onto them.
/// </remarks>
public sealed record ReferralRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="needs">The household's needs or indicator codes; at least one.</param>
    /// <param name="district">The household's district.</param>
    /// <exception cref="ArgumentException">No need, an empty need, or <paramref name="district"/> is the default value.</exception>
    public ReferralRequest(IEnumerable<string> needs, DistrictCode district)
    {
        var list = Guard.Against.Null(needs).Select(n => Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(n, nameof(needs)), nameof(needs))).Distinct().Order(StringComparer.Ordinal).ToValueList();
        Guard.Against.Zero(list.Count, nameof(needs));
        Needs = list;
        District = Guard.Against.Default(district);
    }

    /// <summary>The needs, sorted ordinally.</summary>
    public IReadOnlyList<string> Needs { get; }

    /// <summary>The household's district.</summary>
    public DistrictCode District { get; }
}
