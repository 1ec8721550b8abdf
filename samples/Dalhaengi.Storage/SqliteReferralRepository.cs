using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Stores referrals in SQLite: a head row with the fixed <see cref="ReferralSubject"/> (its finding included) and the
/// current state and partner (what queries filter on), and one row per transition; reading replays the transitions
/// with <see cref="Referral.Replay"/>, which re-checks every move and the consent. Given the roster, it makes the
/// library's <see cref="OutreachConsistency"/> check before it opens a transaction, as the in-memory repository does,
/// so a referral to an unknown partner writes nothing.
/// </summary>
/// <remarks>
/// The finding is stored with the referral rather than in a table of its own: it is part of the referral's fixed
/// subject, and two referrals naming one finding id could not then disagree about what it says.
/// </remarks>
internal sealed class SqliteReferralRepository(Func<SqliteDatabase> database, PartnerRoster? roster = null) : IReferralRepository
{
    private readonly Store _store = new(database);

    public SqliteReferralRepository(SqliteDatabase database, PartnerRoster? roster = null)
        : this(() => database, roster)
    {
    }

    public Task<Referral?> FindAsync(ReferralId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Find(id.Value, cancellationToken));

    public Task<IReadOnlyList<Referral>> ListAsync(ReferralQuery? query = null, CancellationToken cancellationToken = default)
    {
        var where = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        void Filter(string column, string? value)
        {
            if (value is not null)
            {
                where.Add($"h.{column} = ${column}");
                parameters.Add(($"${column}", value));
            }
        }

        Filter("partner", query?.Partner?.Value);
        Filter("district", query?.District?.Value);
        Filter("household", query?.Household?.Value);
        Filter("case_id", query?.Case?.Value);
        if (query?.OpenOnly == true)
        {
            where.Add("h.state <> 'Closed'");
        }

        IReadOnlyList<Referral> result = [.. _store.List(string.Join(" AND ", where), parameters, cancellationToken).OrderBy(r => r.Id.Value, StringComparer.Ordinal)];
        return Task.FromResult(result);
    }

    public Task AddAsync(Referral referral, CancellationToken cancellationToken = default) =>
        AddRangeAsync([referral ?? throw new ArgumentNullException(nameof(referral))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<Referral> referrals, CancellationToken cancellationToken = default)
    {
        _store.AddRange(Checked(referrals), cancellationToken);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(Referral referral, int expectedVersion, CancellationToken cancellationToken = default)
    {
        OutreachConsistency.Check(referral ?? throw new ArgumentNullException(nameof(referral)), roster);
        _store.Update(referral, expectedVersion, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Inserts referrals inside a caller's transaction, for seeding together with the other aggregates.</summary>
    internal void AddRange(IEnumerable<Referral> referrals, SqliteConnection connection, SqliteTransaction transaction) =>
        _store.AddRange(Checked(referrals), connection, transaction);

    // Every referral is checked before the first row is written: the whole batch is refused, never half stored.
    private List<Referral> Checked(IEnumerable<Referral> referrals)
    {
        var list = (referrals ?? throw new ArgumentNullException(nameof(referrals))).ToList();
        list.ForEach(r => OutreachConsistency.Check(r ?? throw new ArgumentNullException(nameof(referrals)), roster));
        return list;
    }

    /// <summary>Loads the stored referrals among <paramref name="ids"/> inside a caller's transaction.</summary>
    internal List<Referral> Load(IReadOnlyCollection<ReferralId> ids, SqliteConnection connection, SqliteTransaction transaction)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var names = ids.Select((_, i) => $"$r{i}").ToList();
        return _store.Load(connection, transaction, $"h.id IN ({string.Join(", ", names)})", [.. ids.Select((id, i) => (names[i], (object?)id.Value))]);
    }

    private sealed class Store(Func<SqliteDatabase> database) : SqliteAggregateStore<Referral>(database)
    {
        protected override string Kind => "referral";

        protected override string Table => "referrals";

        protected override string TrailTable => "referral_transitions";

        protected override string TrailOwner => "referral_id";

        protected override string TrailSeq => "seq";

        protected override IReadOnlyList<string> HeadColumns { get; } =
        [
            "state", "partner", "household", "district", "case_id", "service", "response_deadline", "shares_personal_data",
            "consent_kind", "consent_given_on", "finding_id", "finding_found_on", "finding_deadline", "finding_session", "finding_signals",
        ];

        protected override IReadOnlyList<string> TrailColumns { get; } = ["to_state", "partner", "moved_by", "moved_at", "outcome", "reason"];

        protected override string IdOf(Referral item) => item.Id.Value;

        protected override int VersionOf(Referral item) => item.Version;

        protected override object?[] HeadValues(Referral item)
        {
            var s = item.Subject;
            var f = s.Finding;
            return
            [
                StorageFormat.Enum(item.State), item.Partner.Value, s.Household.Value, s.District.Value, s.Case?.Value, s.Service?.Value,
                StorageFormat.Period(s.ResponseDeadline), s.SharesPersonalData,
                StorageFormat.Enum(s.Consent.Kind), s.Consent.GivenOn is { } given ? StorageFormat.Date(given) : null,
                f?.Id.Value, f is null ? null : StorageFormat.Date(f.FoundOn), f is null ? null : StorageFormat.Period(f.ResponseDeadline),
                f?.Session?.Value, f is null ? null : StorageDocuments.WriteSignals(f.Signals),
            ];
        }

        protected override IEnumerable<object?[]> TrailValues(Referral item) =>
            item.History.Select(m => new object?[]
            {
                StorageFormat.Enum(m.To), m.Partner.Value, m.By, StorageFormat.Instant(m.At), m.Outcome is { } o ? StorageFormat.Enum(o) : null, m.Reason,
            });

        protected override Referral Rebuild(string id, StoredRow head, IReadOnlyList<StoredRow> trail, SqliteConnection connection, SqliteTransaction transaction)
        {
            var household = new HouseholdId(head.Text(2));
            var district = new DistrictCode(head.Text(3));
            var finding = head.TextOrNull(10) is { } findingId
                ? new Finding(
                    new FindingId(findingId), household, district, StorageFormat.Date(head.Text(11)), StorageDocuments.ReadSignals(head.Text(14)),
                    StorageFormat.Period(head.Text(12)), head.TextOrNull(13) is { } session ? new SessionRecordId(session) : null)
                : null;
            var subject = new ReferralSubject
            {
                Household = household,
                District = district,
                Case = head.TextOrNull(4) is { } caseId ? new CaseId(caseId) : null,
                Service = head.TextOrNull(5) is { } service ? new ServiceCode(service) : null,
                ResponseDeadline = StorageFormat.Period(head.Text(6)),
                SharesPersonalData = head.Bool(7),
                Consent = ConsentRecord.Of(StorageFormat.Enum<ConsentKind>(head.Text(8)), head.TextOrNull(9) is { } given ? StorageFormat.Date(given) : null),
                Finding = finding,
            };
            return Referral.Replay(new ReferralId(id), subject, trail.Select(row => new ReferralTransition(
                StorageFormat.Enum<ReferralState>(row.Text(0)),
                new PartnerId(row.Text(1)),
                row.Text(2),
                StorageFormat.Instant(row.Text(3)),
                row.TextOrNull(4) is { } outcome ? StorageFormat.Enum<ReferralOutcome>(outcome) : null,
                row.TextOrNull(5))));
        }
    }
}
