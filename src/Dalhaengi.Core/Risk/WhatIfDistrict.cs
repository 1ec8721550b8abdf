using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>The households of one district per tier under two rule sets.</summary>
public sealed record WhatIfDistrict
{
    /// <summary>Creates the counts.</summary>
    /// <param name="district">The district.</param>
    /// <param name="before">Households per tier of the first rule set, lowest tier first.</param>
    /// <param name="after">Households per tier of the second rule set, lowest tier first.</param>
    /// <param name="changed">How many households of the district changed tier.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WhatIfDistrict(DistrictCode district, IEnumerable<int> before, IEnumerable<int> after, int changed)
    {
        District = district;
        Before = Guard.Against.Null(before).ToValueList();
        After = Guard.Against.Null(after).ToValueList();
        Changed = changed;
    }

    /// <summary>The district.</summary>
    public DistrictCode District { get; }

    /// <summary>Households per tier of the first rule set, lowest tier first.</summary>
    public IReadOnlyList<int> Before { get; }

    /// <summary>Households per tier of the second rule set, lowest tier first.</summary>
    public IReadOnlyList<int> After { get; }

    /// <summary>How many households of the district changed tier (by tier id).</summary>
    public int Changed { get; }
}
