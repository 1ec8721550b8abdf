namespace Dalhaengi.Core.Outreach;

/// <summary>One figure of a season report. Every measure is a count and adds up across districts and months.</summary>
/// <remarks>
/// Sessions count by their date and district; findings by the day and district they were found; referrals by the
/// day they were made and the household's district, in the state they are in now; cases by the day they were opened
/// or closed.
/// </remarks>
public enum SeasonMeasure
{
    /// <summary>Sessions held.</summary>
    SessionsHeld,

    /// <summary>Sessions called off, for any reason.</summary>
    SessionsCancelled,

    /// <summary>Sessions called off for the weather.</summary>
    SessionsCancelledWeather,

    /// <summary>Sessions called off for a heat wave (폭염).</summary>
    SessionsCancelledHeatWave,

    /// <summary>Sessions called off for another reason.</summary>
    SessionsCancelledOther,

    /// <summary>People attending held sessions (참여 인원), each counted once per session; not service uses.</summary>
    ResidentsServed,

    /// <summary>Service uses (이용 건수) at held sessions, all kinds and partners: what "8,110여 명 이용" counts.</summary>
    ServicesDelivered,

    /// <summary>Items handed out, all kinds.</summary>
    ItemsDistributed,

    /// <summary>Findings (유소견자): distinct findings behind referrals.</summary>
    Findings,

    /// <summary>Referrals made.</summary>
    Referrals,

    /// <summary>Referrals waiting for the partner's answer.</summary>
    ReferralsReferred,

    /// <summary>Referrals accepted, service not yet started.</summary>
    ReferralsAccepted,

    /// <summary>Referrals in service.</summary>
    ReferralsInService,

    /// <summary>Referrals rejected and waiting for a re-referral.</summary>
    ReferralsRejected,

    /// <summary>Referrals closed as resolved.</summary>
    ReferralsClosedResolved,

    /// <summary>Referrals closed because the household declined.</summary>
    ReferralsClosedDeclined,

    /// <summary>Referrals closed because the household could not be reached.</summary>
    ReferralsClosedUnreachable,

    /// <summary>Referrals closed by transfer to another body.</summary>
    ReferralsClosedTransferred,

    /// <summary>Referrals closed as resolved on or before their due date.</summary>
    ReferralsClosedResolvedWithinDeadline,

    /// <summary>Integrated cases opened (intake).</summary>
    CasesOpened,

    /// <summary>Integrated cases closed.</summary>
    CasesClosed,
}
