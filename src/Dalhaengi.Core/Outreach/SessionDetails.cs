using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// What happened at one session, as recorded: the facts a <see cref="SessionRecord"/> keeps in each revision.
/// </summary>
/// <remarks>
/// A plain value: build it with an object initializer and correct it with <c>with</c>; it is checked as a whole
/// when it enters a <see cref="SessionRecord"/>. Lists compare by content. Counts are people or times, never negative.
/// </remarks>
public sealed record SessionDetails
{
    private readonly ValueList<PartnerId> _partnersPresent = ValueList<PartnerId>.Empty;
    private readonly ValueList<HouseholdId> _households = ValueList<HouseholdId>.Empty;
    private readonly ValueList<ServiceDelivery> _services = ValueList<ServiceDelivery>.Empty;
    private readonly ValueList<ItemDistribution> _items = ValueList<ItemDistribution>.Empty;
    private readonly ValueList<SessionScreening> _screenings = ValueList<SessionScreening>.Empty;
    private readonly string? _notes;

    /// <summary>The day of the session.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Where it was held (or was to be held).</summary>
    public required SiteId Site { get; init; }

    /// <summary>The district (읍면동) of the site; the unit the season report breaks figures down by.</summary>
    public required DistrictCode District { get; init; }

    /// <summary>The planned session this record fulfils, or <see langword="null"/> for an unplanned session.</summary>
    public SessionId? PlannedSession { get; init; }

    /// <summary>Whether the session was held or called off.</summary>
    public SessionStatus Status { get; init; }

    /// <summary>Why it was called off; set only when <see cref="Status"/> is <see cref="SessionStatus.Cancelled"/>.</summary>
    public CancellationReason? CancellationReason { get; init; }

    /// <summary>The partner organizations present.</summary>
    public IReadOnlyList<PartnerId> PartnersPresent { get => _partnersPresent; init => _partnersPresent = value.ToValueList(); }

    /// <summary>County and partner staff present (people).</summary>
    public int StaffCount { get; init; }

    /// <summary>Volunteers present (people).</summary>
    public int VolunteerCount { get; init; }

    /// <summary>
    /// People attending (참여 인원): distinct residents at the session, each counted once however many services they
    /// used (press reports 30–50 a session in Yangpyeong); at least the number of linked households.
    /// </summary>
    /// <remarks>Not the same as <see cref="ServicesDelivered"/>: a season's "8,110여 명 이용" counts uses, not people.</remarks>
    public int ResidentsServed { get; init; }

    /// <summary>Households identified among those served, when staff linked them; usually a few of the residents.</summary>
    public IReadOnlyList<HouseholdId> Households { get => _households; init => _households = value.ToValueList(); }

    /// <summary>Services delivered, per service and partner.</summary>
    public IReadOnlyList<ServiceDelivery> Services { get => _services; init => _services = value.ToValueList(); }

    /// <summary>Items handed out, per kind.</summary>
    public IReadOnlyList<ItemDistribution> Items { get => _items; init => _items = value.ToValueList(); }

    /// <summary>On-site screenings, as observed signals per household.</summary>
    public IReadOnlyList<SessionScreening> Screenings { get => _screenings; init => _screenings = value.ToValueList(); }

    /// <summary>Free-text notes, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The notes hold a resident registration number.</exception>
    public string? Notes { get => _notes; init => _notes = Ardalis.GuardClauses.Guard.Against.ResidentNumber(value, nameof(Notes)); }

    /// <summary>Service uses (이용 건수): the total of <see cref="Services"/> counts, one per service a resident used.</summary>
    public int ServicesDelivered => checked(Services.Sum(s => s.Count));

    /// <summary>The total of <see cref="Items"/> counts.</summary>
    public int ItemsDistributed => checked(Items.Sum(i => i.Count));

    /// <summary>Creates the details of a session that was called off.</summary>
    /// <param name="date">The day it was to be held.</param>
    /// <param name="site">Where it was to be held.</param>
    /// <param name="district">The district of the site.</param>
    /// <param name="reason">Why it was called off.</param>
    /// <param name="notes">Notes, or <see langword="null"/>.</param>
    /// <param name="plannedSession">The planned session, or <see langword="null"/>.</param>
    /// <returns>The details.</returns>
    public static SessionDetails Cancelled(
        LocalDate date, SiteId site, DistrictCode district, CancellationReason reason, string? notes = null, SessionId? plannedSession = null) =>
        new()
        {
            Date = date,
            Site = site,
            District = district,
            PlannedSession = plannedSession,
            Status = SessionStatus.Cancelled,
            CancellationReason = reason,
            Notes = notes,
        };

    /// <summary>Checks the details as a whole.</summary>
    /// <returns>Every problem found, with the property name as the path; empty when valid.</returns>
    internal List<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        void Add(string path, string message, string? hint = null) => problems.Add(new(path, message, hint));

        if (Site == default)
        {
            Add(nameof(Site), "must be set");
        }

        if (District == default)
        {
            Add(nameof(District), "must be set");
        }

        if (!Enum.IsDefined(Status))
        {
            Add(nameof(Status), $"unknown status {(int)Status}");
        }

        if (CancellationReason is { } r && !Enum.IsDefined(r))
        {
            Add(nameof(CancellationReason), $"unknown reason {(int)r}");
        }

        foreach (var (name, value) in new[] { (nameof(StaffCount), StaffCount), (nameof(VolunteerCount), VolunteerCount), (nameof(ResidentsServed), ResidentsServed) })
        {
            if (value < 0)
            {
                Add(name, $"must not be negative (was {value})");
            }
        }

        if (Status == SessionStatus.Cancelled)
        {
            ValidateCancelled(Add);
        }
        else
        {
            ValidateHeld(Add);
        }

        return problems;
    }

    private void ValidateCancelled(Action<string, string, string?> add)
    {
        if (CancellationReason is null)
        {
            add(nameof(CancellationReason), "a cancelled session needs a reason", "weather, heat wave or other");
        }

        if (ResidentsServed > 0 || Households.Count > 0 || Services.Count > 0 || Items.Count > 0 || Screenings.Count > 0)
        {
            add(nameof(Status), "a cancelled session served no one", "record residents, services, items and screenings only for a held session");
        }
    }

    private void ValidateHeld(Action<string, string, string?> add)
    {
        if (CancellationReason is not null)
        {
            add(nameof(CancellationReason), "only a cancelled session has a cancellation reason", null);
        }

        if (Households.Distinct().Count() > ResidentsServed)
        {
            add(nameof(Households), $"{Households.Distinct().Count()} linked households but only {ResidentsServed} residents served", null);
        }

        for (var i = 0; i < Services.Count; i++)
        {
            if (!PartnersPresent.Contains(Services[i].Partner))
            {
                add($"{nameof(Services)}[{i}].Partner", $"partner '{Services[i].Partner}' delivered a service but is not among the partners present", "add it to PartnersPresent");
            }
        }
    }
}
