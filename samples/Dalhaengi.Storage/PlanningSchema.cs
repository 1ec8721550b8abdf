namespace Dalhaengi.SampleHost.Storage;

/// <summary>Migration 2 of the host schema: households and saved rotation plans (appended to <see cref="OutreachSchema.Migrations"/>).</summary>
/// <remarks>
/// <para>
/// A household is one row: the columns queries filter on or a person would look for (district, site, contact, consent)
/// plus its members and its crisis signals as JSON columns. Members and signals are always read and written whole with
/// their household (no query asks for one member or one signal), a household holds a handful of each, and the main job
/// stores 60,000 households at once: rows per member and per signal would triple the rows written and read and need a
/// join to rebuild every household, for nothing a query uses.
/// </para>
/// <para>
/// A plan is one row per name, with one row per session and per skipped slot numbered in plan order, so a session can
/// be looked up by date or district. A session's team and rationale are JSON columns: read whole, never filtered on.
/// Saving a plan deletes its rows and writes the new ones in one transaction (the child rows cascade).
/// </para>
/// </remarks>
internal static class PlanningSchema
{
    public static Migration Migration { get; } = new(2, "households with members and signals; saved rotation plans", """
        CREATE TABLE households (
            id               TEXT    NOT NULL PRIMARY KEY,
            district         TEXT    NOT NULL,
            site             TEXT,
            housing          TEXT    NOT NULL,
            contact          TEXT    NOT NULL,
            consent_level    TEXT    NOT NULL,
            consent_given_on TEXT,              -- ISO yyyy-MM-dd
            programmes       TEXT    NOT NULL,  -- flag names joined by '|', or 'None'
            contact_name     TEXT,
            contact_phone    TEXT,
            note             TEXT,
            members          TEXT    NOT NULL,  -- JSON array of members
            signals          TEXT    NOT NULL,  -- JSON array of crisis signals, in the order recorded
            CHECK ((consent_level = 'None') = (consent_given_on IS NULL))
        ) STRICT;
        CREATE INDEX households_by_district ON households (district);

        CREATE TABLE rotation_plans (
            name          TEXT    NOT NULL PRIMARY KEY,
            session_count INTEGER NOT NULL CHECK (session_count >= 0),
            skipped_count INTEGER NOT NULL CHECK (skipped_count >= 0)
        ) STRICT;

        CREATE TABLE planned_sessions (
            plan_name TEXT    NOT NULL REFERENCES rotation_plans (name) ON DELETE CASCADE,
            seq       INTEGER NOT NULL CHECK (seq >= 1),
            id        TEXT    NOT NULL,
            date      TEXT    NOT NULL,  -- ISO yyyy-MM-dd
            slot      INTEGER NOT NULL CHECK (slot >= 1),
            status    TEXT    NOT NULL,
            district  TEXT    NOT NULL,
            site      TEXT    NOT NULL,
            team      TEXT    NOT NULL,  -- JSON array of team members
            rationale TEXT    NOT NULL,  -- JSON session rationale
            PRIMARY KEY (plan_name, seq)
        ) STRICT;
        CREATE INDEX planned_sessions_by_date ON planned_sessions (date);

        CREATE TABLE skipped_slots (
            plan_name   TEXT    NOT NULL REFERENCES rotation_plans (name) ON DELETE CASCADE,
            seq         INTEGER NOT NULL CHECK (seq >= 1),
            date        TEXT    NOT NULL,  -- ISO yyyy-MM-dd
            slot        INTEGER CHECK (slot >= 1),  -- NULL: the whole day
            reason      TEXT    NOT NULL,
            description TEXT    NOT NULL,
            PRIMARY KEY (plan_name, seq)
        ) STRICT;
        """);
}
