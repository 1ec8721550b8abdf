using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Eligibility;

/// <summary>General-asset limits (재산 기준) by region type, in KRW.</summary>
internal sealed record GeneralAssetLimits(AssetLimit LargeCity, AssetLimit MediumSmallCity, AssetLimit Rural)
{
    /// <summary>Returns the limit for a region type, or <see langword="null"/> for <see cref="RegionType.Unconfirmed"/>.</summary>
    public AssetLimit? For(RegionType region) => region switch
    {
        RegionType.LargeCity => LargeCity,
        RegionType.MediumSmallCity => MediumSmallCity,
        RegionType.Rural => Rural,
        RegionType.Unconfirmed => null,
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region type."),
    };
}
