using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// Korean names for the codes the library keys its figures by, for outputs people read: staff know
/// "양평군정신건강복지센터" and "이미용", not <c>yp-mental-health-centre</c> and <c>beauty.haircut</c>. An id the roster
/// does not know (a partner since removed) is shown as it is rather than dropped.
/// </summary>
internal static class Names
{
    public static string Partner(PartnerRoster roster, PartnerId id) => roster.FindPartner(id)?.Name.Korean ?? id.Value;

    public static string Service(PartnerRoster roster, ServiceCode code) =>
        roster.Services.FirstOrDefault(s => s.Code == code)?.Name.Korean ?? code.Value;

    /// <summary>Why a day or slot has no session, in Korean.</summary>
    public static string Skip(SkipReason reason) => reason switch
    {
        SkipReason.Holiday => "공휴일",
        SkipReason.Closure => "휴무일",
        SkipReason.Blackout => "운영 중단 기간",
        SkipReason.SeasonCap => "시즌 상한 도달",
        SkipReason.NoFeasibleSession => "편성할 수 있는 회차 없음",
        SkipReason.Cancelled => "취소",
        SkipReason.NotHeld => "실시 기록 없음",
        SkipReason.NotASessionDay => "운영 요일 아님",
        _ => reason.ToString(),
    };

    /// <summary>A session's state in Korean.</summary>
    public static string Status(PlannedSessionStatus status) => status == PlannedSessionStatus.Held ? "실시" : "예정";
}
