namespace Dalhaengi.Core.Access;

/// <summary>States how far a role's grants reach.</summary>
public enum AccessScope
{
    /// <summary>The whole municipality (시군구).</summary>
    Municipality,

    /// <summary>Only subjects in the districts (읍면동) assigned to the principal.</summary>
    Districts,

    /// <summary>Only subjects addressed to the principal's partner organization, and personal data only within consent.</summary>
    Partner,
}
