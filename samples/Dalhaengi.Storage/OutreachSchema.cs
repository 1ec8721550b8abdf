namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The host database's schema, as forward migrations in one place. Append a migration to change it; never edit one
/// that has shipped (a database remembers which versions it applied in <c>schema_version</c>).
/// </summary>
/// <remarks>
/// <para>
/// Each aggregate is one row of its fixed data plus the columns that queries filter on (kept current on every update),
/// and one row per audit-trail entry; reading replays the trail through the aggregate's own <c>Replay</c>, so stored
/// data is re-checked against every business rule on the way in. A snapshot column would be a second copy of the truth
/// that could disagree with the trail; the trails here are short (a handful of entries), so replay costs nothing that
/// matters. Value objects that are always read whole (a revision's session details, a finding's signals) are JSON
/// columns.
/// </para>
/// <para>
/// Trail rows are append-only, enforced by triggers: a correction is a new row, never an overwrite, and no aggregate
/// is deleted. Households and rotation plans come in migration 2 (<see cref="PlanningSchema"/>): their own tables,
/// referenced from these by id (<c>referrals.household</c>, <c>session_records.planned_session</c> inside the details)
/// without changing them.
/// </para>
/// </remarks>
internal static class OutreachSchema
{
    /// <summary>The key in <c>store_metadata</c> that records the sample season was seeded, so it is seeded once.</summary>
    public const string SampleSeasonSeededKey = "seeded.sample-season";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "outreach: session records, referrals, cases and their audit trails", """
            CREATE TABLE store_metadata (
                key   TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;

            CREATE TABLE session_records (
                id       TEXT    NOT NULL PRIMARY KEY,
                version  INTEGER NOT NULL CHECK (version >= 1),
                date     TEXT    NOT NULL,  -- current (corrected) date, ISO yyyy-MM-dd
                site     TEXT    NOT NULL,
                district TEXT    NOT NULL
            ) STRICT;
            CREATE INDEX session_records_by_date ON session_records (date);
            CREATE INDEX session_records_by_district ON session_records (district);
            CREATE INDEX session_records_by_site ON session_records (site);

            CREATE TABLE session_record_revisions (
                record_id      TEXT    NOT NULL REFERENCES session_records (id),
                version        INTEGER NOT NULL CHECK (version >= 1),
                changed_by     TEXT    NOT NULL,
                changed_at     TEXT    NOT NULL,  -- ISO-8601 instant, UTC
                reason         TEXT,
                changed_fields TEXT    NOT NULL,  -- JSON array of property names
                details        TEXT    NOT NULL,  -- JSON SessionDetails
                PRIMARY KEY (record_id, version)
            ) STRICT;

            CREATE TABLE referrals (
                id                   TEXT    NOT NULL PRIMARY KEY,
                version              INTEGER NOT NULL CHECK (version >= 1),
                state                TEXT    NOT NULL,  -- current
                partner              TEXT    NOT NULL,  -- current
                household            TEXT    NOT NULL,
                district             TEXT    NOT NULL,
                case_id              TEXT,
                service              TEXT,
                response_deadline    TEXT    NOT NULL,  -- ISO period
                shares_personal_data INTEGER NOT NULL CHECK (shares_personal_data IN (0, 1)),
                consent_kind         TEXT    NOT NULL,
                consent_given_on     TEXT,
                finding_id           TEXT,
                finding_found_on     TEXT,
                finding_deadline     TEXT,
                finding_session      TEXT,
                finding_signals      TEXT,  -- JSON array
                CHECK ((finding_id IS NULL) = (finding_found_on IS NULL)
                   AND (finding_id IS NULL) = (finding_deadline IS NULL)
                   AND (finding_id IS NULL) = (finding_signals IS NULL))
            ) STRICT;
            CREATE INDEX referrals_by_partner ON referrals (partner);
            CREATE INDEX referrals_by_district ON referrals (district);
            CREATE INDEX referrals_by_household ON referrals (household);
            CREATE INDEX referrals_by_case ON referrals (case_id);

            CREATE TABLE referral_transitions (
                referral_id TEXT    NOT NULL REFERENCES referrals (id),
                seq         INTEGER NOT NULL CHECK (seq >= 1),
                to_state    TEXT    NOT NULL,
                partner     TEXT    NOT NULL,
                moved_by    TEXT    NOT NULL,
                moved_at    TEXT    NOT NULL,  -- ISO-8601 instant, UTC
                outcome     TEXT,
                reason      TEXT,
                PRIMARY KEY (referral_id, seq)
            ) STRICT;

            CREATE TABLE cases (
                id        TEXT    NOT NULL PRIMARY KEY,
                version   INTEGER NOT NULL CHECK (version >= 1),
                household TEXT    NOT NULL,
                district  TEXT    NOT NULL,
                stage     TEXT    NOT NULL,  -- current
                is_open   INTEGER NOT NULL CHECK (is_open IN (0, 1))
            ) STRICT;
            CREATE INDEX cases_by_household ON cases (household);
            CREATE INDEX cases_by_district ON cases (district);

            CREATE TABLE case_events (
                case_id     TEXT    NOT NULL REFERENCES cases (id),
                seq         INTEGER NOT NULL CHECK (seq >= 1),
                kind        TEXT    NOT NULL,
                recorded_by TEXT    NOT NULL,
                recorded_at TEXT    NOT NULL,  -- ISO-8601 instant, UTC
                stage       TEXT,
                referral_id TEXT,
                note        TEXT,
                PRIMARY KEY (case_id, seq)
            ) STRICT;

            CREATE TRIGGER session_record_revisions_append_only_update BEFORE UPDATE ON session_record_revisions
                BEGIN SELECT RAISE(ABORT, 'audit trail rows are append-only'); END;
            CREATE TRIGGER session_record_revisions_append_only_delete BEFORE DELETE ON session_record_revisions
                BEGIN SELECT RAISE(ABORT, 'audit trail rows are append-only'); END;
            CREATE TRIGGER referral_transitions_append_only_update BEFORE UPDATE ON referral_transitions
                BEGIN SELECT RAISE(ABORT, 'audit trail rows are append-only'); END;
            CREATE TRIGGER referral_transitions_append_only_delete BEFORE DELETE ON referral_transitions
                BEGIN SELECT RAISE(ABORT, 'audit trail rows are append-only'); END;
            CREATE TRIGGER case_events_append_only_update BEFORE UPDATE ON case_events
                BEGIN SELECT RAISE(ABORT, 'audit trail rows are append-only'); END;
            CREATE TRIGGER case_events_append_only_delete BEFORE DELETE ON case_events
                BEGIN SELECT RAISE(ABORT, 'audit trail rows are append-only'); END;
            """),
        PlanningSchema.Migration,
        AccessRecordSchema.Migration,
    ];
}
