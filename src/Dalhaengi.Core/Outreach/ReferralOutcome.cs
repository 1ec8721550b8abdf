namespace Dalhaengi.Core.Outreach;

/// <summary>How a closed referral ended.</summary>
public enum ReferralOutcome
{
    /// <summary>The household got the help it needed.</summary>
    Resolved,

    /// <summary>The household declined help (서비스 거부).</summary>
    DeclinedByHousehold,

    /// <summary>The household could not be reached (연락 두절).</summary>
    Unreachable,

    /// <summary>Handed over to another body outside this program (이관).</summary>
    Transferred,
}
