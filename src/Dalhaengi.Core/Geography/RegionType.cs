namespace Dalhaengi.Core.Geography;

/// <summary>
/// The kind of area a municipality or one of its 읍면동 is, as used by eligibility rules such as emergency welfare
/// support (긴급복지지원), whose asset limits differ by region.
/// </summary>
/// <remarks>
/// The tier follows the ministry's guide per 시·군·구 and may differ between 동 and 읍·면 of one city; a 특례시 is not
/// automatically a large city. A city sets it in its municipality data, per 읍면동 where they differ
/// (<see cref="District.RegionType"/>); where nobody has confirmed it, the data says <see cref="Unconfirmed"/>.
/// </remarks>
public enum RegionType
{
    /// <summary>A large city (대도시): Seoul, metropolitan cities and special cities.</summary>
    LargeCity,

    /// <summary>A medium or small city (중소도시).</summary>
    MediumSmallCity,

    /// <summary>A rural area (농어촌), which includes counties (군) such as Yangpyeong.</summary>
    Rural,

    /// <summary>
    /// Not confirmed from the ministry's guide: a rule that depends on it cannot be decided (the general-asset criterion
    /// of emergency support is not determinable) until the city sets the tier.
    /// </summary>
    Unconfirmed,
}
