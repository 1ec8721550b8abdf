using Dalhaengi.Core.Outreach;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// The Korean name and the definition of each season measure, shown beside the figures in every report the host
/// writes (Markdown, Excel, the season page), so that two numbers with similar names are never read as one: "접수"
/// counts referrals whose <em>current</em> state is accepted, while the page's funnel counts those that ever reached it.
/// </summary>
internal static class MeasureText
{
    public static string Label(SeasonMeasure m) => m switch
    {
        SeasonMeasure.SessionsHeld => "실시 회차",
        SeasonMeasure.SessionsCancelled => "취소 회차",
        SeasonMeasure.SessionsCancelledWeather => "취소 회차(기상)",
        SeasonMeasure.SessionsCancelledHeatWave => "취소 회차(폭염)",
        SeasonMeasure.SessionsCancelledOther => "취소 회차(기타)",
        SeasonMeasure.ResidentsServed => "참여 주민(명)",
        SeasonMeasure.ServicesDelivered => "서비스 이용(건)",
        SeasonMeasure.ItemsDistributed => "물품 배부 수",
        SeasonMeasure.Findings => "유소견 가구",
        SeasonMeasure.Referrals => "의뢰",
        SeasonMeasure.ReferralsReferred => "의뢰(미접수)",
        SeasonMeasure.ReferralsAccepted => "접수(서비스 전)",
        SeasonMeasure.ReferralsInService => "서비스 중",
        SeasonMeasure.ReferralsRejected => "반려",
        SeasonMeasure.ReferralsClosedResolved => "종결(해결)",
        SeasonMeasure.ReferralsClosedDeclined => "종결(가구 거절)",
        SeasonMeasure.ReferralsClosedUnreachable => "종결(연락 안 됨)",
        SeasonMeasure.ReferralsClosedTransferred => "종결(이관)",
        SeasonMeasure.ReferralsClosedResolvedWithinDeadline => "기한 내 해결 종결",
        SeasonMeasure.CasesOpened => "사례관리 개시",
        SeasonMeasure.CasesClosed => "사례관리 종결",
        _ => m.ToString(),
    };

    public static string Definition(SeasonMeasure m) => m switch
    {
        SeasonMeasure.SessionsHeld => "실시로 기록된 회차 수.",
        SeasonMeasure.SessionsCancelled => "취소로 기록된 회차 수(사유 불문).",
        SeasonMeasure.SessionsCancelledWeather => "호우 등 기상으로 취소된 회차 수.",
        SeasonMeasure.SessionsCancelledHeatWave => "폭염특보로 취소된 회차 수.",
        SeasonMeasure.SessionsCancelledOther => "기상·폭염 외의 사유로 취소된 회차 수.",
        SeasonMeasure.ResidentsServed => "실시 회차마다 기록한 참여 주민 수(사람)의 합. 여러 회차에 온 주민은 회차마다 셉니다.",
        SeasonMeasure.ServicesDelivered => "기관·서비스별 제공 건수의 합. 한 주민이 서비스 세 가지를 받으면 3건입니다.",
        SeasonMeasure.ItemsDistributed => "실시 회차에서 나눠 준 물품 개수의 합.",
        SeasonMeasure.Findings => "발견일이 시즌 안인 유소견 가구 수(의뢰로 이어진 발견, 가구당 한 번).",
        SeasonMeasure.Referrals => "의뢰일이 시즌 안인 의뢰 건수. 아래 의뢰 상태별 건수의 합과 같습니다.",
        SeasonMeasure.ReferralsReferred => "지금 상태가 '의뢰'인 건수: 기관이 아직 접수하지 않았습니다.",
        SeasonMeasure.ReferralsAccepted => "지금 상태가 '접수'인 건수: 접수했지만 서비스를 시작하지 않았습니다. 이미 서비스 중이거나 종결된 의뢰는 들어가지 않습니다.",
        SeasonMeasure.ReferralsInService => "지금 상태가 '서비스 중'인 건수.",
        SeasonMeasure.ReferralsRejected => "지금 상태가 '반려'인 건수.",
        SeasonMeasure.ReferralsClosedResolved => "해결로 종결된 건수.",
        SeasonMeasure.ReferralsClosedDeclined => "가구가 서비스를 거절해 종결된 건수.",
        SeasonMeasure.ReferralsClosedUnreachable => "연락이 닿지 않아 종결된 건수.",
        SeasonMeasure.ReferralsClosedTransferred => "다른 기관으로 이관해 종결된 건수.",
        SeasonMeasure.ReferralsClosedResolvedWithinDeadline => "위험 등급의 응답 기한 안에 해결로 종결된 건수.",
        SeasonMeasure.CasesOpened => "개시일이 시즌 안인 통합사례관리 사례 수.",
        SeasonMeasure.CasesClosed => "종결일이 시즌 안인 통합사례관리 사례 수.",
        _ => string.Empty,
    };
}
