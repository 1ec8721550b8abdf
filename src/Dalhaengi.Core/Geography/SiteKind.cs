namespace Dalhaengi.Core.Geography;

/// <summary>The kind of place where an outreach session is held.</summary>
public enum SiteKind
{
    /// <summary>A village hall (마을회관).</summary>
    VillageHall,

    /// <summary>A senior centre (경로당).</summary>
    SeniorCentre,

    /// <summary>A traditional market (전통시장), visited on its five-day fair days (오일장).</summary>
    TraditionalMarket,

    /// <summary>A welfare centre or community service centre (복지관, 행정복지센터).</summary>
    WelfareCentre,

    /// <summary>Any other place.</summary>
    Other,
}
