namespace Dalhaengi.Core.Households;

/// <summary>Lists the public programmes a household is already in; combine values with <c>|</c>.</summary>
[Flags]
public enum ProgrammeStatus
{
    /// <summary>In none of the programmes below.</summary>
    None = 0,

    /// <summary>Receives basic livelihood security (기초생활수급).</summary>
    BasicLivelihoodRecipient = 1,

    /// <summary>Is near-poor (차상위계층).</summary>
    NearPoor = 2,

    /// <summary>Is already under integrated case management (통합사례관리).</summary>
    UnderCaseManagement = 4,
}
