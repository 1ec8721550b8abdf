using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Partners;

/// <summary>What a household needs and where it lives: the input of referral routing, as plain data.</summary>
/// <remarks>
/// Needs are indicator codes of the national catalog or dotted prefixes of them, for example
/// <c>screening.phq9.item9</c>, <c>arrears.health-insurance</c> or <c>screening.cognitive</c>: a finding's signals
/// are its needs (<c>Finding.ToReferralRequest()</c>). A need outside the catalog is rejected with the nearest code,
/// so a misspelt code cannot route a finding to nobody.
/// </remarks>
public sealed record ReferralRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="needs">The household's needs or indicator codes; at least one.</param>
    /// <param name="district">The household's district.</param>
    /// <exception cref="ArgumentException">
    /// No need, an empty need, a need that is neither an indicator code nor a prefix of one (the message names the
    /// nearest code), or <paramref name="district"/> is the default value.
    /// </exception>
    public ReferralRequest(IEnumerable<string> needs, DistrictCode district)
    {
        var list = Guard.Against.Null(needs)
            .Select(n => IndicatorCodeCheck.RequireNeed(Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(n, nameof(needs)), nameof(needs)), IndicatorCatalog.National, nameof(needs)))
            .Distinct().Order(StringComparer.Ordinal).ToValueList();
        Guard.Against.Zero(list.Count, nameof(needs));
        Needs = list;
        District = Guard.Against.Default(district);
    }

    /// <summary>The needs, sorted ordinally.</summary>
    public IReadOnlyList<string> Needs { get; }

    /// <summary>The household's district.</summary>
    public DistrictCode District { get; }
}
