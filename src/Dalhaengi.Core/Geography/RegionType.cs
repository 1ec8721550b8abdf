namespace Dalhaengi.Core.Geography;

/// <summary>
/// The kind of area a municipality is, as used by eligibility rules such as emergency welfare
/// support (긴급복지지원), whose asset limits differ by region.
/// </summary>
public enum RegionType
{
    /// <summary>A large city (대도시): Seoul, metropolitan cities and special cities.</summary>
    LargeCity,

    /// <summary>A medium or small city (중소도시).</summary>
    MediumSmallCity,

    /// <summary>A rural area (농어촌), which includes counties (군) such as Yangpyeong.</summary>
    Rural,
}
