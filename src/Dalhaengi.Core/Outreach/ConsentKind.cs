namespace Dalhaengi.Core.Outreach;

/// <summary>How a household agreed to its personal data being shared with a partner (개인정보 제공 동의).</summary>
public enum ConsentKind
{
    /// <summary>No consent on record.</summary>
    None,

    /// <summary>Spoken consent, noted by staff.</summary>
    Verbal,

    /// <summary>A signed consent form.</summary>
    Written,
}
