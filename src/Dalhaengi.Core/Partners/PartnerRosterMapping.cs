using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Partners;

/// <summary>Turns a roster back into its JSON document shape.</summary>
internal static class PartnerRosterMapping
{
    internal static PartnerRosterDocument ToDocument(PartnerRoster roster, string schema) => new()
    {
        Schema = schema,
        Services = [.. roster.Services.Select(s => new ServiceDocument
        {
            Code = s.Code.Value,
            Name = Name(s.Name),
            Category = KebabCase.Of(s.Category),
            Addresses = s.Addresses.Count == 0 ? null : [.. s.Addresses],
            Sample = s.IsSample,
        })],
        Partners = [.. roster.Partners.Select(p => new PartnerDocument
        {
            Id = p.Id.Value,
            Name = Name(p.Name),
            Sector = KebabCase.Of(p.Sector),
            Presence = p.Presence == PartnerPresence.Rotating ? null : KebabCase.Of(p.Presence),
            Services = [.. p.Services.Select(c => c.Value)],
            StaffPerSession = p.StaffPerSession,
            Availability = Availability(p.Availability),
            Districts = p.Districts.Count == 0 ? null : [.. p.Districts.Select(d => d.Value)],
            AcceptsReferrals = p.AcceptsReferrals,
            ReferralNeeds = p.ReferralNeeds.Count == 0 ? null : [.. p.ReferralNeeds],
            Sample = p.IsSample,
        })],
    };

    private static AvailabilityDocument? Availability(PartnerAvailability a) =>
        a == PartnerAvailability.Unlimited
            ? null
            : new AvailabilityDocument
            {
                Weekdays = a.Weekdays.Count == 0 ? null : [.. a.Weekdays.Select(d => KebabCase.Of(d))],
                Blackouts = a.Blackouts.Count == 0 ? null : [.. a.Blackouts.Select(b => new IntervalDocument { Start = DocumentReader.Format(b.Start), End = DocumentReader.Format(b.End) })],
                MaxSessionsPerSeason = a.MaxSessionsPerSeason,
                MaxSessionsPerMonth = a.MaxSessionsPerMonth,
                Teams = a.Teams == 1 ? null : a.Teams,
            };

    private static NameDocument Name(BilingualName name) => new() { Ko = name.Korean, En = name.HasEnglish ? name.English : null };
}
