using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Web.Pages;

/// <summary>Korean names for codes, for display.</summary>
internal static class Names
{
    public static string Date(NodaTime.LocalDate date) =>
        date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string District(Municipality municipality, DistrictCode code) =>
        municipality.Districts.FirstOrDefault(d => d.Code == code)?.Name.Korean ?? code.Value;

    public static string Partner(PartnerId id) =>
        BuiltInPartnerRosters.Yangpyeong.FindPartner(id)?.Name.Korean ?? id.Value;

    public static string State(Dalhaengi.Core.Outreach.ReferralState state) => state switch
    {
        Core.Outreach.ReferralState.Referred => "의뢰됨",
        Core.Outreach.ReferralState.Accepted => "접수",
        Core.Outreach.ReferralState.Rejected => "반려",
        Core.Outreach.ReferralState.InService => "서비스 중",
        _ => "종결",
    };
}
