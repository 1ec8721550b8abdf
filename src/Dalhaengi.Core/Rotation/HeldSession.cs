using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>What actually happened in one slot before a re-plan: a session held (and where, with whom) or cancelled.</summary>
public sealed record HeldSession
{
    /// <summary>Creates the record.</summary>
    /// <param name="date">The day.</param>
    /// <param name="slot">The slot, 1-based.</param>
    /// <param name="site">The site where it was held or was to be held.</param>
    /// <param name="status">Held or cancelled.</param>
    /// <param name="partners">The partners who attended; empty when unknown (their load is then not counted).</param>
    /// <exception cref="ArgumentException"><paramref name="slot"/> is below 1 or <paramref name="site"/> is the default value.</exception>
    public HeldSession(LocalDate date, int slot, SiteId site, HeldSessionStatus status, IEnumerable<PartnerId>? partners = null)
    {
        Date = date;
        Slot = Guard.Against.NegativeOrZero(slot);
        Site = Guard.Against.Default(site);
        Status = Guard.Against.EnumOutOfRange(status);
        Partners = (partners ?? []).Distinct().OrderBy(p => p.Value, StringComparer.Ordinal).ToValueList();
    }

    /// <summary>Takes what a session record says happened, in the slot of the plan it was recorded against.</summary>
    /// <param name="record">The session record (its current revision counts).</param>
    /// <param name="plan">The plan being re-planned: the slot is that of the record's planned session, or else of the plan's session on the same day at the same site.</param>
    /// <returns>The held or cancelled session, with the partners present.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The record matches no session of the plan, by id or by day and site.</exception>
    public static HeldSession From(Outreach.SessionRecord record, RotationPlan plan)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(plan);
        var details = record.Current;
        var planned = plan.Sessions.FirstOrDefault(s => details.PlannedSession is { } id && s.Id == id)
            ?? plan.Sessions.FirstOrDefault(s => s.Date == details.Date && s.Site == details.Site)
            ?? throw new ArgumentException($"Session record {record.Id} ({details.Date:uuuu'-'MM'-'dd} at {details.Site}) matches no session of the plan.", nameof(record));
        var status = details.Status == Outreach.SessionStatus.Held ? HeldSessionStatus.Held : HeldSessionStatus.Cancelled;
        return new HeldSession(details.Date, planned.Slot, details.Site, status, details.PartnersPresent);
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The slot, 1-based.</summary>
    public int Slot { get; }

    /// <summary>The site.</summary>
    public SiteId Site { get; }

    /// <summary>Held or cancelled.</summary>
    public HeldSessionStatus Status { get; }

    /// <summary>The partners who attended, sorted; empty when unknown.</summary>
    public IReadOnlyList<PartnerId> Partners { get; }
}
