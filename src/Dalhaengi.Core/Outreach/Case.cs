using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// A household's integrated case-management case (통합사례관리), moved stage by stage from intake to follow-up.
/// </summary>
/// <remarks>
/// Stages advance one at a time in the order of <see cref="CaseStage"/>. A case's services are referrals, added
/// while planning or delivering; <see cref="Close"/> needs every one of them closed. Immutable: every verb returns
/// the new case. Dates are days in Korea Standard Time; see <see cref="Deadlines"/> for what is due.
/// </remarks>
public sealed partial class Case
{
    private readonly ValueList<CaseEvent> _history;
    private readonly Dictionary<CaseStage, LocalDate> _stageDates = [];
    private readonly List<ReferralId> _services = [];
    private readonly List<LocalDate> _monitoring = [];

    private Case(CaseId id, HouseholdId household, DistrictCode district, ValueList<CaseEvent> history)
    {
        Id = id;
        Household = household;
        District = district;
        _history = history;
        foreach (var e in history)
        {
            var day = OutreachTime.DateOf(e.At);
            switch (e.Kind)
            {
                case CaseEventKind.StageReached:
                    Stage = e.Stage!.Value;
                    _stageDates[Stage] = day;
                    break;
                case CaseEventKind.ServiceAdded:
                    _services.Add(e.Referral!.Value);
                    break;
                default:
                    _monitoring.Add(day);
                    break;
            }
        }
    }

    /// <summary>The case's id.</summary>
    public CaseId Id { get; }

    /// <summary>The household the case is about.</summary>
    public HouseholdId Household { get; }

    /// <summary>The household's district (읍면동).</summary>
    public DistrictCode District { get; }

    /// <summary>The stage the case is in.</summary>
    public CaseStage Stage { get; }

    /// <summary>The day the case was opened (intake).</summary>
    public LocalDate OpenedOn => _stageDates[CaseStage.Intake];

    /// <summary>The day the case was closed, or <see langword="null"/> while open.</summary>
    public LocalDate? ClosedOn => StageReachedOn(CaseStage.Closure);

    /// <summary>Whether the case is still open (before <see cref="CaseStage.Closure"/>).</summary>
    public bool IsOpen => Stage < CaseStage.Closure;

    /// <summary>The referrals that are the case's services, in the order added.</summary>
    public IReadOnlyList<ReferralId> Services => _services;

    /// <summary>The days monitoring checks were done, in order.</summary>
    public IReadOnlyList<LocalDate> MonitoringDates => _monitoring;

    /// <summary>The audit trail, oldest first; the first entry is the intake.</summary>
    public IReadOnlyList<CaseEvent> History => _history;

    /// <summary>The number of entries in <see cref="History"/>; repositories check it for optimistic concurrency.</summary>
    public int Version => _history.Count;

    /// <summary>Gets the day the case reached a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The day, or <see langword="null"/> when the case has not reached it.</returns>
    public LocalDate? StageReachedOn(CaseStage stage) => _stageDates.TryGetValue(stage, out var d) ? d : null;

    /// <summary>Opens a case at intake.</summary>
    /// <param name="id">The case's id.</param>
    /// <param name="household">The household selected for case management.</param>
    /// <param name="district">The household's district.</param>
    /// <param name="by">Who opened it.</param>
    /// <param name="clock">The clock that stamps the intake; its day is <see cref="OpenedOn"/>.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The case at <see cref="CaseStage.Intake"/>.</returns>
    /// <exception cref="ArgumentException">An argument is missing or empty.</exception>
    public static Case Open(CaseId id, HouseholdId household, DistrictCode district, string by, IClock clock, string? note = null)
    {
        Guard.Against.Default(id);
        Guard.Against.Default(household);
        Guard.Against.Default(district);
        Guard.Against.NullOrWhiteSpace(by);
        Guard.Against.Null(clock);
        var intake = new CaseEvent(CaseEventKind.StageReached, by, clock.GetCurrentInstant(), CaseStage.Intake, Note: note);
        return new Case(id, household, district, ValueList<CaseEvent>.From([intake]));
    }

    /// <summary>Rebuilds a case from its audit trail, checking every entry again.</summary>
    /// <param name="id">The case's id.</param>
    /// <param name="household">The household.</param>
    /// <param name="district">The household's district.</param>
    /// <param name="history">The audit trail, oldest first, starting with the intake.</param>
    /// <param name="referrals">The case's referrals, needed to check a closure in the trail; may be empty when there is none.</param>
    /// <returns>The case as it stood after the last entry.</returns>
    /// <exception cref="ArgumentException">An argument is missing or an entry lacks its stage or referral.</exception>
    /// <exception cref="BusinessRuleViolationException">An entry breaks a rule.</exception>
    public static Case Replay(CaseId id, HouseholdId household, DistrictCode district, IEnumerable<CaseEvent> history, IEnumerable<Referral>? referrals = null)
    {
        var events = Guard.Against.NullOrEmpty(history).ToList();
        if (events[0] is not { Kind: CaseEventKind.StageReached, Stage: CaseStage.Intake })
        {
            throw new ArgumentException($"The trail of case {id} must start with the intake.", nameof(history));
        }

        var services = (referrals ?? []).ToList();
        var result = new Case(Guard.Against.Default(id), Guard.Against.Default(household), Guard.Against.Default(district), ValueList<CaseEvent>.From([events[0]]));
        foreach (var e in events.Skip(1))
        {
            result = result.Apply(e, services);
        }

        return result;
    }

    /// <summary>Returns the id, household and stage.</summary>
    /// <returns>For example <c>case-1 hh-7 ServicePlan</c>.</returns>
    public override string ToString() => $"{Id} {Household} {Stage}";
}
