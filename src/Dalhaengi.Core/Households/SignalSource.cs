namespace Dalhaengi.Core.Households;

/// <summary>Names where a crisis signal came from.</summary>
public enum SignalSource
{
    /// <summary>The national blind-spot discovery round (복지사각지대 발굴관리시스템), every two months.</summary>
    NationalRound,

    /// <summary>A screening done at an outreach session (PHQ-9, blood pressure, cognitive screening, consultation).</summary>
    SessionScreening,

    /// <summary>A report by a partner organization (복지관, 이장, 명예사회복지공무원…).</summary>
    PartnerReport,

    /// <summary>The household reported it itself.</summary>
    SelfReport,
}
