namespace Dalhaengi.Core.Households;

/// <summary>Classifies the dwelling a household lives in.</summary>
public enum HousingType
{
    /// <summary>A detached house (단독주택), the usual rural dwelling.</summary>
    DetachedHouse,

    /// <summary>An apartment (아파트).</summary>
    Apartment,

    /// <summary>A multi-unit or row house (다세대·연립주택).</summary>
    MultiUnit,

    /// <summary>Public rental housing (공공임대주택).</summary>
    PublicRental,

    /// <summary>A dwelling that is not housing (비주택): 고시원, 쪽방, vinyl house, container.</summary>
    NonResidential,
}
