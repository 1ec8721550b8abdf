namespace Dalhaengi.Core.Partners;

/// <summary>How near a proposed session is to the household.</summary>
public enum ReferralProximity
{
    /// <summary>In the household's own district.</summary>
    SameDistrict,

    /// <summary>In another district of the same borough (구).</summary>
    SameBorough,

    /// <summary>Elsewhere in the municipality.</summary>
    Elsewhere,
}
