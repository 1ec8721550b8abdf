using Dalhaengi.Core;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Stores integrated cases in SQLite: a head row with the household, district and current stage, and one row per
/// case event; reading replays the events with <see cref="Case.Replay"/>.
/// </summary>
/// <remarks>
/// Replaying a closure re-checks that every service referral is closed, so a closed case with services is rebuilt
/// with its referrals read from the same database in the same snapshot. The flip side: such a case is stored only
/// when those referrals are stored and closed; otherwise it is refused before anything is written, because a store
/// that accepts what it cannot read back has lost it.
/// </remarks>
internal sealed class SqliteCaseRepository(Func<SqliteDatabase> database) : ICaseRepository
{
    private readonly Store _store = new(database, new SqliteReferralRepository(database));

    public SqliteCaseRepository(SqliteDatabase database)
        : this(() => database)
    {
    }

    public Task<Case?> FindAsync(CaseId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Find(id.Value, cancellationToken));

    public Task<IReadOnlyList<Case>> ListAsync(CaseQuery? query = null, CancellationToken cancellationToken = default)
    {
        var where = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        if (query?.Household is { } household)
        {
            where.Add("h.household = $household");
            parameters.Add(("$household", household.Value));
        }

        if (query?.District is { } district)
        {
            where.Add("h.district = $district");
            parameters.Add(("$district", district.Value));
        }

        if (query?.OpenOnly == true)
        {
            where.Add("h.is_open = 1");
        }

        IReadOnlyList<Case> result = [.. _store.List(string.Join(" AND ", where), parameters, cancellationToken).OrderBy(c => c.Id.Value, StringComparer.Ordinal)];
        return Task.FromResult(result);
    }

    public Task AddAsync(Case @case, CancellationToken cancellationToken = default)
    {
        _store.AddRange([@case ?? throw new ArgumentNullException(nameof(@case))], cancellationToken);
        return Task.CompletedTask;
    }

    public Task AddRangeAsync(IEnumerable<Case> cases, CancellationToken cancellationToken = default)
    {
        _store.AddRange(cases, cancellationToken);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(Case @case, int expectedVersion, CancellationToken cancellationToken = default)
    {
        _store.Update(@case, expectedVersion, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Inserts cases inside a caller's transaction, for seeding together with the other aggregates.</summary>
    internal void AddRange(IEnumerable<Case> cases, SqliteConnection connection, SqliteTransaction transaction) =>
        _store.AddRange(cases, connection, transaction);

    private sealed class Store(Func<SqliteDatabase> database, SqliteReferralRepository referrals) : SqliteAggregateStore<Case>(database)
    {
        protected override string Kind => "case";

        protected override string Table => "cases";

        protected override string TrailTable => "case_events";

        protected override string TrailOwner => "case_id";

        protected override string TrailSeq => "seq";

        protected override IReadOnlyList<string> HeadColumns { get; } = ["household", "district", "stage", "is_open"];

        protected override IReadOnlyList<string> TrailColumns { get; } = ["kind", "recorded_by", "recorded_at", "stage", "referral_id", "note"];

        protected override string IdOf(Case item) => item.Id.Value;

        protected override int VersionOf(Case item) => item.Version;

        protected override object?[] HeadValues(Case item) =>
            [item.Household.Value, item.District.Value, StorageFormat.Enum(item.Stage), item.IsOpen];

        protected override IEnumerable<object?[]> TrailValues(Case item) =>
            item.History.Select(e => new object?[]
            {
                StorageFormat.Enum(e.Kind), e.By, StorageFormat.Instant(e.At), e.Stage is { } s ? StorageFormat.Enum(s) : null, e.Referral?.Value, e.Note,
            });

        protected override Case Rebuild(string id, StoredRow head, IReadOnlyList<StoredRow> trail, SqliteConnection connection, SqliteTransaction transaction)
        {
            var events = trail.Select(row => new CaseEvent(
                StorageFormat.Enum<CaseEventKind>(row.Text(0)),
                row.Text(1),
                StorageFormat.Instant(row.Text(2)),
                row.TextOrNull(3) is { } stage ? StorageFormat.Enum<CaseStage>(stage) : null,
                row.TextOrNull(4) is { } referral ? new ReferralId(referral) : null,
                row.TextOrNull(5))).ToList();
            return Case.Replay(new CaseId(id), new HouseholdId(head.Text(0)), new DistrictCode(head.Text(1)), events, ServiceReferrals(events, connection, transaction));
        }

        protected override void CheckStorable(Case item, SqliteConnection connection, SqliteTransaction transaction)
        {
            if (item.ClosedOn is null || item.Services.Count == 0)
            {
                return;
            }

            try
            {
                Case.Replay(item.Id, item.Household, item.District, item.History, ServiceReferrals(item.History, connection, transaction));
            }
            catch (BusinessRuleViolationException ex)
            {
                throw new InvalidOperationException(
                    $"case {item.Id} is closed, but this database could not rebuild it: {ex.Message} Store its service referrals, closed, first; nothing was written.", ex);
            }
        }

        // Only a closure needs the referrals; an open case is rebuilt from its own events.
        private List<Referral> ServiceReferrals(IReadOnlyList<CaseEvent> events, SqliteConnection connection, SqliteTransaction transaction) =>
            events.Any(e => e.Stage == CaseStage.Closure)
                ? referrals.Load([.. events.Where(e => e.Kind == CaseEventKind.ServiceAdded && e.Referral is not null).Select(e => e.Referral!.Value).Distinct()], connection, transaction)
                : [];
    }
}
