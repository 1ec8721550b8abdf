namespace Dalhaengi.Core.Households;

/// <summary>States how the household agreed to share its information with partner organizations.</summary>
public enum ConsentLevel
{
    /// <summary>No consent: information stays with the public team.</summary>
    None,

    /// <summary>Verbal consent, noted by the worker.</summary>
    Verbal,

    /// <summary>Written consent (개인정보 제공 동의서).</summary>
    Written,
}
