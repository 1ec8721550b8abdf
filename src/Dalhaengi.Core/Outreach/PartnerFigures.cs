namespace Dalhaengi.Core.Outreach;

/// <summary>One partner organization's part in a season.</summary>
/// <param name="ServicesDelivered">Services it delivered at held sessions.</param>
/// <param name="Referrals">Referrals it is responsible for now, among those made in the season.</param>
/// <param name="ReferralsClosedResolvedWithinDeadline">Of those, the ones it closed as resolved on or before the due date.</param>
public sealed record PartnerFigures(long ServicesDelivered, long Referrals, long ReferralsClosedResolvedWithinDeadline);
