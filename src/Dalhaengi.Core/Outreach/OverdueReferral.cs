namespace Dalhaengi.Core.Outreach;

/// <summary>An open referral past its due date, and by how many days.</summary>
/// <param name="Referral">The referral.</param>
/// <param name="DaysOverdue">Whole days since the due date; 1 on the day after it.</param>
public sealed record OverdueReferral(Referral Referral, int DaysOverdue);
