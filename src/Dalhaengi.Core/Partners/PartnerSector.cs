namespace Dalhaengi.Core.Partners;

/// <summary>What kind of body a partner organization is.</summary>
public enum PartnerSector
{
    /// <summary>A national public agency or its branch, for example the National Health Insurance Service (국민건강보험공단).</summary>
    NationalAgency,

    /// <summary>A division or centre of the municipality itself, for example the welfare policy division (복지정책과) or the health centre (보건소).</summary>
    CountyDivision,

    /// <summary>A township or neighbourhood office (읍면동 행정복지센터, 맞춤형복지팀).</summary>
    TownshipOffice,

    /// <summary>A private non-profit or contracted body, for example a welfare centre (복지관).</summary>
    PrivateNonProfit,

    /// <summary>A volunteer group or volunteer centre (자원봉사).</summary>
    VolunteerGroup,
}
