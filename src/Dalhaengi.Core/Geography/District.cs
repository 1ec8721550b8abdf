using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// A 읍면동: the township or neighbourhood an outreach session visits, and the unit
/// whose fair share of sessions the rotation balances.
/// </summary>
public sealed record District
{
    /// <summary>Creates a district.</summary>
    /// <param name="code">The district's code.</param>
    /// <param name="name">The district's name, for example 양평읍 (Yangpyeong-eup).</param>
    /// <param name="kind">읍, 면 or 동.</param>
    /// <param name="borough">The 구 the district belongs to, for a city that has them.</param>
    /// <param name="population">Registered population (주민등록 인구), when known.</param>
    /// <param name="populationAsOf">The date <paramref name="population"/> refers to.</param>
    /// <param name="households">Registered households (세대), when known.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value, or a count is negative.</exception>
    public District(
        DistrictCode code,
        BilingualName name,
        DistrictKind kind,
        BoroughCode? borough = null,
        int? population = null,
        LocalDate? populationAsOf = null,
        int? households = null)
    {
        Code = Guard.Against.Default(code);
        Name = Guard.Against.Default(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Borough = borough;
        Population = population is null ? null : Guard.Against.Negative(population.Value, nameof(population));
        PopulationAsOf = populationAsOf;
        Households = households is null ? null : Guard.Against.Negative(households.Value, nameof(households));
    }

    /// <summary>The district's code.</summary>
    public DistrictCode Code { get; }

    /// <summary>The district's name.</summary>
    public BilingualName Name { get; }

    /// <summary>읍, 면 or 동.</summary>
    public DistrictKind Kind { get; }

    /// <summary>The 구 the district belongs to, or <see langword="null"/>.</summary>
    public BoroughCode? Borough { get; }

    /// <summary>Registered population, or <see langword="null"/> when unknown.</summary>
    public int? Population { get; }

    /// <summary>The date <see cref="Population"/> refers to, or <see langword="null"/>.</summary>
    public LocalDate? PopulationAsOf { get; }

    /// <summary>Registered households, or <see langword="null"/> when unknown.</summary>
    public int? Households { get; }

    /// <summary>
    /// The region type the ministry's guide gives this 읍면동, when the city sets one that differs from the
    /// municipality's (a city with 읍·면 and 동 of different tiers); <see langword="null"/> means the municipality's.
    /// </summary>
    public RegionType? RegionType { get; private init; }

    /// <summary>Returns a copy of the district with its own region type.</summary>
    /// <param name="regionType">The tier of this 읍면동, or <see langword="null"/> to use the municipality's.</param>
    /// <returns>The district with the region type set.</returns>
    /// <exception cref="ArgumentException"><paramref name="regionType"/> is not a defined value.</exception>
    public District WithRegionType(RegionType? regionType) =>
        this with { RegionType = regionType is { } t ? Guard.Against.EnumOutOfRange(t, nameof(regionType)) : null };

    /// <summary>Returns the code and the Korean name.</summary>
    /// <returns>For example <c>4183025000 양평읍</c>.</returns>
    public override string ToString() => $"{Code} {Name.Korean}";
}
