namespace Dalhaengi.SampleHost.Storage;

/// <summary>Migration 3 of the host schema: the access record (접속기록), append-only by trigger.</summary>
internal static class AccessRecordSchema
{
    public static Migration Migration { get; } = new(3, "access record: who read which subject, when, for what purpose, and the decision", """
        CREATE TABLE access_record (
            seq        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,  -- the order appended
            at         TEXT    NOT NULL,                            -- instant, ISO
            user_name  TEXT    NOT NULL,
            role       TEXT    NOT NULL,
            subject    TEXT    NOT NULL,
            subject_id TEXT    NOT NULL,                            -- an opaque id, never personal data
            purpose    TEXT,
            allowed    INTEGER NOT NULL CHECK (allowed IN (0, 1)),
            rule       TEXT    NOT NULL
        ) STRICT;
        CREATE INDEX access_record_subject ON access_record (subject_id);
        CREATE INDEX access_record_user ON access_record (user_name);
        CREATE TRIGGER access_record_append_only_update BEFORE UPDATE ON access_record
            BEGIN SELECT RAISE(ABORT, 'the access record is append-only'); END;
        CREATE TRIGGER access_record_append_only_delete BEFORE DELETE ON access_record
            BEGIN SELECT RAISE(ABORT, 'the access record is append-only'); END;
        """);
}
